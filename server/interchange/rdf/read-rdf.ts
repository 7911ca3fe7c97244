import { Parser, type Quad } from 'n3';
import type { ForeignEdge, ForeignGraph, ForeignNode, JsonValue } from '../import/foreign.js';
import { ImportInputError } from '../import/errors.js';
import { itemQid, OWL_SAME_AS, RDFS_LABEL, SCHEMA_DESCRIPTION, SCHEMA_NAME, SKOS_ALT, SKOS_PREF, tripleKey, wikibasePredicate, WIKIBASE } from './read-terms.js';

const TIME_QUALIFIERS: Record<string, 'start' | 'end' | 'pointInTime'> = { P580: 'start', P582: 'end', P585: 'pointInTime' };

/** Parses N-Triples or Turtle strictly with n3; a syntax error names its line. Blank node labels are kept. */
export function parseRdf(file: string, text: string, format: 'ntriples' | 'turtle'): Quad[] {
  try {
    return new Parser({ format: format === 'ntriples' ? 'N-Triples' : 'Turtle', blankNodePrefix: '' }).parse(text);
  } catch (e) {
    const m = /line (\d+)/.exec((e as Error).message);
    throw new ImportInputError(`malformed ${format === 'ntriples' ? 'N-Triples' : 'Turtle'}: ${(e as Error).message}`, file, m ? `line ${m[1]}` : '', 'IMPORT_PARSE');
  }
}

/**
 * Reads Wikidata-style RDF: items (IRIs ending in a QID, or subjects with labels) become nodes with
 * rdfs:label/skos:prefLabel/schema:name as label (the English one; the others become aliases),
 * skos:altLabel as aliases, schema:description, owl:sameAs to a
 * Wikidata item as QID. `wdt:` statements between items become edges typed by their property (P361 …);
 * `p:`/`ps:` statement nodes between items become edges whose `pq:P580`/`P582`/`P585` qualifiers give
 * the time and whose rank is kept; a `wdt:` triple restating such a statement is not counted twice.
 * Statement values that are not items become node attributes (by property id). Every other triple
 * (references, orphan qualifiers, triples about non-items) is reported as a loss, by triple.
 */
export function readRdf(file: string, text: string, format: 'ntriples' | 'turtle'): ForeignGraph {
  const quads = parseRdf(file, text, format);
  const graph: ForeignGraph = { nodes: [], edges: [], losses: [] };
  const used = new Set<Quad>();
  const nodes = new Map<string, ForeignNode>();
  const isItem = (iri: string) => itemQid(iri) !== null;
  const nodeFor = (iri: string, q: Quad): ForeignNode => {
    let n = nodes.get(iri);
    if (!n) {
      n = { id: iri, attributes: {}, locator: `triple:${tripleKey(q)}` };
      const qid = itemQid(iri);
      if (qid) n.attributes.wikidata = qid;
      nodes.set(iri, n);
    }
    return n;
  };
  const add = (n: { attributes: Record<string, JsonValue> }, key: string, value: JsonValue) => {
    const prior = n.attributes[key];
    n.attributes[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  };

  // Labels and descriptions first, so a subject with a label is a node even when its IRI is no item.
  // The label is the English one (en, en-GB…), else one without a language, else the first; labels
  // in other languages are names of the same thing, so they become aliases (which linking matches).
  const labels = new Map<ForeignNode, Array<{ value: string; lang: string }>>();
  for (const q of quads) {
    const p = q.predicate.value;
    if (q.subject.termType !== 'NamedNode' || q.object.termType !== 'Literal') continue;
    const field = p === RDFS_LABEL || p === SKOS_PREF || p === SCHEMA_NAME ? 'label' : p === SKOS_ALT ? 'aliases' : p === SCHEMA_DESCRIPTION ? 'description' : null;
    if (!field) continue;
    const n = nodeFor(q.subject.value, q);
    if (field === 'label') labels.set(n, [...(labels.get(n) ?? []), { value: q.object.value, lang: q.object.language }]);
    else if (field === 'aliases') add(n, 'aliases', q.object.value);
    else n.attributes[field] = q.object.value;
    used.add(q);
  }
  for (const [n, list] of labels) {
    const rank = (lang: string) => (lang === 'en' || lang.startsWith('en-') ? 0 : lang === '' ? 1 : 2);
    const label = list.reduce((best, l) => (rank(l.lang) < rank(best.lang) ? l : best));
    n.attributes.label = label.value;
    for (const l of list) if (l !== label && l.value !== label.value) add(n, 'aliases', l.value);
  }

  const statements = new Map<string, { subject: string; property: string; link: Quad; quads: Quad[] }>();
  for (const q of quads) {
    const { ns, property } = wikibasePredicate(q.predicate.value);
    if (ns === 'p' && q.subject.termType === 'NamedNode' && isItem(q.subject.value)) statements.set(q.object.value, { subject: q.subject.value, property: property!, link: q, quads: [] });
  }
  for (const q of quads) {
    const st = statements.get(q.subject.value);
    if (st) st.quads.push(q);
  }
  const stated = new Set<string>();
  for (const st of statements.values()) {
    const value = st.quads.find((q) => wikibasePredicate(q.predicate.value).ns === 'ps');
    if (!value) continue;
    const from = nodeFor(st.subject, st.link);
    used.add(st.link);
    for (const q of st.quads) used.add(q);
    if (value.object.termType !== 'NamedNode' || !isItem(value.object.value)) {
      add(from, st.property, value.object.value);
      continue;
    }
    nodeFor(value.object.value, value);
    const edge: ForeignEdge = { source: st.subject, target: value.object.value, type: st.property, attributes: {}, locator: `triple:${tripleKey(st.link)}` };
    const time: Record<string, string> = {};
    for (const q of st.quads) {
      const pred = wikibasePredicate(q.predicate.value);
      if (pred.ns === 'pq' && TIME_QUALIFIERS[pred.property!]) time[TIME_QUALIFIERS[pred.property!]!] = q.object.value;
      else if (pred.ns === 'pq') add(edge, pred.property!, q.object.value);
      else if (q.predicate.value === `${WIKIBASE}rank`) edge.attributes.rank = q.object.value.replace(WIKIBASE, '');
    }
    if (Object.keys(time).length > 0) {
      const start = time.start ?? time.pointInTime;
      const end = time.end ?? time.pointInTime;
      edge.time = { ...(start ? { start } : {}), ...(end ? { end } : {}), raw: time };
    }
    stated.add(`${st.subject} ${st.property} ${value.object.value}`);
    graph.edges.push(edge);
  }
  for (const q of quads) {
    const { ns, property } = wikibasePredicate(q.predicate.value);
    if (ns !== 'wdt' || q.subject.termType !== 'NamedNode' || !isItem(q.subject.value)) continue;
    used.add(q);
    const from = nodeFor(q.subject.value, q);
    if (q.object.termType === 'NamedNode' && isItem(q.object.value)) {
      if (stated.has(`${q.subject.value} ${property} ${q.object.value}`)) continue;
      nodeFor(q.object.value, q);
      graph.edges.push({ source: q.subject.value, target: q.object.value, type: property!, attributes: {}, locator: `triple:${tripleKey(q)}` });
    } else if (q.object.termType === 'BlankNode') graph.losses.push({ place: `triple:${tripleKey(q)}`, reason: 'its value is a blank node (an unknown or structured value), which has no name to keep' });
    else add(from, property!, q.object.value);
  }
  for (const q of quads) {
    if (used.has(q)) continue;
    if (q.predicate.value === OWL_SAME_AS && nodes.has(q.subject.value) && itemQid(q.object)) {
      nodes.get(q.subject.value)!.attributes.wikidata = itemQid(q.object)!;
      continue;
    }
    const { ns } = wikibasePredicate(q.predicate.value);
    const reason =
      ns === 'pr' || /\/reference\//.test(q.subject.value)
        ? 'reference (the provenance of a Wikibase statement) is not imported'
        : statementOf(q, quads)
          ? 'part of a statement whose item or value is not in the file'
          : `about ${q.subject.termType === 'NamedNode' ? `<${q.subject.value}>` : 'a blank node'}, which is not an item`;
    graph.losses.push({ place: `triple:${tripleKey(q)}`, reason });
  }
  graph.nodes.push(...nodes.values());
  return graph;
}

function statementOf(q: Quad, quads: Quad[]): boolean {
  return /\/statement\//.test(q.subject.value) || quads.some((o) => o.subject.equals(q.subject) && o.object.value === `${WIKIBASE}Statement`);
}
