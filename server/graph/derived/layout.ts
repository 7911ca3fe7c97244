import { forceAtlas2Layout } from './forceatlas2.js';
import type { LouvainResult } from './louvain.js';
import type { UndirectedCsr } from './undirected-csr.js';

/** Up to this many entities the layout is plain ForceAtlas2 from the seed positions. */
const DIRECT_MAX_NODES = 2000;
/** ForceAtlas2 iterations on the graph of communities (hundreds of nodes at 100k entities). */
const COMMUNITY_ITERATIONS = 200;

/**
 * ForceAtlas2 iterations over all entities: many on small graphs, where they are cheap; above
 * 2,000 entities the layout starts from the communities' coarse layout, so a few refining
 * iterations suffice, fewer as each one costs more (Barnes–Hut is O(n log n + m) per iteration).
 */
export function defaultIterations(n: number): number {
  return n <= 1000 ? 500 : n <= DIRECT_MAX_NODES ? 100 : n <= 20_000 ? 30 : n <= 200_000 ? 6 : 3;
}

/**
 * Lays the graph out in place from the seed positions in x, y. Small graphs: ForceAtlas2 directly.
 * Larger ones, multilevel: ForceAtlas2 on the graph of Louvain communities (hundreds of nodes, so
 * cheap), each entity placed around its community's position (its seed direction, a
 * radius growing with the community's size), then `iterations` ForceAtlas2 steps over every entity.
 * Iterating the whole graph from random seeds instead needs hundreds of O(n log n) steps before
 * communities separate: at 100k entities that is minutes.
 */
export function layout(csr: UndirectedCsr, communities: LouvainResult, x: Float64Array, y: Float64Array, iterations: number): void {
  const n = csr.n;
  if (csr.neighbors.length === 0) return; // nothing pulls: the seed positions stay
  if (n <= DIRECT_MAX_NODES) return forceAtlas2Layout(csr, x, y, iterations);
  const { community, count, sizes, communityGraph } = communities;
  const cx = new Float64Array(count);
  const cy = new Float64Array(count);
  const placed = new Uint8Array(count);
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (placed[c]) continue;
    placed[c] = 1; // a community starts at the seed of its first entity
    cx[c] = x[i]!;
    cy[c] = y[i]!;
  }
  const mass = Float64Array.from(sizes, (size, c) => size + communityGraph.strength[c]!);
  forceAtlas2Layout(communityGraph, cx, cy, COMMUNITY_ITERATIONS, mass);
  const spread = rmsRadius(cx, cy, sizes) / Math.sqrt(n);
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    const r = (spread * Math.sqrt(sizes[c]!)) / 100; // seeds lie 10–100 from the origin
    x[i] = cx[c]! + x[i]! * r;
    y[i] = cy[c]! + y[i]! * r;
  }
  forceAtlas2Layout(csr, x, y, iterations);
}

/** Root mean square distance of the communities from their size-weighted centre. */
function rmsRadius(x: Float64Array, y: Float64Array, weight: Int32Array): number {
  let w = 0;
  let mx = 0;
  let my = 0;
  for (let c = 0; c < x.length; c++) {
    w += weight[c]!;
    mx += weight[c]! * x[c]!;
    my += weight[c]! * y[c]!;
  }
  mx /= w;
  my /= w;
  let sum = 0;
  for (let c = 0; c < x.length; c++) sum += weight[c]! * ((x[c]! - mx) ** 2 + (y[c]! - my) ** 2);
  return Math.sqrt(sum / w) || 1;
}
