import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFile } from '../../eval/gold-schema.js';
import { GoldFileError, goldSetNames, loadGoldSet } from '../../eval/gold-sets.js';
import { calibrate, scoreSet, type Prediction } from '../../eval/metrics.js';
import { emptyGraph } from '../../eval/run-eval.js';

const TEXT = 'Kazakhstan borders China. Türkiye trades with Uzbekistan. Uzbekistan is no longer a member of the CSTO. Baku is a port.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });
const quote = (s: string) => ({ quote: s, ...at(s) });
const S1 = 'Kazakhstan borders China.';
const S2 = 'Türkiye trades with Uzbekistan.';
const S3 = 'Uzbekistan is no longer a member of the CSTO.';

const gold = GoldFile.parse({
  set: 'tiny',
  source: { title: 'Tiny', language: 'en' },
  note: 'hand-made',
  entities: [
    { id: 'kazakhstan', label: 'Kazakhstan', kind: 'Country' },
    { id: 'china', label: 'China', kind: 'Country' },
    { id: 'turkiye', label: 'Türkiye', kind: 'Country', aliases: ['Turkey'] },
    { id: 'uzbekistan', label: 'Uzbekistan', kind: 'Country' },
    { id: 'csto', label: 'Collective Security Treaty Organization', kind: 'SupranationalOrganization', aliases: ['CSTO'] },
  ],
  mentions: [
    { ...at('Kazakhstan'), text: 'Kazakhstan', entity: 'kazakhstan' },
    { ...at('China'), text: 'China', entity: 'china' },
    { ...at('Türkiye'), text: 'Türkiye', entity: 'turkiye' },
    { ...at('Uzbekistan'), text: 'Uzbekistan', entity: 'uzbekistan' },
  ],
  unscored: [{ ...at('Baku'), text: 'Baku', reason: 'a city' }],
  relations: [
    { type: 'shares_border_with', from: 'kazakhstan', to: 'china', evidence: [quote(S1)] },
    { type: 'trades_with', from: 'turkiye', to: 'uzbekistan', evidence: [quote(S2)] },
  ],
  negatives: [{ type: 'part_of', from: 'uzbekistan', to: 'csto', ...quote(S3), note: '"no longer a member"' }],
});
const symmetric = (t: string) => t === 'shares_border_with' || t === 'trades_with';
const candidate = (type: string, from: string, to: string, sentence: string, confidence = 0.9) => ({ type, from, to, confidence, evidence: quote(sentence) });
const none: Prediction = { candidates: [], mentions: [], proposedEntities: [] };

describe('relation scoring', () => {
  it('counts a symmetric relation stated the other way round as a hit', () => {
    const s = scoreSet(TEXT, gold, { ...none, candidates: [candidate('shares_border_with', 'china', 'kazakhstan', S1)] }, symmetric);
    expect(s.relations).toMatchObject({ predicted: 1, correct: 1, gold: 2, found: 1, precision: 1, recall: 0.5 });
    expect(s.relations.f1).toBeCloseTo(2 / 3);
    expect(s.falseNegatives.map((f) => f.type)).toEqual(['trades_with']);
  });

  it('does not count a directed relation stated the other way round', () => {
    const s = scoreSet(TEXT, gold, { ...none, candidates: [candidate('part_of', 'csto', 'uzbekistan', S2)] }, symmetric);
    expect(s.relations.correct).toBe(0);
  });

  it('needs evidence that overlaps the gold sentence', () => {
    const s = scoreSet(TEXT, gold, { ...none, candidates: [candidate('shares_border_with', 'kazakhstan', 'china', S2)] }, symmetric);
    expect(s.relations.correct).toBe(0);
    expect(s.falsePositives[0]!.note).toMatch(/evidence is elsewhere/);
  });

  it('matches a proposed entity to a gold one by label, folding case and accents', () => {
    const proposedEntities = [{ id: 'turkiye-2', label: 'TURKIYE', aliases: [] }];
    const s = scoreSet(TEXT, gold, { ...none, proposedEntities, candidates: [candidate('trades_with', 'uzbekistan', 'turkiye-2', S2)] }, symmetric);
    expect(s.relations.correct).toBe(1);
  });

  it('reports a positive candidate on a negated statement as a false positive with the note', () => {
    const s = scoreSet(TEXT, gold, { ...none, candidates: [candidate('part_of', 'uzbekistan', 'csto', S3, 0.95)] }, symmetric);
    expect(s.relations.precision).toBe(0);
    expect(s.highConfidence).toMatchObject({ predicted: 1, correct: 0, precision: 0 });
    expect(s.falsePositives[0]).toMatchObject({ type: 'part_of', quote: S3, note: 'negated in the text: "no longer a member"' });
  });

  it('scores per relation type', () => {
    const candidates = [candidate('trades_with', 'turkiye', 'uzbekistan', S2), candidate('trades_with', 'kazakhstan', 'china', S1)];
    const s = scoreSet(TEXT, gold, { ...none, candidates }, symmetric);
    expect(s.byType['trades_with']).toMatchObject({ predicted: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(s.byType['shares_border_with']).toMatchObject({ predicted: 0, precision: null, recall: 0 });
  });

  it('checks that every quote is found at its offsets', () => {
    const moved = { ...candidate('trades_with', 'turkiye', 'uzbekistan', S2), evidence: { quote: S2, start: 1, end: 1 + S2.length } };
    const s = scoreSet(TEXT, gold, { ...none, candidates: [candidate('shares_border_with', 'kazakhstan', 'china', S1), moved] }, symmetric);
    expect(s.evidence).toEqual({ total: 2, atOffsets: 1, fraction: 0.5 });
  });
});

describe('entity linking scoring', () => {
  it('counts overlapping spans of the same entity, ignores unscored names and lists the misses', () => {
    const mentions = [
      { ...at('Kazakhstan'), text: 'Kazakhstan', entity: 'kazakhstan' },
      { ...at('China'), text: 'China', entity: 'kazakhstan' },
      { ...at('Baku'), text: 'Baku', entity: 'azerbaijan' },
      { ...at('CSTO'), text: 'CSTO', entity: 'csto' },
      { ...at('Türkiye'), text: 'Türkiye' },
    ];
    const s = scoreSet(TEXT, gold, { ...none, mentions }, symmetric);
    expect(s.linking).toMatchObject({ predicted: 3, correct: 1, gold: 4, found: 1 });
    expect(s.linkingFalsePositives.map((m) => [m.text, m.note])).toEqual([
      ['China', 'gold says china'],
      ['CSTO', 'no gold mention here'],
    ]);
    expect(s.linkingFalseNegatives.map((m) => m.text)).toEqual(['China', 'Türkiye', 'Uzbekistan']);
    expect(s.linkingByKind['Country']).toMatchObject({ gold: 4, found: 1 });
  });
});

describe('calibration', () => {
  it('puts candidates in tenth-wide buckets from 0.5, with 1.0 in the top one', () => {
    const buckets = calibrate([
      { confidence: 0.55, correct: false },
      { confidence: 0.9, correct: true },
      { confidence: 1, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 0.3, correct: true },
    ]);
    expect(buckets.map((b) => [b.from, b.count, b.correct])).toEqual([
      [0, 1, 1],
      [0.5, 1, 0],
      [0.6, 0, 0],
      [0.7, 0, 0],
      [0.8, 0, 0],
      [0.9, 3, 2],
    ]);
    expect(buckets[5]!.fraction).toBeCloseTo(2 / 3);
    expect(buckets[2]!.fraction).toBeNull();
  });
});

describe('gold files', () => {
  const vocabulary = emptyGraph().vocabulary;

  it('every shipped gold set is valid and every offset points at its quote', () => {
    expect(goldSetNames()).toEqual(expect.arrayContaining(['energy-minerals', 'security-connectivity', 'summit-2024']));
    for (const name of goldSetNames()) expect(() => loadGoldSet(name, vocabulary)).not.toThrow();
  });

  it('names the file and the JSON path of each mistake', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gold-'));
    mkdirSync(path.join(dir, 'bad'));
    writeFileSync(path.join(dir, 'bad', 'text.txt'), TEXT);
    const broken = structuredClone(gold) as Record<string, unknown> & typeof gold;
    broken.mentions[1]!.start += 1;
    broken.relations[0]!.type = 'borders';
    writeFileSync(path.join(dir, 'bad', 'gold.json'), JSON.stringify({ ...broken, set: 'bad' }));
    let error: unknown;
    try {
      loadGoldSet('bad', vocabulary, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoldFileError);
    const problems = (error as GoldFileError).problems;
    expect(problems.some((p) => /bad[/\\]gold\.json \$\.mentions\[1\]: text at/.test(p))).toBe(true);
    expect(problems.some((p) => /\$\.relations\[0\]\.type: unknown relation type "borders"/.test(p))).toBe(true);

    writeFileSync(path.join(dir, 'bad', 'gold.json'), JSON.stringify({ ...gold, set: 'bad', entities: [{ id: 'Not An Id', label: 'x', kind: 'Country' }] }));
    expect(() => loadGoldSet('bad', vocabulary, dir)).toThrow(/gold\.json \$\.entities\[0\]\.id: must be lowercase/);
  });
});
