import type { Centrality } from '../state/view-state.js';
import type { CorridorGraph, NodeAttributes } from './graph-model.js';
import { flushRenderer } from './renderer-sync.js';

export const MIN_NODE_SIZE = 2.5;
export const MAX_NODE_SIZE = 9;

/** The centrality a node is sized by; betweenness falls back to degree where the server has none (large graphs). */
export function centralityOf(a: NodeAttributes, c: Centrality): number {
  if (c === 'pagerank') return a.pagerank;
  if (c === 'betweenness') return a.betweenness ?? a.degree;
  return a.degree;
}

/** Sizes every node by `centrality`: square-root scale between MIN and MAX, so hubs stand out without swamping. */
export function applySizes(graph: CorridorGraph, centrality: Centrality): void {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_n, a) => {
    const v = centralityOf(a, centrality);
    if (v < min) min = v;
    if (v > max) max = v;
  });
  const span = max - min;
  flushRenderer(graph);
  graph.updateEachNodeAttributes(
    (_n, a) => {
      const t = span > 0 ? (centralityOf(a, centrality) - min) / span : 0.5;
      a.size = MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(t);
      return a;
    },
    { attributes: ['size'] },
  );
}
