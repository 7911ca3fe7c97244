import type { UndirectedCsr } from './undirected-csr.js';

/** One level of the Louvain hierarchy: a weighted graph whose nodes may carry self-loops. */
interface Level {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  /** Weight of each node's self-loop (the links inside a community of the level below). */
  loops: Float64Array;
}

/** Communities found by Louvain, and the graph of those communities (for a coarse layout). */
export interface LouvainResult {
  /** Community of each entity, numbered 0.. in order of first appearance by entity number. */
  community: Int32Array;
  count: number;
  /** Links between communities, weighted by the relations they stand for. */
  communityGraph: UndirectedCsr;
  /** Number of entities in each community. */
  sizes: Int32Array;
}

/**
 * Louvain community detection (Blondel et al. 2008, resolution 1, weighted) over the CSR arrays:
 * local moving in a seeded random order until no entity moves, then the communities become the nodes
 * of the next level, until a level changes nothing. Hand-written because graphology-communities-louvain
 * reads its input from a graphology graph, and building one at 500k relations took 3–14 s on this
 * machine, more than the algorithm itself; over typed arrays the whole run takes about a second.
 */
export function louvainOnCsr(csr: UndirectedCsr, random: () => number): LouvainResult {
  const n = csr.n;
  // Node of the current level each entity belongs to.
  const community = Int32Array.from({ length: n }, (_, i) => i);
  let level: Level = { n, offsets: csr.offsets, neighbors: csr.neighbors, weights: csr.weights, loops: new Float64Array(n) };
  for (;;) {
    const moved = moveNodes(level, random);
    if (!moved) break;
    const { labels, count } = renumber(moved);
    const next = moved.map((c) => labels[c]!);
    for (let i = 0; i < n; i++) community[i] = next[community[i]!]!;
    level = aggregate(level, next, count);
  }
  const { labels, count } = renumber(community);
  for (let i = 0; i < n; i++) community[i] = labels[community[i]!]!;
  const sizes = new Int32Array(count);
  for (let i = 0; i < n; i++) sizes[community[i]!]!++;
  const top = aggregate(level, labels.subarray(0, level.n), count);
  return { community, count, sizes, communityGraph: { n: count, offsets: top.offsets, neighbors: top.neighbors, weights: top.weights, strength: strengthOf(top) } };
}

/** Local moving on one level; null when no node changed community. */
function moveNodes(g: Level, random: () => number): Int32Array | null {
  const { n, offsets, neighbors, weights, loops } = g;
  const degree = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let k = 2 * loops[i]!;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) k += weights[p]!;
    degree[i] = k;
    total += k;
  }
  if (total === 0) return null;
  const comm = Int32Array.from({ length: n }, (_, i) => i);
  const tot = Float64Array.from(degree);
  const toComm = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let changed = false;
  for (let pass = 0, moves = 1; moves > 0 && pass < 100; pass++) {
    moves = 0;
    for (const i of order) {
      const own = comm[i]!;
      let seen = 0;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const c = comm[neighbors[p]!]!;
        if (toComm[c] === 0) touched[seen++] = c;
        toComm[c]! += weights[p]!;
      }
      const k = degree[i]!;
      tot[own]! -= k;
      let best = own;
      let bestGain = toComm[own]! - (tot[own]! * k) / total;
      for (let t = 0; t < seen; t++) {
        const c = touched[t]!;
        const gain = toComm[c]! - (tot[c]! * k) / total;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
        toComm[c] = 0;
      }
      toComm[own] = 0;
      tot[best]! += k;
      if (best !== own) {
        comm[i] = best;
        moves++;
        changed = true;
      }
    }
  }
  return changed ? comm : null;
}

/** Community numbers made dense, in order of first appearance. */
function renumber(comm: Int32Array): { labels: Int32Array; count: number } {
  // labels[c] = dense number of community c (communities are numbered by node, so below comm.length)
  const labels = new Int32Array(comm.length).fill(-1);
  let count = 0;
  for (const c of comm) if (labels[c] === -1) labels[c] = count++;
  return { labels, count };
}

/** The graph of communities: links summed per pair, links inside a community become its self-loop. */
function aggregate(g: Level, labels: Int32Array, count: number): Level {
  const { n, offsets, neighbors, weights, loops } = g;
  const newLoops = new Float64Array(count);
  const members = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) members[labels[i]! + 1]!++;
  for (let c = 0; c < count; c++) members[c + 1]! += members[c]!;
  const byComm = new Int32Array(n);
  const fill = members.slice(0, count);
  for (let i = 0; i < n; i++) byComm[fill[labels[i]!]!++] = i;
  const acc = new Float64Array(count);
  const touched = new Int32Array(count);
  const outOffsets = new Int32Array(count + 1);
  const outNeighbors: number[] = [];
  const outWeights: number[] = [];
  for (let c = 0; c < count; c++) {
    let seen = 0;
    for (let m = members[c]!; m < members[c + 1]!; m++) {
      const i = byComm[m]!;
      newLoops[c]! += loops[i]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const d = labels[neighbors[p]!]!;
        if (d === c) newLoops[c]! += weights[p]! / 2; // each inside link is seen from both ends
        else {
          if (acc[d] === 0) touched[seen++] = d;
          acc[d]! += weights[p]!;
        }
      }
    }
    touched.subarray(0, seen).sort();
    for (let t = 0; t < seen; t++) {
      const d = touched[t]!;
      outNeighbors.push(d);
      outWeights.push(acc[d]!);
      acc[d] = 0;
    }
    outOffsets[c + 1] = outNeighbors.length;
  }
  return { n: count, offsets: outOffsets, neighbors: Int32Array.from(outNeighbors), weights: Float64Array.from(outWeights), loops: newLoops };
}

function strengthOf(g: Level): Float64Array {
  const s = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) for (let p = g.offsets[i]!; p < g.offsets[i + 1]!; p++) s[i]! += g.weights[p]!;
  return s;
}
