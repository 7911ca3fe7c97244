import type { UndirectedCsr } from './undirected-csr.js';

/**
 * Normalised betweenness centrality by Brandes' algorithm over hop counts (each link is one step,
 * however many relations it stands for), from every entity or from a sample of source entities. With
 * a sample of k sources out of n the sums are scaled by n/k: the unbiased estimate of Brandes & Pich
 * ("Centrality estimation in large networks", 2007), also what networkx's `betweenness_centrality(k=…)`
 * does. Normalised as graphology-metrics and networkx normalise an undirected graph: divided by
 * (n-1)(n-2). Written here because graphology-metrics has no sampled betweenness and needs a
 * graphology graph; over the CSR arrays a source costs one BFS and one sweep back, with no
 * predecessor lists (a predecessor of w is any neighbour one step closer to the source).
 */
export function betweennessOnCsr(csr: UndirectedCsr, sources: Int32Array | null = null): Float64Array {
  const { n, offsets, neighbors } = csr;
  const centrality = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n); // BFS order: read backwards it visits the farthest first
  const count = sources ? sources.length : n;
  for (let c = 0; c < count; c++) {
    const s = sources ? sources[c]! : c;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = neighbors[p]!;
        if (dist[w] === -1) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]! - 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let p = offsets[w]!; p < offsets[w + 1]!; p++) {
        const v = neighbors[p]!;
        if (dist[v] === dw) delta[v]! += sigma[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const scale = (n > 2 ? 1 / ((n - 1) * (n - 2)) : 1) * (n / Math.max(1, count));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}

/** k distinct entity numbers below n, drawn by a partial Fisher–Yates shuffle with the given generator. */
export function sampleSources(n: number, k: number, random: () => number): Int32Array {
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
