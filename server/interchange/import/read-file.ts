import { readCsvTable } from '../csv/read-table.js';
import { csvToForeign } from '../csv/read.js';
import { isCytoscapeJson, readCytoscape } from '../cytoscape/read.js';
import { readGexf } from '../gexf/read.js';
import { isGraphologyJson, readGraphology } from '../graphology/read.js';
import { readGraphml } from '../graphml/read.js';
import { isNeo4jHeader, neo4jToForeign } from '../neo4j-csv/read.js';
import { isCorridorRdf, readCorridorRdf } from '../rdf/read-corridor-rdf.js';
import { parseRdf, readRdf } from '../rdf/read-rdf.js';
import { isSparqlResults, readSparqlJson } from '../rdf/read-sparql-json.js';
import { corridorCsvPart, corridorMapping, evidenceTable, fromCorridorExport, isCorridorExport } from './corridor-export.js';
import { detectFormat, type ImportFormat } from './detect.js';
import { ImportInputError } from './errors.js';
import type { ForeignGraph } from './foreign.js';
import { completeMapping, type ImportMapping } from './mapping.js';
import { parseJsonDocument } from './json-records.js';

/** One file read: its format, its graph and the mapping completed from its attribute names. */
export interface ReadFile {
  format: ImportFormat;
  graph: ForeignGraph;
  mapping: ImportMapping;
  /** Whether the file is Corridor's own export (its columns mapped back onto fields). */
  corridorExport: boolean;
}

const attributeNames = (items: Array<{ attributes: Record<string, unknown> }>) => {
  const names = new Set<string>();
  for (const i of items) for (const k of Object.keys(i.attributes)) names.add(k);
  return names;
};

/** Reads one file in its format (given, or detected) and completes the mapping from what it holds. */
export function readForeignFile(fileName: string, text: string, mapping: ImportMapping, given?: string): ReadFile {
  const detected = detectFormat(fileName, text, given ?? mapping.format);
  if (detected === 'csv') {
    const table = readCsvTable(fileName, text, mapping.delimiter);
    const part = corridorCsvPart(table.header);
    if (part === 'evidence') return { format: 'csv', graph: evidenceTable(table), mapping, corridorExport: true };
    if (part) {
      const graph = fromCorridorExport(csvToForeign(fileName, table, mapping).graph);
      return { format: 'csv', graph, mapping: corridorMapping(mapping, graph), corridorExport: true };
    }
    if (given === 'neo4j-csv' || mapping.format === 'neo4j-csv' || isNeo4jHeader(table.header)) {
      const graph = neo4jToForeign(fileName, table);
      return { format: 'csv', graph, mapping: completeMapping(mapping, { nodes: attributeNames(graph.nodes), edges: attributeNames(graph.edges) }, { check: false }), corridorExport: false };
    }
    const { graph, mapping: completed } = csvToForeign(fileName, table, mapping);
    return { format: 'csv', graph, mapping: completed, corridorExport: false };
  }
  let format: ImportFormat;
  let graph: ForeignGraph;
  if (detected === 'gexf') [format, graph] = ['gexf', readGexf(fileName, text)];
  else if (detected === 'graphml') [format, graph] = ['graphml', readGraphml(fileName, text)];
  else if (detected === 'ntriples' || detected === 'turtle') {
    const quads = isCorridorExport(detected, text) ? parseRdf(fileName, text, detected) : null;
    if (quads && isCorridorRdf(quads)) {
      const rdf = readCorridorRdf(quads);
      return { format: detected, graph: rdf, mapping: corridorMapping(mapping, rdf), corridorExport: true };
    }
    [format, graph] = [detected, readRdf(fileName, text, detected)];
  }
  else if (detected === 'jsonld') throw new ImportInputError('JSON-LD is exported, not imported: import the Turtle or N-Triples form', fileName, '', 'IMPORT_FORMAT');
  else {
    const doc = parseJsonDocument(fileName, text);
    if ((detected === 'json' || detected === 'sparql-json') && isSparqlResults(doc)) [format, graph] = ['sparql-json', readSparqlJson(fileName, doc)];
    else if ((detected === 'json' || detected === 'graphology') && isGraphologyJson(doc)) [format, graph] = ['graphology', readGraphology(fileName, doc)];
    else if ((detected === 'json' || detected === 'cytoscape') && isCytoscapeJson(doc)) [format, graph] = ['cytoscape', readCytoscape(fileName, doc)];
    else throw new ImportInputError(`is JSON but not ${detected === 'json' ? 'graphology, Cytoscape or SPARQL results JSON' : detected}`, fileName, '$', 'IMPORT_FORMAT');
  }
  if (isCorridorExport(format, text)) {
    const own = fromCorridorExport(graph);
    return { format, graph: own, mapping: corridorMapping(mapping, own), corridorExport: true };
  }
  return { format, graph, mapping: completeMapping(mapping, { nodes: attributeNames(graph.nodes), edges: attributeNames(graph.edges) }), corridorExport: false };
}
