import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { CONTEXT_URL, offlineDocumentLoader } from '../../server/interchange/rdf/write-jsonld-context.js';
import { DATASET_IRI, NS } from '../../server/interchange/rdf/write-terms.js';
import { articleGraph, ASTRAL_TEXT, BORDER_QUOTE, exportText, trickyGraph } from './export-fixtures.js';

let article: KnowledgeGraph;
let tricky: KnowledgeGraph;
const ALL = { status: ['reviewed', 'extracted', 'rejected'] };
beforeAll(async () => {
  article = await articleGraph();
  tricky = trickyGraph();
});

const parse = (text: string, format: 'text/turtle' | 'application/n-triples'): Quad[] => new Parser({ format }).parse(text);

async function jsonLdQuads(text: string): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: offlineDocumentLoader })) as unknown as string;
  return parse(nquads, 'application/n-triples');
}

/** Objects of (subject, predicate) triples, as N-Triples-like strings. */
const objects = (quads: Quad[], s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
const E = (id: string) => `${NS.entity}${id}`;

describe('RDF export', () => {
  it.each([
    ['the article graph', () => article, {}],
    ['the tricky graph', () => tricky, ALL],
  ] as const)('Turtle, N-Triples and JSON-LD of %s parse strictly and hold the same triples', async (_, graph, filter) => {
    const turtle = parse(exportText(graph(), 'turtle', filter), 'text/turtle');
    const ntriples = parse(exportText(graph(), 'ntriples', filter), 'application/n-triples');
    const fromJsonLd = await jsonLdQuads(exportText(graph(), 'jsonld', filter));
    expect(turtle.length).toBeGreaterThan(100);
    expect(isomorphic(turtle, ntriples)).toBe(true);
    expect(isomorphic(turtle, fromJsonLd)).toBe(true);
  });

  it('JSON-LD expands offline: the bundled context is served, any other URL refused', async () => {
    const doc = JSON.parse(exportText(article, 'jsonld'));
    const expanded = await jsonld.expand({ ...doc, '@context': CONTEXT_URL }, { documentLoader: offlineDocumentLoader });
    expect(expanded.length).toBeGreaterThan(31);
    await expect(jsonld.expand({ '@context': 'https://schema.org/', name: 'x' }, { documentLoader: offlineDocumentLoader })).rejects.toThrow();
  });

  it('links entities to Wikidata and writes relations as wdt: triples and p:/ps: statements with qualifiers and rank', () => {
    const q = parse(exportText(tricky, 'turtle', ALL), 'text/turtle');
    expect(objects(q, E('kazakhstan'), `${NS.owl}sameAs`).map((o) => o.value)).toEqual([`${NS.wd}Q232`]);
    expect(objects(q, E('kazakhstan'), `${NS.skos}altLabel`).map((o) => o.value)).toEqual(['KZ; Qazaqstan', 'Казахстан', 'a|b,c']);
    expect(objects(q, E('kazakhstan'), `${NS.wdt}P47`).map((o) => o.value)).toEqual([E('china')]);
    const st = `${NS.statement}r-border`;
    expect(objects(q, E('kazakhstan'), `${NS.p}P47`).map((o) => o.value)).toEqual([st]);
    expect(objects(q, st, `${NS.ps}P47`).map((o) => o.value)).toEqual([E('china')]);
    const [when] = objects(q, st, `${NS.pq}P585`);
    expect([when!.value, when!.termType === 'Literal' && when!.datatype.value]).toEqual(['2024-05', `${NS.xsd}gYearMonth`]);
    expect(objects(q, st, `${NS.wikibase}rank`).map((o) => o.value)).toEqual([`${NS.wikibase}NormalRank`]);
    // trades_with has no Wikidata property: Corridor's namespace, same model.
    expect(objects(q, E('kazakhstan'), `${NS.cdt}trades_with`).map((o) => o.value)).toEqual([E('china'), E('china')]);
    const trade = `${NS.statement}r-trade-1`;
    expect(objects(q, trade, `${NS.pq}P580`).map((o) => o.value)).toEqual(['2020-02']);
    expect(objects(q, trade, `${NS.pq}P582`).map((o) => o.value)).toEqual(['2021']);
    expect(objects(q, trade, `${NS.corridor}status`).map((o) => o.value)).toEqual(['extracted']);
    expect(objects(q, trade, `${NS.corridor}confidence`).map((o) => o.value)).toEqual(['0.7']);
    // A rejected relation is deprecated and has no plain (truthy) triple.
    expect(objects(q, `${NS.statement}r-part`, `${NS.wikibase}rank`).map((o) => o.value)).toEqual([`${NS.wikibase}DeprecatedRank`]);
    expect(objects(q, E('kazakhstan'), `${NS.wdt}P361`)).toEqual([]);
  });

  it('states evidence as references: stated in, URL, quotation with its language, UTF-16 offsets after an astral character', () => {
    const q = parse(exportText(tricky, 'ntriples', ALL), 'application/n-triples');
    const ref = `${NS.reference}r-border/0`;
    expect(objects(q, `${NS.statement}r-border`, `${NS.prov}wasDerivedFrom`).map((o) => o.value)).toEqual([ref]);
    expect(objects(q, ref, `${NS.pr}P248`).map((o) => o.value)).toEqual([`${NS.source}astral`]);
    expect(objects(q, ref, `${NS.pr}P854`).map((o) => o.value)).toEqual(['https://example.org/astral']);
    const [quotation] = objects(q, ref, `${NS.pr}P1683`);
    expect(quotation!.termType === 'Literal' && [quotation!.value, quotation!.language]).toEqual([BORDER_QUOTE, 'en']);
    const start = Number(objects(q, ref, `${NS.corridor}quoteStart`)[0]!.value);
    const end = Number(objects(q, ref, `${NS.corridor}quoteEnd`)[0]!.value);
    // 𝔘 is two UTF-16 code units but one code point: the offsets are JavaScript's, and the export says so.
    expect(ASTRAL_TEXT.slice(start, end)).toBe(BORDER_QUOTE);
    expect([...ASTRAL_TEXT].indexOf('K')).toBe(start - 1);
    expect(objects(q, DATASET_IRI, `${NS.corridor}offsetUnit`).map((o) => o.value)).toEqual([`${NS.corridor}UTF16CodeUnit`]);
    expect(objects(q, DATASET_IRI, `${NS.rdfs}comment`)[0]!.value).toMatch(/UTF-16 code units.*Python.*code points/);
  });

  it('writes record evidence as a locator and kept foreign attributes as typed properties', () => {
    const q = parse(exportText(tricky, 'turtle', ALL), 'text/turtle');
    const ref = `${NS.reference}r-record/0`;
    expect(objects(q, ref, `${NS.corridor}locator`).map((o) => o.value)).toEqual(['edge:e12']);
    expect(objects(q, ref, `${NS.pr}P248`).map((o) => o.value)).toEqual([`${NS.source}tiny-dataset`]);
    expect(objects(q, ref, `${NS.pr}P1683`)).toEqual([]);
    const [pop] = objects(q, E('kazakhstan'), `${NS.cprop}population`);
    expect(pop!.termType === 'Literal' && [pop!.value, pop!.datatype.value]).toEqual(['19000000', `${NS.xsd}integer`]);
    expect(objects(q, E('kazakhstan'), `${NS.cprop}odd%20name!`).map((o) => o.value)).toEqual(['x']);
  });
});
