import { afterAll, describe, expect, it } from 'vitest';
import { CompiledFilter } from '../../server/graph/filter.js';
import type { TraversalTask } from '../../server/graph/pool/tasks.js';
import { TraversalPool } from '../../server/graph/pool/traversal-pool.js';
import { subgraphIds } from '../../server/graph/subgraph-ids.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

const kg = tinyGraph(['a', 'b', 'c', 'd'], [
  { id: 'ab', from: 'a', to: 'b' },
  { id: 'bc', from: 'b', to: 'c' },
]);
const pool = new TraversalPool({ workers: 1, maxRunningPerClient: 1, maxQueued: 10, killGraceMs: 1000 });
afterAll(() => pool.close());

const hood = (center: string, deadline = Date.now() + 60_000): TraversalTask => ({
  kind: 'neighborhood',
  center: kg.index.nodeIndex.get(center)!,
  depth: 3,
  direction: 'BOTH',
  limit: 100,
  filter: new CompiledFilter(kg.index, kg.relations).spec(),
  budget: { maxVisited: 1e6, deadline },
});
const ids = async (p: ReturnType<TraversalPool['run']>, index = kg.index) => {
  const { result, done } = await p;
  done(); // the answer is used: the client's running slot is free again
  if (result.kind !== 'subgraph') throw new Error('expected a subgraph');
  return subgraphIds(index, result.subgraph);
};

describe('TraversalPool', () => {
  it('answers from a worker, reading the index in shared memory', async () => {
    const r = await ids(pool.run('x', kg.index, hood('a'), Date.now() + 60_000));
    expect(r.entityIds).toEqual(['a', 'b', 'c']);
    expect(r.relationIds.sort()).toEqual(['ab', 'bc']);
  });

  it('answers a job whose deadline passed while it waited as truncated, and still runs the ones behind it', async () => {
    const past = Date.now() - 1;
    const first = ids(pool.run('x', kg.index, hood('a'), Date.now() + 60_000));
    const late = ids(pool.run('x', kg.index, hood('a', past), past));
    const behind = ids(pool.run('x', kg.index, hood('c'), Date.now() + 60_000));
    expect((await first).entityIds).toEqual(['a', 'b', 'c']);
    expect(await late).toMatchObject({ entityIds: ['a'], truncated: true, reason: 'DEADLINE' });
    expect((await behind).entityIds).toEqual(['c', 'b', 'a']);
  });

  it('keeps answering on the version each job names while newer versions appear', async () => {
    const old = kg.index;
    kg.putRelation({ ...kg.relation('ab')!, id: 'cd', from: 'c', to: 'd' });
    kg.refresh();
    expect(kg.index).not.toBe(old);
    const [before, after] = await Promise.all([ids(pool.run('x', old, hood('a'), Date.now() + 60_000), old), ids(pool.run('y', kg.index, hood('a'), Date.now() + 60_000))]);
    expect(before.entityIds).toEqual(['a', 'b', 'c']);
    expect(after.entityIds).toEqual(['a', 'b', 'c', 'd']);
  });

  it("reports each worker's own heap", async () => {
    const heaps = await pool.heaps();
    expect(heaps).toHaveLength(1);
    expect(heaps[0]!.used).toBeGreaterThan(0);
    expect(heaps[0]!.total).toBeGreaterThanOrEqual(heaps[0]!.used);
  });

  it("holds a client's running slot until its answer is done, then runs its next traversal", async () => {
    const held = new TraversalPool({ workers: 1, maxRunningPerClient: 1, maxQueued: 10, killGraceMs: 1000 });
    try {
      const first = await held.run('x', kg.index, hood('a'), Date.now() + 60_000);
      let second = false;
      const next = held.run('x', kg.index, hood('b'), Date.now() + 60_000).then((o) => ((second = true), o));
      const other = await held.run('y', kg.index, hood('c'), Date.now() + 60_000); // another client is not held up
      other.done();
      expect(second).toBe(false);
      first.done();
      (await next).done();
      expect(second).toBe(true);
    } finally {
      await held.close();
    }
  });

  it('refuses with OVERLOADED past its queue bound', async () => {
    const small = new TraversalPool({ workers: 1, maxRunningPerClient: 1, maxQueued: 1, killGraceMs: 1000 });
    try {
      const runs = [0, 1, 2].map(() => small.run('x', kg.index, hood('a'), Date.now() + 60_000).then((o) => (o.done(), o)));
      const settled = await Promise.allSettled(runs);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect((settled[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'OVERLOADED' });
      expect((settled[2] as PromiseRejectedResult).reason.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    } finally {
      await small.close();
    }
  });
});

describe('TraversalPool fairness', () => {
  it('serves clients round-robin: a second client waits for one task of the first, not for its backlog', async () => {
    const fair = new TraversalPool({ workers: 1, maxRunningPerClient: 1, maxQueued: 20, killGraceMs: 1000 });
    try {
      const order: string[] = [];
      const run = (client: string, n: number) =>
        fair.run(client, kg.index, hood('a'), Date.now() + 60_000).then((o) => {
          order.push(`${client}${n}`);
          o.done();
        });
      // Queued in one go (the first starts at once): the worker cannot answer before all are waiting.
      await Promise.all([run('a', 1), run('a', 2), run('a', 3), run('a', 4), run('b', 1), run('c', 1)]);
      // While a1's answer is still being used, a is at its cap: b1 goes next; then one turn each.
      expect(order).toEqual(['a1', 'b1', 'a2', 'c1', 'a3', 'a4']);
    } finally {
      await fair.close();
    }
  });
});
