import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../server/ingest/candidates.js';
import { corroboratedConfidence, dedupeProposals, MAX_EXTRACTED_CONFIDENCE, splitByExisting } from '../../server/ingest/dedupe.js';
import { ingestText } from '../../server/ingest/pipeline.js';
import type { Sentence } from '../../server/ingest/types.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

const symmetric = (type: string) => type === 'trades_with' || type === 'shares_border_with';
const sentences: Sentence[] = [
  { index: 0, start: 0, end: 10, text: 'First one.' },
  { index: 1, start: 11, end: 21, text: 'Second one' },
];
const sentenceAt = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end + 1)!;

function proposal(type: string, from: string, to: string, confidence: number, sentence = 0): Proposal {
  const s = sentences[sentence]!;
  return {
    type, from, to, confidence,
    evidence: { source: 'new', quote: s.text, start: s.start, end: s.end, prefix: '', suffix: '' },
    extractor: { name: 'corridor-patterns', version: 'v', rule: `${type}/r${sentence}` },
  };
}

describe('dedupe within a source', () => {
  it('keeps the most confident statement of a (from, type, to) and reports the others as duplicates', () => {
    const { kept, skipped } = dedupeProposals([proposal('invests_in', 'a', 'b', 0.7), proposal('invests_in', 'a', 'b', 0.9, 1)], symmetric, sentenceAt);
    expect(kept).toMatchObject([{ confidence: 0.9, evidence: { start: 11 } }]);
    expect(skipped).toMatchObject([{ reason: 'duplicate', sentence: { index: 0 } }]);
    expect(skipped[0]!.detail).toContain('11–21');
  });

  it('treats a symmetric type either way round as one statement, and an asymmetric one as two', () => {
    expect(dedupeProposals([proposal('trades_with', 'a', 'b', 0.8), proposal('trades_with', 'b', 'a', 0.8, 1)], symmetric, sentenceAt).kept).toHaveLength(1);
    expect(dedupeProposals([proposal('invests_in', 'a', 'b', 0.8), proposal('invests_in', 'b', 'a', 0.8, 1)], symmetric, sentenceAt).kept).toHaveLength(2);
  });
});

describe('corroboration of relations the graph holds', () => {
  const kg = tinyGraph(['kazakhstan', 'china', 'russia'], [
    { id: 'kz-china-trade', type: 'trades_with', from: 'china', to: 'kazakhstan', status: 'extracted', confidence: 0.8 },
    { id: 'kz-russia-trade', type: 'trades_with', from: 'kazakhstan', to: 'russia', status: 'reviewed', confidence: 0.95 },
  ]);

  it('a statement the graph holds (a symmetric one either way round) becomes evidence for it, not a new relation', () => {
    const { fresh, corroborations } = splitByExisting(kg, [proposal('trades_with', 'kazakhstan', 'china', 0.9), proposal('invests_in', 'china', 'kazakhstan', 0.9)], symmetric);
    expect(fresh.map((p) => p.type)).toEqual(['invests_in']);
    expect(corroborations).toMatchObject([{ relation: 'kz-china-trade', from: 'china', to: 'kazakhstan', confidence: 0.98 }]);
  });

  it('an extracted relation gains confidence by noisy-OR, capped below 1; a reviewed one keeps its own', () => {
    expect(corroboratedConfidence(0.8, 0.9)).toBe(0.98);
    expect(corroboratedConfidence(0.98, 0.9)).toBe(MAX_EXTRACTED_CONFIDENCE);
    const { corroborations } = splitByExisting(kg, [proposal('trades_with', 'russia', 'kazakhstan', 0.9)], symmetric);
    expect(corroborations).toHaveLength(1);
    expect(corroborations[0]!.confidence).toBeUndefined();
  });

  it('the pipeline adds the new evidence to the existing relation in an updateRelation change', () => {
    const text = 'KAZAKHSTAN is a major trading partner of CHINA, officials in both capitals agree.';
    const { report, changes } = ingestText(kg, text, { title: 'Trade note' });
    expect(report.candidates).toEqual([]);
    expect(report.corroborations).toMatchObject([{ relation: 'kz-china-trade', confidence: expect.any(Number) }]);
    const update = changes.find((c) => c.op === 'updateRelation') as { id: string; patch: { evidence: Array<{ source: string; quote: string }>; confidence: number } };
    expect(update.id).toBe('kz-china-trade');
    expect(update.patch.evidence.map((e) => e.source)).toEqual(['tiny', 'trade-note']);
    expect(update.patch.evidence[1]!.quote).toBe(text);
    expect(update.patch.confidence).toBeGreaterThan(0.8);
  });
});
