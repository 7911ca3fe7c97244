import { writeCsvZip } from '../csv/write.js';
import { writeCytoscape } from '../cytoscape/write.js';
import { writeGexf } from '../gexf/write.js';
import { writeGraphml } from '../graphml/write.js';
import { writeGraphology } from '../graphology/write.js';
import { writeNeo4jCsvZip } from '../neo4j-csv/write.js';
import { writeJsonLd } from '../rdf/write-jsonld.js';
import { writeNTriples, writeTurtle } from '../rdf/write-n3.js';
import type { ExportStream } from './chunks.js';
import type { ExportView } from './view.js';

/** One export format: how it is served and the pure function that writes it. */
export interface ExportFormat {
  name: string;
  /** Content-Type of the HTTP response. */
  contentType: string;
  /** File name extension of a download. */
  extension: string;
  description: string;
  write(view: ExportView): ExportStream;
}

/** Every export format, by the name used in `/export/<format>` and `--format`. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { name: 'gexf', contentType: 'application/gexf+xml', extension: 'gexf', description: 'GEXF 1.3 for Gephi (typed attributes, viz, time spells)', write: writeGexf },
  { name: 'graphml', contentType: 'application/graphml+xml', extension: 'graphml', description: 'GraphML for networkx, igraph, Cytoscape, yEd', write: writeGraphml },
  { name: 'csv', contentType: 'application/zip', extension: 'csv.zip', description: 'entities.csv, relations.csv, evidence.csv in a zip', write: writeCsvZip },
  { name: 'neo4j-csv', contentType: 'application/zip', extension: 'neo4j.zip', description: 'Neo4j admin-import CSVs in a zip', write: writeNeo4jCsvZip },
  { name: 'graphology', contentType: 'application/json', extension: 'graphology.json', description: "graphology's serialised JSON (Gephi Lite)", write: writeGraphology },
  { name: 'cytoscape', contentType: 'application/json', extension: 'cyjs', description: 'Cytoscape.js elements JSON', write: writeCytoscape },
  { name: 'turtle', contentType: 'text/turtle', extension: 'ttl', description: 'RDF Turtle in Wikidata’s statement model', write: writeTurtle },
  { name: 'ntriples', contentType: 'application/n-triples', extension: 'nt', description: 'RDF N-Triples', write: writeNTriples },
  { name: 'jsonld', contentType: 'application/ld+json', extension: 'jsonld', description: 'RDF JSON-LD with the context inline', write: writeJsonLd },
];

export const FORMAT_NAMES = EXPORT_FORMATS.map((f) => f.name);

export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
