import type { Quad, Term } from 'n3';
import { chunked, type ExportStream } from '../export/chunks.js';
import type { ExportView } from '../export/view.js';
import { CORRIDOR_CONTEXT } from './write-jsonld-context.js';
import { NS } from './write-terms.js';
import { quadGroups } from './write-triples.js';

type JsonLdValue = string | { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string };
type NodeObject = { '@id': string; '@type'?: string[] } & Record<string, JsonLdValue[] | string | string[]>;

const XSD_STRING = `${NS.xsd}string`;
const RDF_TYPE = `${NS.rdf}type`;
const PREFIXES = Object.entries(NS).sort((a, b) => b[1].length - a[1].length);
const SIMPLE_LOCAL = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** An IRI as a compact IRI of the bundled context where its local part is plain, else whole. */
function compact(iri: string): string {
  for (const [prefix, ns] of PREFIXES) {
    if (iri.startsWith(ns) && SIMPLE_LOCAL.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

function value(term: Term): JsonLdValue {
  if (term.termType !== 'Literal') return { '@id': compact(term.value) };
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype.value === XSD_STRING) return term.value;
  return { '@value': term.value, '@type': compact(term.datatype.value) };
}

/** Consecutive quads of one subject as one node object (a subject seen again later gets another; JSON-LD merges them). */
function nodeObjects(quads: Quad[]): NodeObject[] {
  const out: NodeObject[] = [];
  let current: NodeObject | null = null;
  let subject = '';
  for (const q of quads) {
    if (current === null || q.subject.value !== subject) {
      subject = q.subject.value;
      current = { '@id': compact(subject) };
      out.push(current);
    }
    if (q.predicate.value === RDF_TYPE) (current['@type'] ??= []).push(compact(q.object.value));
    else ((current[compact(q.predicate.value)] ??= []) as JsonLdValue[]).push(value(q.object));
  }
  return out;
}

/**
 * JSON-LD from the same quads as Turtle, in flattened form (an @graph of node objects), written as
 * it goes. The context is the bundled one, inline, so no reader has to fetch anything.
 */
export function writeJsonLd(view: ExportView): ExportStream {
  return chunked(jsonLdParts(view));
}

function* jsonLdParts(view: ExportView): Generator<string> {
  yield `{"@context":${JSON.stringify(CORRIDOR_CONTEXT['@context'])},\n"@graph":[`;
  let first = true;
  for (const group of quadGroups(view)) {
    for (const node of nodeObjects(group)) {
      yield (first ? '\n' : ',\n') + JSON.stringify(node);
      first = false;
    }
  }
  yield '\n]}\n';
}
