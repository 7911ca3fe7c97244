import { betweennessOnCsr, sampleSources } from './derived/betweenness.js';
import { defaultIterations, layout } from './derived/layout.js';
import { louvainOnCsr } from './derived/louvain.js';
import { pagerankOnCsr } from './derived/pagerank.js';
import { StageClock, type StageTimes } from './derived/stage-clock.js';
import { undirectedCsr } from './derived/undirected-csr.js';

/** The bare topology derived data is computed from: copyable (or shareable) to a worker thread as typed arrays. */
export interface Topology {
  nodeIds: string[];
  edgeSrc: Int32Array;
  edgeDst: Int32Array;
}

export interface DerivedOptions {
  /** Up to this many entities betweenness is exact; above, it is estimated from a sample of sources. */
  betweennessMaxNodes: number;
  /**
   * Work allowed for the betweenness estimate, in link visits: the sample holds about this divided by
   * (entities + 2 × links) sources, at least 32: 5·10^7 is 45 sources and about a second at 500k relations.
   */
  betweennessBudget: number;
  /** ForceAtlas2 iterations over all entities; null picks by graph size. */
  layoutIterations: number | null;
}

export const DEFAULT_DERIVED_OPTIONS: DerivedOptions = { betweennessMaxNodes: 5000, betweennessBudget: 5e7, layoutIterations: null };

/** Per-entity values derived from the whole graph, in the order of `nodeIds`. */
export interface DerivedArrays {
  nodeIds: string[];
  x: Float64Array;
  y: Float64Array;
  pagerank: Float64Array;
  betweenness: Float64Array;
  /** Sources betweenness was computed from: every entity (exact) or a seeded sample (an estimate). */
  betweennessSources: number;
  community: Int32Array;
  millis: number;
  /** Milliseconds per stage (graph, pagerank, betweenness, communities, layout), for the benchmark. */
  stages: StageTimes;
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

/** How many sources the betweenness of a graph is computed from (n when exact). */
export function betweennessSourceCount(n: number, links: number, options: DerivedOptions): number {
  if (n <= options.betweennessMaxNodes) return n;
  return Math.min(n, Math.max(32, Math.floor(options.betweennessBudget / (n + 2 * links))));
}

/**
 * Centralities, communities and a ForceAtlas2 layout, on a simple undirected copy of the graph
 * (parallel relations become one weighted link; direction is dropped because symmetric relation
 * types are stored one way round, and Louvain needs an undirected graph). Everything runs over CSR
 * typed arrays built from the topology in one pass; every random choice is seeded, so the same data
 * gives the same values.
 */
export function computeDerived(topology: Topology, options: DerivedOptions = DEFAULT_DERIVED_OPTIONS): DerivedArrays {
  const clock = new StageClock();
  const { nodeIds, edgeSrc, edgeDst } = topology;
  const n = nodeIds.length;
  const csr = undirectedCsr(n, edgeSrc, edgeDst);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  nodeIds.forEach((id, i) => {
    const p = seedPosition(id);
    x[i] = p.x;
    y[i] = p.y;
  });
  clock.lap('graph');
  const pagerank = n > 0 ? pagerankOnCsr(csr) : new Float64Array(0);
  clock.lap('pagerank');
  const sources = betweennessSourceCount(n, csr.neighbors.length / 2, options);
  const betweenness = betweennessOnCsr(csr, sources === n ? null : sampleSources(n, sources, seededRandom(7)));
  clock.lap('betweenness');
  const communities = louvainOnCsr(csr, seededRandom(42));
  clock.lap('communities');
  layout(csr, communities, x, y, options.layoutIterations ?? defaultIterations(n));
  clock.lap('layout');
  return { nodeIds, x, y, pagerank, betweenness, betweennessSources: sources, community: communities.community, millis: clock.total(), stages: clock.times };
}
