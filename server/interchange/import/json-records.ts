import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import { ImportInputError } from './errors.js';
import { JsonLocator } from '../../model/locate.js';

/** A record of a JSON dataset: its locator and its JSON path in the document. */
export interface JsonRecord {
  locator: string;
  path: JSONPath;
}

/** JSON.parse with the line and column of a syntax error. */
export function parseJsonDocument(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const pos = m ? new JsonLocator(text).position(Number(m[1])) : null;
    throw new ImportInputError(`malformed JSON: ${(e as Error).message}`, file, pos ? `line ${pos.line}, column ${pos.column}` : '', 'IMPORT_PARSE');
  }
}

/** Spans (UTF-16 offsets) of records in a JSON text, by locator, from jsonc-parser's syntax tree. */
export function jsonRecordSpans(text: string, records: (doc: unknown) => JsonRecord[]): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  const tree = parseTree(text);
  if (!tree) return spans;
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return spans;
  }
  for (const r of records(doc)) {
    const node = findNodeAtLocation(tree, r.path);
    if (node) spans.set(r.locator, { start: node.offset, end: node.offset + node.length });
  }
  return spans;
}
