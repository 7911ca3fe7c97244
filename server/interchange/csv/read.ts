import type { ForeignEdge, ForeignGraph, JsonValue } from '../import/foreign.js';
import { ImportInputError } from '../import/errors.js';
import { completeMapping, type ImportMapping } from '../import/mapping.js';
import { parseIntervals } from '../import/time.js';
import type { CsvTable } from './read-table.js';

const DIRECTIONS = /^(directed|undirected|mutual)$/i;

/**
 * Turns a CSV table into nodes or edges by the mapping: a table with source and target columns is an
 * edge table (Gephi's edge spreadsheet, a relations export), otherwise a node table whose id column
 * (or label column) names each node. Every other column is an attribute, as text: CSV has no types.
 * Returns the mapping completed with what was inferred from the header.
 */
export function csvToForeign(file: string, table: CsvTable, given: ImportMapping): { graph: ForeignGraph; mapping: ImportMapping } {
  const columns = new Set(table.header);
  const isDirection = (name: string) => {
    const i = table.header.indexOf(name);
    return table.rows.length > 0 && table.rows.every((r) => DIRECTIONS.test(r.cells[i] ?? ''));
  };
  const probe = completeMapping(given, { edges: columns }, { check: false, isDirectionColumn: isDirection });
  const isEdgeTable = probe.edges.source !== undefined && probe.edges.target !== undefined;
  const mapping = isEdgeTable ? completeMapping(given, { edges: columns }, { isDirectionColumn: isDirection }) : completeMapping(given, { nodes: columns });
  const graph: ForeignGraph = { nodes: [], edges: [], losses: table.emptyRows.map((l) => ({ place: `row:${l}`, reason: 'empty row (every field blank)' })) };
  const col = (name: string | undefined) => (name === undefined ? -1 : table.header.indexOf(name));

  if (isEdgeTable) {
    const [s, t, id, time] = [col(mapping.edges.source), col(mapping.edges.target), col(mapping.edges.id), col(mapping.edges.time)];
    for (const { cells, line } of table.rows) {
      const locator = `row:${line}`;
      const attributes: Record<string, JsonValue> = {};
      table.header.forEach((h, i) => {
        if (i !== s && i !== t && i !== id && cells[i] !== '') attributes[h] = cells[i]!;
      });
      const edge: ForeignEdge = { source: cells[s]!.trim(), target: cells[t]!.trim(), attributes, locator };
      if (id >= 0 && cells[id]!.trim() !== '') edge.id = cells[id]!.trim();
      if (time >= 0 && cells[time]!.trim() !== '') {
        const intervals = parseIntervals(cells[time]!);
        const first = intervals[0];
        if (first) edge.time = { ...first, raw: cells[time]! };
        delete attributes[table.header[time]!];
        if (intervals.length > 1) attributes[table.header[time]!] = cells[time]!;
      }
      graph.edges.push(edge);
    }
    graph.endpointsAreNodes = true;
    return { graph, mapping };
  }

  const idColumn = mapping.nodes.id ?? mapping.nodes.label;
  if (idColumn === undefined) {
    throw new ImportInputError(`has neither an id or label column nor source and target columns (header: ${table.header.join(', ')}); say which column is which in the mapping (nodes.id, or edges.source and edges.target)`, file, 'row 1', 'IMPORT_MAPPING');
  }
  const idAt = col(idColumn);
  for (const { cells, line } of table.rows) {
    const locator = `row:${line}`;
    const nodeId = cells[idAt]!.trim();
    if (nodeId === '') {
      graph.losses.push({ place: locator, reason: `no id (column "${idColumn}" is empty)` });
      continue;
    }
    const attributes: Record<string, JsonValue> = {};
    table.header.forEach((h, i) => {
      if (i !== idAt && cells[i]!.trim() !== '') attributes[h] = cells[i]!;
    });
    if (mapping.nodes.id === undefined) attributes[idColumn] = nodeId;
    graph.nodes.push({ id: nodeId, attributes, locator });
  }
  return { graph, mapping };
}
