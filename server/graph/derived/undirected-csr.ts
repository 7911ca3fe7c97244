/**
 * The simple undirected weighted graph every derived value is computed on, as CSR arrays: parallel
 * relations between two entities become one link whose weight counts them, direction is dropped and
 * self-links are left out. Each link is stored twice (u→v and v→u), neighbours sorted by number.
 */
export interface UndirectedCsr {
  /** Number of entities. */
  n: number;
  /** Links of entity i are neighbors[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Number of relations behind each stored link. */
  weights: Float64Array;
  /** Sum of the weights of an entity's links (its degree without self-relations). */
  strength: Float64Array;
}

/**
 * Builds the simple undirected graph from relation endpoints (entity numbers below n) with counting
 * sorts and typed arrays only: no per-edge objects, so 500k relations take milliseconds rather than the
 * seconds a graphology `updateEdge` per relation costs.
 */
export function undirectedCsr(n: number, edgeSrc: Int32Array, edgeDst: Int32Array): UndirectedCsr {
  const m = edgeSrc.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = edgeSrc[e]!;
    const b = edgeDst[e]!;
    if (a === b) continue;
    start[a + 1]!++;
    start[b + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const raw = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = edgeSrc[e]!;
    const b = edgeDst[e]!;
    if (a === b) continue;
    raw[fill[a]!++] = b;
    raw[fill[b]!++] = a;
  }
  // Sort each entity's neighbours, then fold runs of the same neighbour into one weighted link.
  const offsets = new Int32Array(n + 1);
  const neighbors = new Int32Array(raw.length);
  const weights = new Float64Array(raw.length);
  const strength = new Float64Array(n);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const lo = start[i]!;
    const hi = start[i + 1]!;
    raw.subarray(lo, hi).sort();
    for (let k = lo; k < hi; k++) {
      const v = raw[k]!;
      if (k > lo && v === raw[k - 1]) weights[out - 1]!++;
      else {
        neighbors[out] = v;
        weights[out++] = 1;
      }
    }
    strength[i] = hi - lo;
    offsets[i + 1] = out;
  }
  return { n, offsets, neighbors: neighbors.slice(0, out), weights: weights.slice(0, out), strength };
}
