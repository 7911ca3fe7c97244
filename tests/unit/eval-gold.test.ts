import { describe, expect, it } from 'vitest';
import { goldSetNames } from '../../eval/gold-sets.js';
import type { SetScore } from '../../eval/metrics.js';
import { evaluateGold } from '../../eval/run-eval.js';

/**
 * The extraction targets of issue 7 §4, asserted on every gold set with the real pipeline and its
 * shipped patterns: one test per set and target, so a failure names both. `npm run eval:extract`
 * prints the false positives and negatives behind a failing figure.
 */
const results = new Map(evaluateGold().map((r) => [r.set, r.score]));

describe.each(goldSetNames())('gold set %s', (set) => {
  const s = (): SetScore => results.get(set)!;

  it('relations: precision >= 0.85', () => {
    expect(s().relations.precision ?? 0).toBeGreaterThanOrEqual(0.85);
  });
  it('relations: recall >= 0.6', () => {
    expect(s().relations.recall ?? 0).toBeGreaterThanOrEqual(0.6);
  });
  it('candidates with confidence >= 0.9: precision >= 0.9 (an empty tier has no wrong candidate)', () => {
    expect(s().highConfidence.precision ?? 1).toBeGreaterThanOrEqual(0.9);
  });
  it('entity linking: precision >= 0.95', () => {
    expect(s().linking.precision ?? 0).toBeGreaterThanOrEqual(0.95);
  });
  it('entity linking: recall >= 0.9', () => {
    expect(s().linking.recall ?? 0).toBeGreaterThanOrEqual(0.9);
  });
  it('evidence: every quote is found at its offsets', () => {
    expect(s().evidence.atOffsets).toBe(s().evidence.total);
  });
});
