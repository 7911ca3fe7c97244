import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import { CompiledFilter, type GraphFilterInput } from '../../server/graph/filter.js';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { shortestPaths } from '../../server/graph/paths.js';
import { UNLIMITED, type Direction } from '../../server/graph/types.js';
import { Store } from '../../server/store/files/store.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { tinyGraph, type TinyRelation } from '../helpers/tiny-graph.js';
import { seededRandom } from '../../server/graph/derived.js';

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

/**
 * The reference the search must match, written from the relation records alone: every simple path
 * of at most maxLength hops by a plain depth-first walk (neighbours in the order they first appear
 * among a node's out-relations, then its in-relations, in file order); middle entities pass the kind
 * filter; per length, the first max(8 × first, 32) paths in that order are ranked by their weakest
 * hop (stable, so ties keep depth-first order), shortest lengths first, `first` in all. `capped`: some
 * length had more paths than that.
 */
function bruteForce(kinds: Map<string, string>, relations: TinyRelation[], from: string, to: string, q: RandomQuery): { paths: string[]; capped: boolean } {
  const filter = q.filter ?? {};
  const statuses = filter.status ?? ['reviewed', 'extracted'];
  const passes = (r: TinyRelation) =>
    (!filter.types || filter.types.includes(r.type!)) && statuses.includes(r.status!) && r.confidence! >= (filter.minConfidence ?? 0);
  const strength = (r: TinyRelation) => (r.status === 'reviewed' ? 1 : 0) + r.confidence!;
  const rank = (r: TinyRelation) => relations.indexOf(r);
  const steps = (u: string): Map<string, TinyRelation[]> => {
    const out = q.direction !== 'IN' ? relations.filter((r) => r.from === u).map((r) => [r.to, r] as const) : [];
    const inn = q.direction !== 'OUT' ? relations.filter((r) => r.to === u).map((r) => [r.from, r] as const) : [];
    const groups = new Map<string, TinyRelation[]>();
    for (const [v, r] of [...out, ...inn]) if (passes(r)) groups.set(v, [...(groups.get(v) ?? []), r]);
    return groups;
  };
  const byLength: Array<Array<{ text: string; score: number }>> = [];
  const walk = (nodes: string[], hops: TinyRelation[][]) => {
    if (hops.length === q.maxLength) return;
    for (const [v, rels] of steps(nodes.at(-1)!)) {
      if (nodes.includes(v)) continue;
      const hop = [...rels].sort((a, b) => strength(b) - strength(a) || rank(a) - rank(b));
      if (v === to) {
        const all = [...hops, hop];
        (byLength[all.length] ??= []).push({ text: pathText([...nodes, v], all.map((h) => h.map((r) => r.id!))), score: Math.min(...all.map((h) => strength(h[0]!))) });
      } else if (!filter.kinds || filter.kinds.includes(kinds.get(v)!)) walk([...nodes, v], [...hops, hop]);
    }
  };
  walk([from], []);
  const cap = Math.max(q.first * 8, 32);
  const ranked = byLength.flatMap((paths) => (paths ?? []).slice(0, cap).sort((a, b) => b.score - a.score));
  return { paths: ranked.slice(0, q.first).map((p) => p.text), capped: byLength.some((paths) => paths && paths.length > cap) };
}

const pathText = (nodes: string[], hops: string[][]) => `${nodes.join('-')} [${hops.map((h) => h.join(',')).join(' ')}]`;

interface RandomQuery {
  maxLength: number;
  first: number;
  direction: Direction;
  filter?: { types?: string[]; kinds?: string[]; status?: string[]; minConfidence?: number };
}

/**
 * A random graph: entities e0…e(n-1) of two kinds, relations between random pairs in random
 * directions, with parallel and opposite relations, three types, every status and a few confidences
 * (so equal scores happen). With `hub`, e0 is related to most entities, the hub-heavy case.
 */
function randomGraph(seed: number, n: number, m: number, hub: boolean) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const ids = Array.from({ length: n }, (_, i) => `e${i}`);
  const kinds = new Map(ids.map((id) => [id, random() < 0.75 ? 'Country' : 'Region']));
  const relations: TinyRelation[] = [];
  const relate = (from: string, to: string) =>
    relations.push({ id: `r${relations.length}`, from, to, type: pick(['trades_with', 'supports', 'part_of']), status: pick(['reviewed', 'reviewed', 'extracted', 'rejected'] as const), confidence: pick([0.5, 0.7, 0.9]) });
  if (hub) for (const id of ids.slice(1)) if (random() < 0.85) (random() < 0.5 ? relate('e0', id) : relate(id, 'e0'));
  while (relations.length < m) {
    const a = pick(ids);
    const b = pick(ids);
    if (a === b) continue;
    relate(a, b);
    // A parallel or an opposite relation between the same two entities.
    if (random() < 0.15) (random() < 0.5 ? relate(a, b) : relate(b, a));
  }
  const kg = tinyGraph(ids.map((id) => `${id}:${kinds.get(id)}`), relations);
  return { kg, kinds, relations, ids, random };
}

describe('shortestPaths against a brute-force enumeration of random graphs', () => {
  const queries: RandomQuery[] = [];
  for (const direction of ['BOTH', 'OUT', 'IN'] as const) {
    for (const [first, maxLength] of [[1, 3], [3, 4], [5, 2], [50, 5], [2, 1]] as const) queries.push({ first, maxLength, direction });
    queries.push({ first: 4, maxLength: 4, direction, filter: { types: ['trades_with', 'supports'] } });
    queries.push({ first: 4, maxLength: 4, direction, filter: { kinds: ['Country'] } });
    queries.push({ first: 4, maxLength: 4, direction, filter: { status: ['reviewed'], minConfidence: 0.7 } });
    queries.push({ first: 4, maxLength: 4, direction, filter: { status: ['reviewed', 'extracted', 'rejected'] } });
  }

  const compare = (seed: number, n: number, m: number, hub: boolean, pairs: number) => {
    const { kg, kinds, relations, ids, random } = randomGraph(seed, n, m, hub);
    const ix = kg.index;
    let compared = 0;
    let capped = 0;
    for (let p = 0; p < pairs; p++) {
      const from = hub && p % 2 === 0 ? 'e0' : ids[1 + Math.floor(random() * (n - 1))]!;
      const to = hub && p % 4 === 1 ? 'e0' : ids[1 + Math.floor(random() * (n - 1))]!;
      if (from === to) continue;
      for (const q of queries) {
        const filter = new CompiledFilter(ix, kg.relations, q.filter);
        const r = shortestPaths(ix, ix.nodeIndex.get(from)!, ix.nodeIndex.get(to)!, { ...q, filter, budget: UNLIMITED });
        const ours = r.paths.map((path) => pathText(path.nodes.map((x) => ix.nodeIds[x]!), path.hops.map((h) => h.map((e) => ix.edgeIds[e]!))));
        const expected = bruteForce(kinds, relations, from, to, q);
        expect(ours, `seed ${seed}: ${from} -> ${to}, ${JSON.stringify(q)}`).toEqual(expected.paths);
        compared++;
        if (expected.capped) capped++;
      }
    }
    return { compared, capped };
  };

  it('lists the same paths in the same order on sparse random graphs', () => {
    let compared = 0;
    for (let seed = 1; seed <= 12; seed++) compared += compare(seed, 10, 18, false, 8).compared;
    expect(compared).toBeGreaterThan(1500);
  });

  it('lists the same paths in the same order on hub-heavy random graphs: from the hub, to it and through it', () => {
    let compared = 0;
    for (let seed = 100; seed < 104; seed++) compared += compare(seed, 90, 150, true, 6).compared;
    expect(compared).toBeGreaterThan(300);
  });

  it('ranks among the same first paths as a plain depth-first walk when there are more of one length than it ranks', () => {
    let capped = 0;
    for (let seed = 200; seed < 203; seed++) capped += compare(seed, 24, 110, true, 4).capped;
    expect(capped).toBeGreaterThan(10);
  });
});

describe('shortestPaths under a budget', () => {
  it('stops when the visit budget runs out, says why, and returns only real paths found so far', () => {
    const { kg } = randomGraph(7, 90, 200, true);
    const ix = kg.index;
    const opts = { maxLength: 5, first: 50, direction: 'BOTH' as const, filter: new CompiledFilter(ix, kg.relations) };
    const [from, to] = [ix.nodeIndex.get('e1')!, ix.nodeIndex.get('e2')!];
    const full = shortestPaths(ix, from, to, { ...opts, budget: UNLIMITED });
    expect(full).toMatchObject({ truncated: false, reason: null });
    expect(full.paths.length).toBeGreaterThan(5);
    const related = (a: number, b: number, e: number) => (ix.edgeSrc[e] === a && ix.edgeDst[e] === b) || (ix.edgeSrc[e] === b && ix.edgeDst[e] === a);
    let partial = 0;
    for (const maxVisited of [1, 5, 20, 60, 200]) {
      const cut = shortestPaths(ix, from, to, { ...opts, budget: { maxVisited, deadline: Number.POSITIVE_INFINITY } });
      expect(cut).toMatchObject({ truncated: true, reason: 'VISIT_BUDGET' });
      for (const p of cut.paths) {
        expect(p.nodes[0]).toBe(from);
        expect(p.nodes.at(-1)).toBe(to);
        expect(new Set(p.nodes).size).toBe(p.nodes.length);
        p.hops.forEach((hop, k) => hop.forEach((e) => expect(related(p.nodes[k]!, p.nodes[k + 1]!, e)).toBe(true)));
      }
      if (cut.paths.length > 0) partial++;
    }
    expect(partial).toBeGreaterThan(0);
  });
});
