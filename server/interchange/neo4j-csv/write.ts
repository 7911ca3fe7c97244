import { chunked, type ExportStream } from '../export/chunks.js';
import { ENTITY_COLUMNS, LAYOUT_COLUMNS, propertyColumns, RELATION_COLUMNS, type Column, type ColumnType } from '../export/columns.js';
import type { ExportView } from '../export/view.js';
import { zipEntries } from '../export/zip.js';
import { csvRows, OFFSETS_NOTE, rowsOf } from '../csv/write.js';

/** Neo4j admin-import types; doubles, not floats, so a confidence of 0.85 stays 0.85. */
const NEO4J_TYPES: Record<ColumnType, string> = { string: '', double: ':double', long: ':long', boolean: ':boolean' };

const header = <T>(columns: Column<T>[]) => columns.map((c) => `${c.name}${NEO4J_TYPES[c.type]}`);

/** A relation type as a Neo4j relationship type: "shares_border_with" -> "SHARES_BORDER_WITH". */
const neo4jType = (type: string) => type.toUpperCase();

const README =
  'Corridor export in the Neo4j admin-import header form. Import with:\n' +
  '  neo4j-admin database import full --nodes=entities.csv --relationships=relations.csv <database>\n' +
  'Nodes are labelled Entity plus their kind; relationships are typed by the relation type in capitals\n' +
  '(the vocabulary id is kept in relationType). Lists (aliases, sources) and evidence are JSON strings.\n' +
  OFFSETS_NOTE;

/**
 * entities.csv (`id:ID`, `:LABEL`, typed property columns) and relations.csv (`:START_ID`,
 * `:END_ID`, `:TYPE`, `id`, typed columns such as `confidence:double`), zipped with a README.
 */
export function writeNeo4jCsvZip(view: ExportView): ExportStream {
  const entityBuiltIn = [...ENTITY_COLUMNS, ...LAYOUT_COLUMNS];
  const entityColumns = [...entityBuiltIn, ...propertyColumns(view.entities(), entityBuiltIn)];
  const relationColumns = [...RELATION_COLUMNS, ...propertyColumns(view.relations(), RELATION_COLUMNS)];
  return zipEntries([
    { name: 'README.txt', parts: () => [README] },
    {
      name: 'entities.csv',
      parts: () => chunked(csvRows(['id:ID', ':LABEL', ...header(entityColumns)], rowsOf(view.entities(), view, entityColumns, (e) => [e.id, `Entity;${e.kind}`]))),
    },
    {
      name: 'relations.csv',
      parts: () =>
        chunked(csvRows([':START_ID', ':END_ID', ':TYPE', 'id', ...header(relationColumns)], rowsOf(view.relations(), view, relationColumns, (r) => [r.from, r.to, neo4jType(r.type), r.id]))),
    },
  ]);
}
