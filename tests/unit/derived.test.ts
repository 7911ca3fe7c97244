import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { computeDerived, DEFAULT_DERIVED_OPTIONS, seededRandom, seedPosition, type Topology } from '../../server/graph/derived.js';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { Store } from '../../server/store/files/store.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

const topology = (kg: KnowledgeGraph): Topology => ({ nodeIds: kg.index.nodeIds, edgeSrc: kg.index.edgeSrc, edgeDst: kg.index.edgeDst });
const options = DEFAULT_DERIVED_OPTIONS;

/**
 * `clusters` groups of `size` entities, densely linked inside (with some parallel relations and both
 * directions) and sparsely between: a graph whose communities are known.
 */
function plantedGraph(clusters: number, size: number, seed = 3): Topology & { cluster: (i: number) => number } {
  const rnd = seededRandom(seed);
  const n = clusters * size;
  const src: number[] = [];
  const dst: number[] = [];
  for (let i = 0; i < n; i++) {
    const base = i - (i % size);
    for (let k = 0; k < 4; k++) {
      src.push(i);
      dst.push(base + Math.floor(rnd() * size));
    }
    if (rnd() < 0.1) {
      src.push(Math.floor(rnd() * n));
      dst.push(i);
    }
  }
  return { nodeIds: Array.from({ length: n }, (_, i) => `e${i}`), edgeSrc: Int32Array.from(src), edgeDst: Int32Array.from(dst), cluster: (i) => Math.floor(i / size) };
}

/** The same simple weighted undirected graph in graphology, for the libraries' reference answers. */
function graphologyCopy(t: Topology): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of t.nodeIds) g.addNode(id);
  t.edgeSrc.forEach((s, e) => {
    const [a, b] = [t.nodeIds[s]!, t.nodeIds[t.edgeDst[e]!]!];
    if (a !== b) g.updateEdge(a, b, (attr: { weight?: number }) => ({ weight: (attr.weight ?? 0) + 1 }));
  });
  return g;
}

describe('metrics and layout', () => {
  // Two triangles joined through a bridge node m: a-b-c-a, m, x-y-z-x with c-m and m-x.
  const kg = tinyGraph(
    ['a', 'b', 'c', 'm', 'x', 'y', 'z'],
    [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'c', to: 'm' },
      { from: 'm', to: 'x' },
      { from: 'x', to: 'y' },
      { from: 'y', to: 'z' },
      { from: 'z', to: 'x' },
    ],
  );
  const d = computeDerived(topology(kg), options);
  const at = (id: string) => kg.index.nodeIndex.get(id)!;

  it('PageRank sums to 1 and ranks the bridge ends above the triangle corners', () => {
    expect([...d.pagerank].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(d.pagerank[at('c')]!).toBeGreaterThan(d.pagerank[at('a')]!);
  });

  it('betweenness is highest on the bridge and zero on a triangle corner', () => {
    const b = d.betweenness;
    expect(b[at('m')]!).toBe(Math.max(...b));
    expect(b[at('a')]!).toBe(0);
    expect(d.betweennessSources).toBe(7);
  });

  it('Louvain puts each triangle in its own community', () => {
    const c = d.community;
    expect(c[at('a')]).toBe(c[at('b')]);
    expect(c[at('x')]).toBe(c[at('y')]);
    expect(c[at('a')]).not.toBe(c[at('y')]);
  });

  it('gives entities without relations PageRank 1/n, a community each and their seed positions', () => {
    const lonely = computeDerived({ nodeIds: ['p', 'q', 'r'], edgeSrc: new Int32Array(0), edgeDst: new Int32Array(0) }, options);
    expect([...lonely.pagerank]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(new Set(lonely.community).size).toBe(3);
    expect({ x: lonely.x[1], y: lonely.y[1] }).toEqual(seedPosition('q'));
  });
});

describe('agreement with graphology-metrics on a graph with parallel relations', () => {
  const t = plantedGraph(6, 50);
  const g = graphologyCopy(t);
  const d = computeDerived(t, { ...options, betweennessMaxNodes: 1000 });

  it('PageRank matches graphology-metrics (weighted by parallel relations)', () => {
    const ref = pagerank(g, { getEdgeWeight: 'weight' });
    t.nodeIds.forEach((id, i) => expect(d.pagerank[i]).toBeCloseTo(ref[id]!, 7));
  });

  it('exact betweenness matches graphology-metrics over hop counts', () => {
    const ref = betweenness(g, { getEdgeWeight: null, normalized: true });
    t.nodeIds.forEach((id, i) => expect(d.betweenness[i]).toBeCloseTo(ref[id]!, 10));
  });

  it('Louvain finds the planted groups, with modularity at least that of graphology-communities-louvain', () => {
    const ref = louvain.detailed(g, { getEdgeWeight: 'weight', rng: seededRandom(42) });
    const ours = modularity(g, { getNodeCommunity: (node: string) => d.community[Number(node.slice(1))]!, getEdgeWeight: 'weight' });
    expect(ours).toBeGreaterThan(ref.modularity - 0.01);
    const inPlantedGroup = t.nodeIds.filter((_, i) => d.community[i] === d.community[t.cluster(i) * 50]).length;
    expect(inPlantedGroup / t.nodeIds.length).toBeGreaterThan(0.95);
  });
});

describe('betweenness above the exact limit', () => {
  const t = plantedGraph(10, 100, 5);
  const exact = computeDerived(t, { ...options, betweennessMaxNodes: 5000, layoutIterations: 1 }).betweenness;
  const estimate = () => computeDerived(t, { ...options, betweennessMaxNodes: 500, betweennessBudget: 0, layoutIterations: 1 });

  it('is estimated from a seeded sample of sources: the same every time, and close to the exact values', () => {
    const [e1, e2] = [estimate(), estimate()];
    expect(e1.betweennessSources).toBe(32);
    expect([...e1.betweenness]).toEqual([...e2.betweenness]);
    const top = (b: Float64Array, k: number) => [...b.keys()].sort((i, j) => b[j]! - b[i]!).slice(0, k);
    const exactTop = top(exact, 10);
    expect(top(e1.betweenness, 20).filter((i) => exactTop.includes(i)).length).toBeGreaterThanOrEqual(8);
    const sum = (b: Float64Array) => b.reduce((s, v) => s + v, 0);
    expect(sum(e1.betweenness) / sum(exact)).toBeGreaterThan(0.8);
    expect(sum(e1.betweenness) / sum(exact)).toBeLessThan(1.25);
  });
});

describe('layout', () => {
  const dist = (d: { x: Float64Array; y: Float64Array }, i: number, j: number) => Math.hypot(d.x[i]! - d.x[j]!, d.y[i]! - d.y[j]!);

  it('lays out the same data the same way every time, with finite, spread-out positions', async () => {
    const open = () => Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
    const [s1, s2] = [await open(), await open()];
    try {
      const p1 = s1.kg.graph.nodes().map((id) => s1.kg.derived.position(id));
      const p2 = s2.kg.graph.nodes().map((id) => s2.kg.derived.position(id));
      expect(p1).toEqual(p2);
      expect(p1.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(new Set(p1.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(p1.length);
      // ForceAtlas2 ran: connected entities sit closer than the seed positions put them on average.
      const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
      const eu = s1.kg.derived.position('european-union');
      expect(distance(eu, s1.kg.derived.position('central-asia'))).toBeLessThan(distance(eu, s1.kg.derived.position('caspian-sea')));
    } finally {
      await s1.close();
      await s2.close();
    }
  });

  it('on a large graph (multilevel), keeps linked entities and communities together, the same way every time', () => {
    const t = plantedGraph(21, 100, 9);
    const fewer = { ...options, betweennessMaxNodes: 0, layoutIterations: 10 };
    const [d, again] = [computeDerived(t, fewer), computeDerived(t, fewer)];
    expect([...d.x]).toEqual([...again.x]);
    expect([...d.x, ...d.y].every(Number.isFinite)).toBe(true);
    const rnd = seededRandom(1);
    const n = t.nodeIds.length;
    let linked = 0;
    let random = 0;
    let sameGroup = 0;
    for (let k = 0; k < 2000; k++) {
      const e = Math.floor(rnd() * t.edgeSrc.length);
      linked += dist(d, t.edgeSrc[e]!, t.edgeDst[e]!);
      random += dist(d, Math.floor(rnd() * n), Math.floor(rnd() * n));
      const i = Math.floor(rnd() * n);
      sameGroup += dist(d, i, t.cluster(i) * 100 + Math.floor(rnd() * 100));
    }
    expect(linked / random).toBeLessThan(0.6);
    expect(sameGroup / random).toBeLessThan(0.6);
  });
});

describe('the worker thread', () => {
  it('computes what the main thread computes, and times each stage including the transfers', async () => {
    const store = await Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {}, derived: { syncMaxNodes: 0 } });
    try {
      await store.derived.settled();
      const here = computeDerived(topology(store.kg), options);
      store.kg.index.nodeIds.forEach((id, i) => {
        expect(store.kg.derived.position(id)).toEqual({ x: here.x[i], y: here.y[i] });
        expect(store.kg.derived.metrics(id)).toEqual({ pagerank: here.pagerank[i], betweenness: here.betweenness[i], community: here.community[i] });
      });
      expect(Object.keys(store.derived.lastStages)).toEqual(['worker start', 'to worker', 'graph', 'pagerank', 'betweenness', 'communities', 'layout', 'from worker']);
    } finally {
      await store.close();
    }
  });
});
