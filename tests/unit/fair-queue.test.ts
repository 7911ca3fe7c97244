import { describe, expect, it } from 'vitest';
import { CpuBudget } from '../../server/api/limits/cpu-budget.js';
import { FairQueue } from '../../server/graph/pool/fair-queue.js';
import { ApiError } from '../../client/src/api/client.js';

describe('FairQueue', () => {
  it('serves clients round-robin, each below its running cap, whatever order they queued in', () => {
    const q = new FairQueue<string>(100, 1);
    for (let i = 1; i <= 4; i++) q.push('a', `a${i}`);
    q.push('b', 'b1');
    q.push('b', 'b2');
    q.push('c', 'c1');
    const order: string[] = [];
    for (let next = q.take(); next; next = q.take()) {
      order.push(next.item);
      q.finished(next.client);
    }
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
  });

  it('holds back a client at its running cap while others are served', () => {
    const q = new FairQueue<string>(100, 2);
    ['a1', 'a2', 'a3'].forEach((x) => q.push('a', x));
    q.push('b', 'b1');
    const first = [q.take()!.item, q.take()!.item, q.take()!.item];
    expect(first).toEqual(['a1', 'b1', 'a2']);
    expect(q.take()).toBeNull(); // a3 waits: a has two running
    q.finished('a');
    expect(q.take()!.item).toBe('a3');
  });

  it('refuses past its bound', () => {
    const q = new FairQueue<string>(2, 1);
    expect(q.push('a', 'a1')).toBe(true);
    expect(q.push('b', 'b1')).toBe(true);
    expect(q.push('c', 'c1')).toBe(false);
    expect(q.queued).toBe(2);
    expect(q.take()!.item).toBe('a1');
  });
});

describe('CpuBudget', () => {
  it('refuses a client that spent its budget until it has refilled, and leaves other clients alone', () => {
    const b = new CpuBudget(1000, 60);
    const t = 1_000_000;
    expect(b.state('a', t)).toMatchObject({ remainingMs: 1000, retryAfterSeconds: 0 });
    b.charge('a', 1500, t);
    const over = b.state('a', t);
    expect(over.remainingMs).toBe(0);
    // 500 ms overdrawn at 1000 ms per 60 s: back above zero after ~30 s.
    expect(over.retryAfterSeconds).toBe(31);
    expect(over.resetSeconds).toBe(90);
    expect(b.state('b', t).remainingMs).toBe(1000);
    expect(b.state('a', t + 31_000).retryAfterSeconds).toBe(0);
    expect(b.state('a', t + 90_000).remainingMs).toBe(1000);
  });

  it('is off at 0', () => {
    const b = new CpuBudget(0, 60);
    b.charge('a', 1e9);
    expect(b.state('a').retryAfterSeconds).toBe(0);
  });
});

describe('the explorer on a refusal', () => {
  it('says how long to wait when the server gave a Retry-After', () => {
    expect(new ApiError('graphql', ['busy'], 503, [], 7).describe()).toBe('The server is busy with other requests (HTTP 503). Try again in 7 s.');
    expect(new ApiError('http', [], 429, [], 12).describe()).toContain('Try again in 12 s.');
  });
});
