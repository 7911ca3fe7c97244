import { stringify } from 'csv-stringify/sync';
import type { Entity, Relation } from '../../model/records.js';
import { chunked, type ExportStream } from '../export/chunks.js';
import { cellText, ENTITY_COLUMNS, LAYOUT_COLUMNS, propertyColumns, RELATION_COLUMNS, type Column } from '../export/columns.js';
import { flatEvidence } from '../export/records.js';
import type { ExportView } from '../export/view.js';
import { zipEntries } from '../export/zip.js';

const ROWS_PER_BATCH = 500;

/** Rows as CSV text (RFC 4180 quoting by csv-stringify), a batch of rows per piece. */
export function* csvRows(header: string[], rows: Iterable<Array<string | undefined>>): Generator<string> {
  yield stringify([header]);
  let batch: Array<Array<string | undefined>> = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === ROWS_PER_BATCH) {
      yield stringify(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch);
}

export const EVIDENCE_HEADER = ['relation', 'index', 'source', 'quote', 'start', 'end', 'prefix', 'suffix', 'locator', 'extractorName', 'extractorVersion', 'extractorRule'];

/** One row per evidence item of every relation in the view. */
export function* evidenceRows(view: ExportView): Generator<Array<string | undefined>> {
  for (const r of view.relations()) {
    for (const [i, ev] of r.evidence.entries()) {
      const f = flatEvidence(ev);
      yield [r.id, String(i), f.source, f.quote, f.start?.toString(), f.end?.toString(), f.prefix, f.suffix, f.locator, f.extractorName, f.extractorVersion, f.extractorRule];
    }
  }
}

export const OFFSETS_NOTE =
  'Quote offsets (start, end) count UTF-16 code units, as JavaScript strings do: text.slice(start, end) === quote.\n' +
  "Python's str indices count code points and differ after any character beyond the Basic Multilingual Plane (e.g. an emoji).\n";

const README =
  'Corridor export: entities.csv (one row per entity), relations.csv (one row per relation; from/to are entity ids),\n' +
  'evidence.csv (one row per evidence item: a quote of a source at offsets, or a record of a dataset by locator).\n' +
  'Lists (aliases, sources) are JSON arrays; evidence is also kept whole, as JSON, in relations.csv.\n' +
  OFFSETS_NOTE;

/** entities.csv, relations.csv and evidence.csv (plus a README on units) in one zip. */
export function writeCsvZip(view: ExportView): ExportStream {
  const entityBuiltIn = [...ENTITY_COLUMNS, ...LAYOUT_COLUMNS];
  const entityColumns = [...entityBuiltIn, ...propertyColumns(view.entities(), entityBuiltIn)];
  const relationColumns = [...RELATION_COLUMNS.filter((c) => c.name !== 'evidence'), ...propertyColumns(view.relations(), RELATION_COLUMNS)];
  return zipEntries([
    { name: 'README.txt', parts: () => [README] },
    { name: 'entities.csv', parts: () => chunked(csvRows(['id', ...entityColumns.map((c) => c.name)], rowsOf(view.entities(), view, entityColumns, (e) => [e.id]))) },
    {
      name: 'relations.csv',
      parts: () => chunked(csvRows(['id', 'from', 'to', ...relationColumns.map((c) => c.name)], rowsOf(view.relations(), view, relationColumns, (r) => [r.id, r.from, r.to]))),
    },
    { name: 'evidence.csv', parts: () => chunked(csvRows(EVIDENCE_HEADER, evidenceRows(view))) },
  ]);
}

/** Each record as a row: its leading cells, then one cell per column. */
export function* rowsOf<T extends Entity | Relation>(
  records: Iterable<T>,
  view: ExportView,
  columns: Column<T>[],
  lead: (record: T) => string[],
): Generator<Array<string | undefined>> {
  for (const record of records) yield [...lead(record), ...columns.map((c) => cellText(c.value(record, view)))];
}
