import forceAtlas2 from 'graphology-layout-forceatlas2';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { UndirectedCsr } from './undirected-csr.js';

// Layout of graphology-layout-forceatlas2's matrices (its helpers.js): numbers per node and per edge.
const PPN = 10;
const PPE = 3;

/**
 * Barnes–Hut above 2,000 nodes (the library's own threshold), with Gephi's ForceAtlas2 default
 * theta of 1.2 rather than graphology's 0.5: at 100k entities 0.5 makes one iteration cost ~1.5 s
 * (the quadtree walk dominates), 1.2 about a third of that, with the far field still approximated.
 */
function barnesHut(n: number) {
  return { barnesHutOptimize: n > 2000, barnesHutTheta: 1.2 };
}

/**
 * Runs `iterations` steps of ForceAtlas2 (graphology-layout-forceatlas2's own iteration function and
 * inferred settings) from the given positions, which it overwrites. The matrices are filled straight
 * from the CSR arrays as the library's graphToByteArrays fills them from a graphology graph (mass =
 * 1 + weighted degree unless given), so no graphology graph is built.
 */
export function forceAtlas2Layout(csr: UndirectedCsr, x: Float64Array, y: Float64Array, iterations: number, mass?: Float64Array): void {
  const { n, offsets, neighbors, weights, strength } = csr;
  if (n === 0 || neighbors.length === 0 || iterations <= 0) return;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = x[i]!;
    nodes[j + 1] = y[i]!;
    nodes[j + 6] = mass ? mass[i]! : 1 + strength[i]!;
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const edges = new Float32Array((neighbors.length / 2) * PPE);
  let k = 0;
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const v = neighbors[p]!;
      if (v < u) continue; // each link once
      edges[k] = u * PPN;
      edges[k + 1] = v * PPN;
      edges[k + 2] = weights[p]!;
      k += PPE;
    }
  }
  const settings = { ...DEFAULT_SETTINGS, ...forceAtlas2.inferSettings(n), ...barnesHut(n) };
  for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
  for (let i = 0; i < n; i++) {
    x[i] = nodes[i * PPN]!;
    y[i] = nodes[i * PPN + 1]!;
  }
}
