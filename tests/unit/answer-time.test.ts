import { describe, expect, it } from 'vitest';
import { endAnswerStretch, startAnswerStretch } from '../../server/api/answer-time.js';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('the request-thread time of an answer', () => {
  it('charges each answer of a batch with its own stretch, not with the whole batch', async () => {
    const charged: Record<string, number> = {};
    startAnswerStretch((ms) => (charged.first = ms));
    busy(30);
    startAnswerStretch((ms) => (charged.second = ms)); // the next answer closes the first stretch
    busy(5);
    await new Promise((r) => setImmediate(r)); // the check phase closes the last one
    expect(charged.first).toBeGreaterThanOrEqual(30);
    expect(charged.second).toBeGreaterThanOrEqual(5);
    expect(charged.second).toBeLessThan(30);
  });

  it('ends a stretch when the next request starts', () => {
    let charged = -1;
    startAnswerStretch((ms) => (charged = ms));
    busy(3);
    endAnswerStretch();
    expect(charged).toBeGreaterThanOrEqual(3);
    endAnswerStretch(); // nothing open: no second charge
    expect(charged).toBeLessThan(1_000);
  });
});
