import { registerLocatorResolver, type LocatorResolver } from '../model/locators.js';
import { csvRowSpans } from './csv/read-table.js';
import { cytoscapeRecords } from './cytoscape/read.js';
import { graphologyRecords } from './graphology/read.js';
import { jsonRecordSpans, type JsonRecord } from './import/json-records.js';
import { xmlRecordSpans } from './import/xml.js';
import { parseRdf } from './rdf/read-rdf.js';
import { tripleKey } from './rdf/read-terms.js';

type Span = { start: number; end: number };
const fromMap = (spans: Map<string, Span | 'found'>) => (locator: string) => spans.get(locator) ?? null;

/** A resolver that never throws: a stored file that no longer parses resolves nothing (and validation says so per locator). */
const safe = (build: (text: string) => Map<string, Span | 'found'>): LocatorResolver => (text) => {
  try {
    return fromMap(build(text));
  } catch {
    return () => null;
  }
};

const rowSpans = (text: string) => new Map([...csvRowSpans(text)].map(([line, span]) => [`row:${line}`, span]));

/** N-Triples: one statement per line, so each triple's span is its line. */
function ntriplesSpans(text: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      for (const q of parseRdf('(stored dataset)', line, 'ntriples')) spans.set(`triple:${tripleKey(q)}`, { start: offset, end: offset + line.replace(/\r$/, '').length });
    }
    offset += line.length + 1;
  }
  return spans;
}

/** Turtle: statements have no span of their own; a triple is found when the file states it. */
const turtleTriples = (text: string) => new Map(parseRdf('(stored dataset)', text, 'turtle').map((q) => [`triple:${tripleKey(q)}`, 'found' as const]));

const sparqlRecords = (doc: unknown): JsonRecord[] => {
  const bindings = (doc as { results?: { bindings?: unknown[] } })?.results?.bindings ?? [];
  return bindings.map((_, n) => ({ locator: `result:${n}`, path: ['results', 'bindings', n] }));
};

registerLocatorResolver('gexf', safe(xmlRecordSpans));
registerLocatorResolver('graphml', safe(xmlRecordSpans));
registerLocatorResolver('csv', safe(rowSpans));
registerLocatorResolver('graphology', safe((t) => jsonRecordSpans(t, graphologyRecords)));
registerLocatorResolver('cytoscape', safe((t) => jsonRecordSpans(t, cytoscapeRecords)));
registerLocatorResolver('sparql-json', safe((t) => jsonRecordSpans(t, sparqlRecords)));
registerLocatorResolver('ntriples', safe(ntriplesSpans));
registerLocatorResolver('turtle', safe(turtleTriples));
