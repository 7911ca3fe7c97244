import { SaxesParser } from 'saxes';
import { ImportInputError } from './errors.js';
import type { JsonValue } from './foreign.js';

/** An element as the handlers see it: local name (prefix dropped) and attributes by local name. */
/** A node or edge element being read (between its open and close tags), as the XML readers collect it. */
export interface OpenRecord {
  kind: 'node' | 'edge';
  id?: string;
  source?: string;
  target?: string;
  locator: string;
  attributes: Record<string, JsonValue>;
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Offset (UTF-16) of its "<". */
  start: number;
}

export interface XmlHandlers {
  open(el: XmlElement): void;
  /** `end` is the offset just after the element's closing ">" (of "/>" for an empty element). */
  close(el: XmlElement, end: number): void;
  /** Text and CDATA inside the innermost open element. */
  text?(text: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams an XML text through saxes (well-formedness checked, entities decoded, CDATA as text).
 * Namespaces are not resolved on purpose: GEXF files in the wild use three namespace URIs and a
 * broken viz namespace ("http:///www.gexf.net/1.1draft/viz"), and the local names are what matter.
 * A malformed file fails with its line and column; an encoding other than UTF-8 is refused. A DOCTYPE
 * that declares entities is refused before any entity is used: saxes never expands them (no XXE, no
 * "billion laughs"), but a file that relies on them cannot be read faithfully either.
 */
export function parseXml(file: string, text: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !/^(utf-?8|us-ascii)$/i.test(decl.encoding)) {
      throw new ImportInputError(`declares encoding "${decl.encoding}"; only UTF-8 files are imported (convert it first)`, file, 'line 1', 'IMPORT_ENCODING');
    }
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new ImportInputError('declares entities in its DOCTYPE; files with DTD entities are refused (no entity is expanded or fetched): remove the DOCTYPE and write the text out', file, `line ${parser.line}`, 'IMPORT_DOCTYPE');
    }
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[localName(k)] = typeof v === 'string' ? v : v.value;
    const el: XmlElement = { name: localName(tag.name), attributes, start: text.lastIndexOf('<', parser.position - 1) };
    stack.push(el);
    handlers.open(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop()!;
    handlers.close(el, parser.position);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.on('error', (e) => {
    const message = e.message.replace(/^[^:]*:\d+:\d+: /, '');
    throw new ImportInputError(`malformed XML: ${message}`, file, `line ${parser.line}, column ${parser.column + 1}`, 'IMPORT_PARSE');
  });
  // Fed in slices, as a stream would be; the text is in memory anyway because it is stored byte for byte.
  const SLICE = 1 << 16;
  for (let i = 0; i < text.length; i += SLICE) parser.write(text.slice(i, i + SLICE));
  parser.close();
}

/**
 * The span of every node and edge element of a GEXF or GraphML text, by locator ("node:<id>",
 * "edge:<id>", or "edge:#<n>" for the n-th edge without an id), for checking and showing record evidence.
 */
export function xmlRecordSpans(text: string): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  let edgeIndex = 0;
  let depthInData = 0;
  parseXml('(stored dataset)', text, {
    open(el) {
      if (el.name === 'data' || el.name === 'attvalues') depthInData++;
    },
    close(el, end) {
      if (el.name === 'data' || el.name === 'attvalues') depthInData--;
      if (depthInData > 0) return;
      if (el.name === 'node' && el.attributes.id !== undefined) spans.set(`node:${el.attributes.id}`, { start: el.start, end });
      if (el.name === 'edge') {
        const n = edgeIndex++;
        spans.set(el.attributes.id !== undefined ? `edge:${el.attributes.id}` : `edge:#${n}`, { start: el.start, end });
      }
    },
  });
  return spans;
}
