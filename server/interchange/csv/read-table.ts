import { parse } from 'csv-parse/sync';
import { ImportInputError } from '../import/errors.js';

/** A CSV file as a header and rows, each row with the line (1-based) it starts on. */
export interface CsvTable {
  header: string[];
  rows: Array<{ cells: string[]; line: number }>;
  delimiter: string;
  /** Lines of rows whose every field is empty (",,"), which carry no record. */
  emptyRows: number[];
}

const CANDIDATES = [',', '\t', ';', '|', ' '];

/**
 * Guesses the delimiter from the first lines: the candidate that occurs (outside quotes) the same
 * number of times on every line, the most often. Quoted fields are taken out first, over line breaks
 * (a quoted field may hold a newline, a delimiter or doubled quotes). Written by hand because
 * csv-parse's delimiter_auto fails on space-delimited files (Gephi's spreadsheets) with quoted fields.
 * Returns undefined when no candidate splits every line the same way.
 */
export function sniffDelimiter(text: string): string | undefined {
  const head = text.replace(/^\uFEFF/, '').slice(0, 64 * 1024).replace(/"(?:[^"]|"")*"/g, '""');
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 10);
  let best: string | undefined;
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const n = counts[0] ?? 0;
    if (n > 0 && counts.every((c) => c === n) && n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Parses a CSV text with csv-parse: the BOM is dropped from the first header (the stored text keeps
 * it), duplicate headers are refused with their column numbers (csv-parse would let the later one
 * overwrite), a row with a different number of fields is refused naming its line, except a row of
 * empty fields only, which is listed in `emptyRows`. Blank lines are skipped. Columns at the end
 * whose header and every field are empty (a spreadsheet's "id,label,," export) are dropped. A file
 * with a header and no rows is refused: there is nothing to import.
 */
export function readCsvTable(file: string, text: string, delimiter?: string): CsvTable {
  const delim = delimiter ?? sniffDelimiter(text) ?? ',';
  let records: Array<{ record: string[]; raw: string }>;
  try {
    records = parse(text, { bom: true, delimiter: delim, relax_column_count: true, skip_empty_lines: true, raw: true }) as unknown as Array<{ record: string[]; raw: string }>;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new ImportInputError(`cannot be read as CSV: ${err.message}`, file, err.lines ? `row ${err.lines}` : '', 'IMPORT_PARSE');
  }
  // Each raw record (with the blank lines skipped before it) follows the previous one in the text.
  let line = 1;
  const withLines = records.map((r) => {
    const lead = /^[\r\n]*/.exec(r.raw)![0];
    const start = line + (lead.match(/\n/g)?.length ?? 0);
    line += r.raw.match(/\n/g)?.length ?? 0;
    return { cells: r.record, line: start };
  });
  if (withLines.length === 0) throw new ImportInputError('is empty: a CSV needs a header row', file, 'row 1', 'IMPORT_PARSE');
  const [head, ...rows] = withLines;
  const header = head!.cells.map((h) => h.trim());
  while (header.length > 1 && header.at(-1) === '' && rows.every((r) => r.cells.length < header.length || r.cells[header.length - 1]!.trim() === '')) {
    header.pop();
    for (const r of rows) if (r.cells.length > header.length) r.cells.length = header.length;
  }
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    const prior = seen.get(h);
    if (prior !== undefined) throw new ImportInputError(`header "${h}" appears twice, in columns ${prior + 1} and ${i + 1}; rename one`, file, `row ${head!.line}`, 'IMPORT_PARSE');
    seen.set(h, i);
  });
  const emptyRows: number[] = [];
  const kept: CsvTable['rows'] = [];
  for (const r of rows) {
    if (r.cells.every((c) => c.trim() === '')) {
      emptyRows.push(r.line);
      continue;
    }
    if (r.cells.length !== header.length) {
      throw new ImportInputError(`has ${r.cells.length} field${r.cells.length === 1 ? '' : 's'} but the header has ${header.length} (delimiter "${delim}")`, file, `row ${r.line}`, 'IMPORT_RAGGED_ROW');
    }
    kept.push(r);
  }
  if (kept.length === 0) throw new ImportInputError(`has a header but no rows${emptyRows.length > 0 ? ' with data' : ''}: there is nothing to import`, file, `row ${head!.line}`, 'IMPORT_EMPTY');
  return { header, rows: kept, delimiter: delim, emptyRows };
}

/**
 * The span (UTF-16 offsets) of every record by the line it starts on, for `row:<n>` locators.
 * Record boundaries depend only on quotes and line breaks, not on the delimiter, so this scan needs
 * no mapping; hand-written because csv-parse reports lines, not offsets.
 */
export function csvRowSpans(text: string): Map<number, { start: number; end: number }> {
  const spans = new Map<number, { start: number; end: number }>();
  let line = 1;
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  let startLine = 1;
  let quoted = false;
  for (let i = start; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if ((c === '\n' && !quoted) || i === text.length) {
      const end = i > start && text[i - 1] === '\r' ? i - 1 : i;
      if (end > start) spans.set(startLine, { start, end });
      line++;
      start = i + 1;
      startLine = line;
    } else if (c === '\n') line++;
  }
  return spans;
}
