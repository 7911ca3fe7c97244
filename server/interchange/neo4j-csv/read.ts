import type { ForeignEdge, ForeignGraph, JsonValue } from '../import/foreign.js';
import { ImportInputError } from '../import/errors.js';
import { typedValue } from '../import/values.js';
import type { CsvTable } from '../csv/read-table.js';

/** A header cell of Neo4j's admin-import form: "name:type", ":ID(space)", ":LABEL", ":START_ID", ":TYPE", "roles:string[]". */
interface Column {
  name: string;
  role: 'id' | 'label' | 'start' | 'end' | 'type' | 'ignore' | 'property';
  type: string;
  array: boolean;
}

const ROLES: Record<string, Column['role']> = { ID: 'id', LABEL: 'label', START_ID: 'start', END_ID: 'end', TYPE: 'type', IGNORE: 'ignore' };

function columnOf(cell: string): Column {
  const m = /^(.*?)(?::([A-Za-z_]+)(\[\])?(?:\(([^)]*)\))?)?$/.exec(cell)!;
  const name = m[1] ?? '';
  const tag = (m[2] ?? '').toUpperCase();
  const role = ROLES[tag];
  if (role) return { name, role, type: 'string', array: false };
  return { name, role: 'property', type: (m[2] ?? 'string').toLowerCase(), array: m[3] !== undefined };
}

/** Whether a CSV header is Neo4j's admin-import form. */
export function isNeo4jHeader(header: string[]): boolean {
  return header.some((h) => /:(ID|START_ID|END_ID)(\(|$)/.test(h));
}

/**
 * Reads one file of a Neo4j admin-import set: a node file (":ID", ":LABEL" with ";"-separated
 * multi-labels) or a relationship file (":START_ID", ":END_ID", ":TYPE"). Properties take their
 * header type ("year:int" a number, "roles:string[]" a list split on ";"); untyped ones stay text.
 * A value that is not of its type is kept as text and reported.
 */
export function neo4jToForeign(file: string, table: CsvTable): ForeignGraph {
  const columns = table.header.map(columnOf);
  const graph: ForeignGraph = { nodes: [], edges: [], losses: table.emptyRows.map((l) => ({ place: `row:${l}`, reason: 'empty row (every field blank)' })) };
  const isRelationships = columns.some((c) => c.role === 'start');
  if (isRelationships && !columns.some((c) => c.role === 'end')) throw new ImportInputError('has :START_ID but no :END_ID column', file, 'row 1', 'IMPORT_PARSE');
  if (!isRelationships && !columns.some((c) => c.role === 'id')) throw new ImportInputError('has no :ID column (a node file) nor :START_ID/:END_ID (a relationship file)', file, 'row 1', 'IMPORT_PARSE');
  for (const { cells, line } of table.rows) {
    const locator = `row:${line}`;
    const attributes: Record<string, JsonValue> = {};
    let id = '';
    let kinds: string[] = [];
    let start = '';
    let end = '';
    let type: string | undefined;
    columns.forEach((c, i) => {
      const cell = cells[i] ?? '';
      switch (c.role) {
        case 'id':
          id = cell.trim();
          break;
        case 'label':
          kinds = cell.split(';').map((s) => s.trim()).filter(Boolean);
          break;
        case 'start':
          start = cell.trim();
          break;
        case 'end':
          end = cell.trim();
          break;
        case 'type':
          type = cell.trim() || undefined;
          break;
        case 'property': {
          if (cell === '') return;
          const parts = c.array ? cell.split(';') : [cell];
          const values = parts.map((p) => {
            const v = typedValue(p, c.type);
            if (v === null) graph.losses.push({ place: locator, reason: `property "${c.name}" value "${p}" is not of its declared type ${c.type}; kept as text` });
            return v ?? p;
          });
          attributes[c.name] = c.array ? values : values[0]!;
          break;
        }
      }
    });
    if (isRelationships) {
      const edge: ForeignEdge = { source: start, target: end, attributes, locator };
      if (type !== undefined) edge.type = type;
      graph.edges.push(edge);
    } else if (id === '') graph.losses.push({ place: locator, reason: 'no id (the :ID column is empty)' });
    else graph.nodes.push({ id, kinds, attributes, locator });
  }
  return graph;
}
