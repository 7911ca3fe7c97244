import { DataFactory, type Quad, type Quad_Object } from 'n3';
import { precisionOf } from '../../model/dates.js';
import { isRecordEvidence, type Entity, type Evidence, type Relation, type Source } from '../../model/records.js';
import type { ExportView } from '../export/view.js';
import { DATASET_IRI, NS, RANK_OF_STATUS, WD } from './write-terms.js';

const { namedNode, literal, quad } = DataFactory;
const iri = (ns: keyof typeof NS, local: string) => namedNode(NS[ns] + local);
const typed = (value: string, type: string) => literal(value, iri('xsd', type));
const RDF_TYPE = iri('rdf', 'type');

export const OFFSET_UNIT_NOTE =
  'Quote offsets (corridor:quoteStart, corridor:quoteEnd) count UTF-16 code units, as JavaScript strings do; ' +
  "Python's str indices count code points and differ after any character beyond the Basic Multilingual Plane.";

/**
 * The view as RDF, one group of quads per record (the dataset node, each source, each entity, each
 * relation with its statement and reference nodes), so writers can flush after every group. The same
 * quads feed Turtle, N-Triples and JSON-LD.
 */
export function* quadGroups(view: ExportView): Generator<Quad[]> {
  yield datasetQuads(view);
  for (const s of view.sources()) yield sourceQuads(s);
  for (const e of view.entities()) yield entityQuads(e);
  for (const r of view.relations()) yield relationQuads(r, view);
}

function datasetQuads(view: ExportView): Quad[] {
  const d = namedNode(DATASET_IRI);
  const unit = iri('corridor', 'UTF16CodeUnit');
  return [
    quad(d, RDF_TYPE, iri('corridor', 'Export')),
    quad(d, iri('rdfs', 'label'), literal('Corridor knowledge graph')),
    quad(d, iri('corridor', 'filter'), literal(view.describeFilter())),
    quad(d, iri('corridor', 'offsetUnit'), unit),
    quad(d, iri('rdfs', 'comment'), literal(OFFSET_UNIT_NOTE, 'en')),
    quad(unit, iri('rdfs', 'comment'), literal('One UTF-16 code unit: a character of the Basic Multilingual Plane counts 1, one beyond it (a surrogate pair) counts 2.', 'en')),
  ];
}

function sourceQuads(s: Source): Quad[] {
  const node = iri('source', s.id);
  const out = [quad(node, RDF_TYPE, iri('corridor', 'Source')), quad(node, iri('rdfs', 'label'), literal(s.title)), quad(node, iri('corridor', 'sourceKind'), literal(s.kind))];
  if (s.publisher) out.push(quad(node, iri('schema', 'publisher'), literal(s.publisher)));
  if (s.published) out.push(quad(node, iri('schema', 'datePublished'), dateLiteral(s.published)));
  if (s.url) out.push(quad(node, iri('schema', 'url'), namedNode(s.url)));
  out.push(quad(node, iri('schema', 'inLanguage'), literal(s.language)));
  if (s.format) out.push(quad(node, iri('corridor', 'format'), literal(s.format)));
  return out;
}

function entityQuads(e: Entity): Quad[] {
  const node = iri('entity', e.id);
  const out = [quad(node, RDF_TYPE, iri('corridor', e.kind)), quad(node, iri('rdfs', 'label'), literal(e.label))];
  for (const a of e.aliases) out.push(quad(node, iri('skos', 'altLabel'), literal(a)));
  if (e.description) out.push(quad(node, iri('schema', 'description'), literal(e.description)));
  if (e.wikidata) out.push(quad(node, iri('owl', 'sameAs'), iri('wd', e.wikidata)));
  if (e.iso2) out.push(quad(node, iri('corridor', 'iso2'), literal(e.iso2)));
  if (e.iso3) out.push(quad(node, iri('corridor', 'iso3'), literal(e.iso3)));
  if (e.status) out.push(quad(node, iri('corridor', 'status'), literal(e.status)));
  out.push(...propertyQuads(node, e.properties));
  return out;
}

/**
 * A relation in Wikidata's model: the plain triple (wdt:Pxx, or cdt:<type> for a type without a
 * Wikidata property; none for a rejected one), and a statement node (p:/ps:) with rank, status,
 * confidence, time qualifiers (pq:P580/P582/P585) and one reference node per evidence item.
 */
function relationQuads(r: Relation, view: ExportView): Quad[] {
  const pid = view.relationType(r.type)?.wikidata;
  const [direct, toStatement, value] = pid ? [iri('wdt', pid), iri('p', pid), iri('ps', pid)] : [iri('cdt', r.type), iri('cp', r.type), iri('cps', r.type)];
  const from = iri('entity', r.from);
  const to = iri('entity', r.to);
  const st = iri('statement', r.id);
  const out: Quad[] = [];
  if (r.status !== 'rejected') out.push(quad(from, direct, to));
  out.push(
    quad(from, toStatement, st),
    quad(st, RDF_TYPE, iri('wikibase', 'Statement')),
    quad(st, value, to),
    quad(st, iri('corridor', 'relationType'), literal(r.type)),
    quad(st, iri('wikibase', 'rank'), iri('wikibase', RANK_OF_STATUS[r.status])),
    quad(st, iri('corridor', 'status'), literal(r.status)),
    quad(st, iri('corridor', 'confidence'), typed(decimalText(r.confidence), 'decimal')),
  );
  if (r.hedge) out.push(quad(st, iri('corridor', 'hedge'), literal(r.hedge)));
  if (r.pointInTime) out.push(quad(st, iri('pq', WD.pointInTime), dateLiteral(r.pointInTime)));
  if (r.start) out.push(quad(st, iri('pq', WD.startTime), dateLiteral(r.start)));
  if (r.end) out.push(quad(st, iri('pq', WD.endTime), dateLiteral(r.end)));
  if (r.note) out.push(quad(st, iri('corridor', 'note'), literal(r.note)));
  out.push(...propertyQuads(st, r.properties));
  r.evidence.forEach((ev, i) => out.push(...referenceQuads(st, r.id, i, ev, view)));
  return out;
}

function referenceQuads(st: ReturnType<typeof iri>, relationId: string, i: number, ev: Evidence, view: ExportView): Quad[] {
  const ref = iri('reference', `${relationId}/${i}`);
  const source = view.kg.source(ev.source);
  const out = [quad(st, iri('prov', 'wasDerivedFrom'), ref), quad(ref, RDF_TYPE, iri('wikibase', 'Reference')), quad(ref, iri('pr', WD.statedIn), iri('source', ev.source))];
  if (source?.url) out.push(quad(ref, iri('pr', WD.referenceUrl), namedNode(source.url)));
  if (isRecordEvidence(ev)) out.push(quad(ref, iri('corridor', 'locator'), literal(ev.locator)));
  else {
    out.push(
      quad(ref, iri('pr', WD.quotation), source?.language ? literal(ev.quote, source.language) : literal(ev.quote)),
      quad(ref, iri('corridor', 'quoteStart'), typed(String(ev.start), 'integer')),
      quad(ref, iri('corridor', 'quoteEnd'), typed(String(ev.end), 'integer')),
    );
    if (ev.prefix !== undefined) out.push(quad(ref, iri('corridor', 'quotePrefix'), literal(ev.prefix)));
    if (ev.suffix !== undefined) out.push(quad(ref, iri('corridor', 'quoteSuffix'), literal(ev.suffix)));
  }
  if (ev.extractor) {
    out.push(
      quad(ref, iri('corridor', 'extractorName'), literal(ev.extractor.name)),
      quad(ref, iri('corridor', 'extractorVersion'), literal(ev.extractor.version)),
      quad(ref, iri('corridor', 'extractorRule'), literal(ev.extractor.rule)),
    );
  }
  return out;
}

/** Kept foreign attributes as cprop:<key> triples, typed where the value is a number or boolean. */
function propertyQuads(subject: ReturnType<typeof iri>, properties: Record<string, unknown> | undefined): Quad[] {
  if (!properties) return [];
  return Object.keys(properties)
    .sort()
    .flatMap((key) => {
      const v = properties[key];
      if (v === null || v === undefined) return [];
      const object: Quad_Object =
        typeof v === 'boolean' ? typed(String(v), 'boolean')
        : typeof v === 'number' ? (Number.isSafeInteger(v) ? typed(String(v), 'integer') : typed(decimalText(v), 'decimal'))
        : literal(typeof v === 'string' ? v : JSON.stringify(v));
      return [quad(subject, iri('cprop', encodeURIComponent(key)), object)];
    });
}

/**
 * A number as an xsd:decimal lexical form ("0.85", never "8.5e-7"). Decimal rather than double: RDF
 * readers rewrite doubles to a canonical form ("8.5E-1"), so the same value would come back as a
 * different literal.
 */
export function decimalText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Math.abs(n) >= 1e21) return BigInt(n).toString();
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** A partial date with its precision as the XSD type: 2024 -> xsd:gYear, 2024-05 -> xsd:gYearMonth, 2024-05-01 -> xsd:date. */
export function dateLiteral(value: string) {
  const p = precisionOf(value);
  return typed(value, p === 'year' ? 'gYear' : p === 'month' ? 'gYearMonth' : 'date');
}
