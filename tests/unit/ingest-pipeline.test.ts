import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { IngestError } from '../../server/ingest/errors.js';
import { ingestText } from '../../server/ingest/pipeline.js';
import { isRecordEvidence } from '../../server/model/records.js';
import { VocabularyIndex } from '../../server/model/rules.js';
import { VocabularyFile } from '../../server/model/vocabulary.js';
import { Store } from '../../server/store/files/store.js';
import { copyOfGraphData, GRAPH_DATA } from '../helpers/data-dir.js';
import { refusal } from '../helpers/ingest-graph.js';

const SEED = readFileSync(path.join(GRAPH_DATA, 'sources', 'eu-central-asia-summit-2024.txt'), 'utf8');
const vocabulary = new VocabularyIndex(VocabularyFile.parse(JSON.parse(readFileSync(path.join(GRAPH_DATA, 'vocabulary.json'), 'utf8'))));
/** No entities, relations or sources: the pipeline links through its shipped gazetteer only. */
const emptyGraph = () => new KnowledgeGraph(vocabulary, new Map(), [], []);

/** A news-style text that is not in graph-data: new relations, one the graph holds, and a denied one. */
const NEWS = [
  'TASHKENT, May 3 - Uzbekistan is a major trading partner of Kazakhstan, and the two signed a transit agreement with Azerbaijan on 12 May 2024.',
  'Kazakhstan is a key trading partner of the European Union, according to the European Commission.',
  'Tajikistan did not sign a transit agreement with Azerbaijan.',
  'The EU aims to invest in Uzbekistan through Global Gateway.',
  'Uzbekistan trades with Armenia.',
].join(' ');

function expectEvidenceAtOffsets(text: string, items: Array<{ quote: string; start: number; end: number }>): void {
  for (const e of items) expect(text.slice(e.start, e.end)).toBe(e.quote);
}

describe('ingestText on the seed article, against a graph with no entities', () => {
  const { report, changes } = ingestText(emptyGraph(), SEED, { title: 'EU positions itself as a key partner in Central Asia’s future', published: '2024-04' });

  it('finds relations the curators recorded, each with its quote at its offsets', () => {
    const found = report.candidates.map((c) => `${c.from} ${c.type} ${c.to}`);
    expect(found).toEqual(expect.arrayContaining(['european-union has_interest_in central-asia', 'european-union counterbalances russia', 'european-union counterbalances china']));
    expect(found.some((f) => /central-asia strategic_partner_of european-union|european-union strategic_partner_of central-asia/.test(f))).toBe(true);
    expectEvidenceAtOffsets(SEED, report.candidates.map((c) => c.evidence));
    for (const c of report.candidates) {
      expect(c.evidence.prefix.length).toBeLessThanOrEqual(32);
      expect(SEED.slice(0, c.evidence.start).endsWith(c.evidence.prefix)).toBe(true);
      expect(SEED.slice(c.evidence.end).startsWith(c.evidence.suffix)).toBe(true);
      expect(c.extractor).toMatchObject({ name: 'corridor-patterns', version: expect.stringMatching(/^patterns-/) });
    }
  });

  it('counts add up, and candidates come highest confidence first', () => {
    const { counts } = report;
    expect(counts).toMatchObject({ mentions: report.mentions.length, candidates: report.candidates.length, corroborations: 0, skipped: report.skipped.length, proposedEntities: report.proposedEntities.length });
    expect(counts.linked + counts.ambiguous).toBe(counts.mentions);
    const confidences = report.candidates.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(report.source).toMatchObject({ id: 'eu-positions-itself-as-a-key-partner-in-central-asia-s-future', chars: SEED.length, words: 392 });
  });

  it('changes create the source, the proposed entities candidates use, then the relations with the report ids', () => {
    expect(changes[0]).toMatchObject({ op: 'createSource', input: { kind: 'article', language: 'en', published: '2024-04', text: SEED } });
    const entityIds = changes.filter((c) => c.op === 'createEntity').map((c) => (c.input as { id: string }).id);
    const used = new Set(report.candidates.flatMap((c) => [c.from, c.to]));
    expect(new Set(entityIds)).toEqual(used);
    const relations = changes.filter((c) => c.op === 'createRelation').map((c) => c.input as { id: string; status: string });
    expect(relations.map((r) => r.id)).toEqual(report.candidates.map((c) => c.id));
    expect(relations.every((r) => r.status === 'extracted')).toBe(true);
  });
});

describe('ingestText refuses bad input with a clear error', () => {
  let store: Store;
  beforeAll(async () => {
    store = await Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
  });
  afterAll(() => store.close());


  it('a text the graph already holds names the source that has it', () => {
    const e = refusal(() => ingestText(store.kg, SEED, { title: 'Again' }));
    expect(e.code).toBe('DUPLICATE_SOURCE');
    expect(e.message).toContain('"eu-central-asia-summit-2024"');
  });

  it('empty or blank text', () => {
    expect(refusal(() => ingestText(store.kg, ' \n\t', { title: 'Blank' }))).toMatchObject({ code: 'EMPTY_TEXT', field: 'text' });
  });

  it('invalid metadata names the field', () => {
    expect(refusal(() => ingestText(store.kg, NEWS, { title: 'News', published: '2024-13' }))).toMatchObject({ code: 'BAD_METADATA', field: 'published' });
    expect(refusal(() => ingestText(store.kg, NEWS, { title: 'News', url: 'not a url' }))).toMatchObject({ code: 'BAD_METADATA', field: 'url' });
    expect(refusal(() => ingestText(store.kg, NEWS, { title: 'News', id: 'eu-central-asia-summit-2024' }))).toMatchObject({ code: 'BAD_METADATA', field: 'id' });
  });
});

describe('committing an ingest through the real store', () => {
  let store: Store;
  let cleanup: () => void;
  beforeAll(async () => {
    const copy = copyOfGraphData();
    cleanup = copy.cleanup;
    store = await Store.open({ dataDir: copy.dir, watch: false, log: () => {} });
  });
  afterAll(async () => {
    await store.close();
    cleanup();
  });

  it('applies the changes, corroborates what the graph holds, and every stored quote is at its offsets', async () => {
    const { report, changes } = ingestText(store.kg, NEWS, { title: 'Transit deal', published: '2024-05-13' });
    expect(report.candidates.map((c) => `${c.from} ${c.type} ${c.to}`)).toEqual(expect.arrayContaining(['kazakhstan trades_with uzbekistan', 'european-union invests_in uzbekistan']));
    expect(report.candidates.find((c) => c.type === 'invests_in')).toMatchObject({ hedge: 'planned' });
    expect(report.corroborations).toMatchObject([{ relation: 'kazakhstan-trades-with-eu' }]);
    expect(report.skipped.some((s) => s.reason === 'negated' && s.sentence.text.startsWith('Tajikistan did not sign'))).toBe(true);

    await store.apply(changes, 'test');
    const kg = store.kg;
    expect(kg.source(report.source.id)?.text).toBe(NEWS);
    for (const c of report.candidates) expect(kg.relation(c.id)).toMatchObject({ type: c.type, from: c.from, to: c.to, status: 'extracted' });
    expect(kg.entity('armenia')).toMatchObject({ kind: 'Country', status: 'proposed' });
    const corroborated = kg.relation('kazakhstan-trades-with-eu')!;
    expect(corroborated.evidence.map((e) => e.source)).toContain(report.source.id);
    for (const id of kg.graph.edges()) {
      for (const e of kg.relation(id)!.evidence) if (!isRecordEvidence(e)) expect(kg.source(e.source)!.text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(() => ingestText(store.kg, NEWS, { title: 'Transit deal again' })).toThrow(/already in the graph as source "transit-deal"/);
  });
});
