import type { Literal, Quad, Term } from 'n3';
import type { FlatEvidence } from '../export/records.js';
import type { ForeignEdge, ForeignGraph, ForeignNode, JsonValue } from '../import/foreign.js';
import { tripleKey } from './read-terms.js';
import { DATASET_IRI, NS, WD } from './write-terms.js';

const RDF_TYPE = `${NS.rdf}type`;
const c = (local: string) => `${NS.corridor}${local}`;
const local = (iri: string, ns: string) => (iri.startsWith(ns) ? iri.slice(ns.length) : null);

/** Whether parsed quads are Corridor's RDF export (its dataset node is a corridor:Export). */
export function isCorridorRdf(quads: Quad[]): boolean {
  return quads.some((q) => q.subject.value === DATASET_IRI && q.predicate.value === RDF_TYPE && q.object.value === c('Export'));
}

/** A literal as the JSON value it was written from: integers, decimals and booleans typed, the rest text. */
function valueOf(t: Term): JsonValue {
  if (t.termType !== 'Literal') return t.value;
  const type = (t as Literal).datatype.value;
  if (type === `${NS.xsd}integer` || type === `${NS.xsd}decimal` || type === `${NS.xsd}double`) return Number(t.value);
  if (type === `${NS.xsd}boolean`) return t.value === 'true';
  return t.value;
}

/**
 * Reads Corridor's own RDF export back (Turtle or N-Triples): entities (`entity/<id>` with their kind
 * class, label, aliases, description, owl:sameAs, ISO codes, status and `property/<key>` values) and
 * relations from their statement nodes (`statement/<id>`: type, value, status, confidence, hedge,
 * note, time qualifiers, properties) with every reference node as an evidence item. The locator of
 * a relation is its `p:` link triple. The dataset node and the source descriptions are the export's
 * own metadata; sources are not imported (the graph holds its own), and the report says so.
 */
export function readCorridorRdf(quads: Quad[]): ForeignGraph {
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  const graph: ForeignGraph = { nodes: [], edges: [], losses: [] };
  let sources = 0;
  for (const [subject, list] of bySubject) {
    const id = local(subject, NS.entity);
    if (id !== null) graph.nodes.push(entityOf(id, list));
    else if (local(subject, NS.source) !== null) sources++;
  }
  for (const q of quads) {
    const statementId = local(q.object.value, NS.statement);
    if (statementId === null || q.subject.termType !== 'NamedNode' || local(q.subject.value, NS.entity) === null) continue;
    graph.edges.push(relationOf(statementId, q, bySubject));
  }
  if (sources > 0) graph.losses.push({ place: 'sources', reason: `${sources} source description${sources === 1 ? '' : 's'} of the export not imported: evidence is re-anchored in the sources the graph holds` });
  return graph;
}

function entityOf(id: string, list: Quad[]): ForeignNode {
  const attributes: Record<string, JsonValue> = {};
  const aliases: string[] = [];
  const properties: Record<string, JsonValue> = {};
  const node: ForeignNode = { id, attributes, locator: `triple:${tripleKey(list[0]!)}` };
  for (const q of list) {
    const p = q.predicate.value;
    if (p === RDF_TYPE) attributes.kind = local(q.object.value, NS.corridor) ?? q.object.value;
    else if (p === `${NS.rdfs}label`) attributes.label = q.object.value;
    else if (p === `${NS.skos}altLabel`) aliases.push(q.object.value);
    else if (p === `${NS.schema}description`) attributes.description = q.object.value;
    else if (p === `${NS.owl}sameAs`) attributes.wikidata = local(q.object.value, NS.wd) ?? q.object.value;
    else if (p === c('iso2') || p === c('iso3')) attributes[p.slice(c('').length)] = q.object.value;
    else if (p === c('status') && q.object.value === 'proposed') node.status = 'proposed';
    else if (local(p, NS.cprop) !== null) properties[decodeURIComponent(local(p, NS.cprop)!)] = valueOf(q.object);
  }
  if (aliases.length > 0) attributes.aliases = aliases;
  if (Object.keys(properties).length > 0) node.properties = properties;
  return node;
}

const TIME: Record<string, string> = { [`${NS.pq}${WD.pointInTime}`]: 'pointInTime', [`${NS.pq}${WD.startTime}`]: 'start', [`${NS.pq}${WD.endTime}`]: 'end' };
const FIELDS: Record<string, string> = { [c('relationType')]: 'relationType', [c('status')]: 'status', [c('confidence')]: 'confidence', [c('hedge')]: 'hedge', [c('note')]: 'note' };

function relationOf(id: string, link: Quad, bySubject: Map<string, Quad[]>): ForeignEdge {
  const attributes: Record<string, JsonValue> = {};
  const properties: Record<string, JsonValue> = {};
  const references: string[] = [];
  let target = '';
  for (const q of bySubject.get(link.object.value) ?? []) {
    const p = q.predicate.value;
    if (FIELDS[p]) attributes[FIELDS[p]!] = valueOf(q.object);
    else if (TIME[p]) attributes[TIME[p]!] = q.object.value;
    else if (p === `${NS.prov}wasDerivedFrom`) references.push(q.object.value);
    else if (local(p, NS.cprop) !== null) properties[decodeURIComponent(local(p, NS.cprop)!)] = valueOf(q.object);
    else if (q.object.termType === 'NamedNode' && local(q.object.value, NS.entity) !== null && p !== RDF_TYPE) target = local(q.object.value, NS.entity)!;
  }
  const index = (iri: string) => Number(iri.slice(iri.lastIndexOf('/') + 1));
  const evidence = references.sort((a, b) => index(a) - index(b)).map((ref) => evidenceOf(bySubject.get(ref) ?? []));
  const edge: ForeignEdge = { id, source: local(link.subject.value, NS.entity)!, target, attributes, locator: `triple:${tripleKey(link)}`, evidence };
  if (Object.keys(properties).length > 0) edge.properties = properties;
  return edge;
}

function evidenceOf(list: Quad[]): FlatEvidence {
  const item: FlatEvidence = { source: '' };
  for (const q of list) {
    const p = q.predicate.value;
    const v = q.object.value;
    if (p === `${NS.pr}${WD.statedIn}`) item.source = local(v, NS.source) ?? v;
    else if (p === `${NS.pr}${WD.quotation}`) item.quote = v;
    else if (p === c('quoteStart')) item.start = Number(v);
    else if (p === c('quoteEnd')) item.end = Number(v);
    else if (p === c('quotePrefix')) item.prefix = v;
    else if (p === c('quoteSuffix')) item.suffix = v;
    else if (p === c('locator')) item.locator = v;
    else if (p === c('extractorName')) item.extractorName = v;
    else if (p === c('extractorVersion')) item.extractorVersion = v;
    else if (p === c('extractorRule')) item.extractorRule = v;
  }
  return item;
}
