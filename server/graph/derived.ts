import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import betweenness from 'graphology-metrics/centrality/betweenness.js';

/** The bare topology derived data is computed from: copyable to a worker thread as typed arrays. */
export interface Topology {
  nodeIds: string[];
  edgeSrc: Int32Array;
  edgeDst: Int32Array;
}

export interface DerivedOptions {
  /** Betweenness is O(V·E); above this many entities it is not computed and reads as null. */
  betweennessMaxNodes: number;
  /** ForceAtlas2 iterations; null picks by graph size. */
  layoutIterations: number | null;
}

export const DEFAULT_DERIVED_OPTIONS: DerivedOptions = { betweennessMaxNodes: 5000, layoutIterations: null };

/** Per-entity values derived from the whole graph, in the order of `nodeIds`. */
export interface DerivedArrays {
  nodeIds: string[];
  x: Float64Array;
  y: Float64Array;
  pagerank: Float64Array;
  betweenness: Float64Array | null;
  community: Int32Array;
  millis: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so layouts and communities repeat for the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Start position of an entity: a function of its id only, so adding one entity does not move the others' start. */
export function seedPosition(id: string): { x: number; y: number } {
  const rnd = seededRandom(hash(id));
  const angle = rnd() * 2 * Math.PI;
  const radius = 10 + rnd() * 90;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function defaultIterations(nodes: number): number {
  return nodes <= 1000 ? 500 : nodes <= 10_000 ? 100 : 30;
}

/**
 * Centralities, communities and a ForceAtlas2 layout, on a simple undirected copy of the graph
 * (parallel relations become one weighted edge; direction is dropped because symmetric relation
 * types are stored one way round, and Louvain needs an undirected graph to finish on large ones).
 */
export function computeDerived(topology: Topology, options: DerivedOptions = DEFAULT_DERIVED_OPTIONS): DerivedArrays {
  const started = Date.now();
  const { nodeIds, edgeSrc, edgeDst } = topology;
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  nodeIds.forEach((id) => {
    const p = seedPosition(id);
    g.addNode(id, { x: p.x, y: p.y });
  });
  for (let e = 0; e < edgeSrc.length; e++) {
    const a = nodeIds[edgeSrc[e]!]!;
    const b = nodeIds[edgeDst[e]!]!;
    if (a === b) continue;
    g.updateEdge(a, b, (attr: { weight?: number }) => ({ weight: (attr.weight ?? 0) + 1 }));
  }

  const n = nodeIds.length;
  const pr = new Float64Array(n);
  const bc = n <= options.betweennessMaxNodes ? new Float64Array(n) : null;
  const community = new Int32Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n > 0) {
    const ranks = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : null;
    const between = bc && g.size > 0 ? betweenness(g, { normalized: true }) : null;
    const communities = g.size > 0 ? louvain(g, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : null;
    if (g.size > 0) {
      const iterations = options.layoutIterations ?? defaultIterations(n);
      forceAtlas2.assign(g, { iterations, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 2000 } });
    }
    nodeIds.forEach((id, i) => {
      pr[i] = ranks ? ranks[id]! : 1 / n;
      if (bc) bc[i] = between ? between[id]! : 0;
      community[i] = communities ? communities[id]! : i;
      x[i] = g.getNodeAttribute(id, 'x') as number;
      y[i] = g.getNodeAttribute(id, 'y') as number;
    });
  }
  return { nodeIds, x, y, pagerank: pr, betweenness: bc, community, millis: Date.now() - started };
}
