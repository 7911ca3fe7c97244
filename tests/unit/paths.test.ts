import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import { CompiledFilter, type GraphFilterInput } from '../../server/graph/filter.js';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { shortestPaths } from '../../server/graph/paths.js';
import { UNLIMITED, type Direction } from '../../server/graph/types.js';
import { Store } from '../../server/store/store.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

// Two routes s -> t: s-a-t (length 2, one hop extracted) and s-b-c-t (length 3); a parallel relation s-a.
const kg = tinyGraph(
  ['s', 't', 'a', 'b', 'c', 'x'],
  [
    { id: 'sa', from: 's', to: 'a' },
    { id: 'sa2', from: 's', to: 'a', type: 'supports', confidence: 0.5 },
    { id: 'at', from: 'a', to: 't', status: 'extracted' },
    { id: 'sb', from: 's', to: 'b' },
    { id: 'bc', from: 'b', to: 'c' },
    { id: 'ct', from: 't', to: 'c' },
    { id: 'sx', from: 's', to: 'x', type: 'part_of' },
    { id: 'xt', from: 'x', to: 't', type: 'part_of' },
  ],
);

function paths(g: KnowledgeGraph, from: string, to: string, opts: { maxLength?: number; first?: number; direction?: Direction; filter?: GraphFilterInput } = {}) {
  const ix = g.index;
  const r = shortestPaths(ix, ix.nodeIndex.get(from)!, ix.nodeIndex.get(to)!, {
    maxLength: opts.maxLength ?? 4,
    first: opts.first ?? 5,
    direction: opts.direction ?? 'BOTH',
    filter: new CompiledFilter(ix, g.relations, opts.filter),
    budget: UNLIMITED,
  });
  return r.paths.map((p) => ({ nodes: p.nodes.map((n) => ix.nodeIds[n]!).join('-'), length: p.hops.length, hops: p.hops.map((h) => h.map((e) => ix.edgeIds[e]!)) }));
}

describe('shortestPaths', () => {
  it('lists the shortest first, ranking equal lengths by their weakest hop', () => {
    const found = paths(kg, 's', 't');
    expect(found.map((p) => p.nodes)).toEqual(['s-x-t', 's-a-t', 's-b-c-t']);
  });

  it('gives every relation of a hop, strongest first', () => {
    const viaA = paths(kg, 's', 't').find((p) => p.nodes === 's-a-t')!;
    expect(viaA.hops).toEqual([['sa', 'sa2'], ['at']]);
  });

  it('respects first and maxLength', () => {
    expect(paths(kg, 's', 't', { first: 1 }).map((p) => p.nodes)).toEqual(['s-x-t']);
    expect(paths(kg, 's', 't', { maxLength: 2 }).map((p) => p.nodes)).toEqual(['s-x-t', 's-a-t']);
    expect(paths(kg, 's', 't', { maxLength: 1 })).toEqual([]);
  });

  it('follows relation direction when asked: t -> c breaks the s-b-c-t route going forward', () => {
    expect(paths(kg, 's', 't', { direction: 'OUT' }).map((p) => p.nodes)).toEqual(['s-x-t', 's-a-t']);
    expect(paths(kg, 't', 's', { direction: 'OUT' })).toEqual([]);
    expect(paths(kg, 't', 's', { direction: 'IN' }).map((p) => p.nodes)).toEqual(['t-x-s', 't-a-s']);
  });

  it('uses only the relation types and statuses asked for', () => {
    expect(paths(kg, 's', 't', { filter: { types: ['trades_with'] } }).map((p) => p.nodes)).toEqual(['s-a-t', 's-b-c-t']);
    expect(paths(kg, 's', 't', { filter: { status: ['reviewed'], types: ['trades_with'] } }).map((p) => p.nodes)).toEqual(['s-b-c-t']);
  });

  it('finds nothing between an entity and itself or unconnected ones', () => {
    expect(paths(kg, 's', 's')).toEqual([]);
  });

  it('agrees with graphology-shortest-path on the length of the shortest path in the article graph', async () => {
    const store = await Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
    try {
      const g = store.kg;
      const ids = g.graph.nodes();
      const directed = g.graph.copy();
      for (const a of ids.slice(0, 12)) {
        for (const b of ids.slice(12, 24)) {
          const ours = paths(g, a, b, { maxLength: 6, first: 1, direction: 'OUT' })[0];
          const theirs = bidirectional(directed, a, b);
          expect(ours ? ours.length + 1 : null, `${a} -> ${b}`).toBe(theirs ? theirs.length : null);
        }
      }
    } finally {
      await store.close();
    }
  });
});

describe('shortestPaths beyond the shortest length + 1', () => {
  const g = tinyGraph(
    ['s', 't', 'a', 'b'],
    [
      { id: 'st', from: 's', to: 't' },
      { id: 'sa', from: 's', to: 'a' },
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'bt', from: 'b', to: 't' },
    ],
  );
  it('finds a path two hops longer than the shortest when fewer than `first` shorter ones exist', () => {
    expect(paths(g, 's', 't').map((p) => p.nodes)).toEqual(['s-t', 's-a-b-t']);
  });

  it('finds every path up to maxLength in the article graph: Georgia to Türkiye', async () => {
    const store = await Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
    try {
      const found = paths(store.kg, 'georgia', 'turkiye', { maxLength: 3, first: 10 }).map((p) => p.nodes);
      expect(found).toEqual(expect.arrayContaining(['georgia-russia-titr-turkiye', 'georgia-azerbaijan-titr-turkiye']));
      expect(found).toHaveLength(4);
    } finally {
      await store.close();
    }
  });
});

describe('shortestPaths against brute force', () => {
  it('lists exactly the simple paths up to maxLength, shortest first, for many pairs of the article graph', async () => {
    const store = await Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
    try {
      const g = store.kg.graph;
      const neighbours = (n: string) => new Set(g.neighbors(n));
      const brute = (a: string, b: string, max: number): string[] => {
        const out: string[] = [];
        const walk = (path: string[]) => {
          const last = path.at(-1)!;
          if (last === b) return void out.push(path.join('-'));
          if (path.length > max) return;
          for (const n of neighbours(last)) if (!path.includes(n)) walk([...path, n]);
        };
        walk([a]);
        return out;
      };
      const ids = g.nodes();
      let pairs = 0;
      for (const a of ids.slice(0, 10)) {
        for (const b of ids.slice(20, 31)) {
          const expected = brute(a, b, 3);
          const result = paths(store.kg, a, b, { maxLength: 3, first: 1000 });
          expect(new Set(result.map((p) => p.nodes)), `${a} -> ${b}`).toEqual(new Set(expected));
          expect(result).toHaveLength(expected.length);
          const lengths = result.map((p) => p.length);
          expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
          pairs++;
        }
      }
      expect(pairs).toBe(110);
    } finally {
      await store.close();
    }
  });
});
