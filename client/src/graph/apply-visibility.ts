import { computeVisibility, type Focus, type Visibility } from '../state/visibility.js';
import type { Filters } from '../state/view-state.js';
import type { CorridorGraph } from './graph-model.js';
import { flushRenderer } from './renderer-sync.js';

/** Up to this many changed items are updated one by one (cheap for sigma); more in one bulk update. */
const ONE_BY_ONE = 500;

/** Runs the filters (and focus) over the graph and writes the verdict to each item's `hidden` attribute. */
export function applyVisibility(graph: CorridorGraph, filters: Filters, focus: Focus | null): Visibility {
  const vis = computeVisibility(
    (visit) => graph.forEachNode(visit),
    (visit) => graph.forEachEdge(visit),
    filters,
    focus,
  );
  const nodes: string[] = [];
  graph.forEachNode((n, a) => a.hidden === vis.nodes.has(n) && nodes.push(n));
  const edges: string[] = [];
  graph.forEachEdge((e, a) => a.hidden === vis.edges.has(e) && edges.push(e));
  if (nodes.length > ONE_BY_ONE) {
    flushRenderer(graph);
    graph.updateEachNodeAttributes((n, a) => ((a.hidden = !vis.nodes.has(n)), a), { attributes: ['hidden'] });
  } else for (const n of nodes) graph.setNodeAttribute(n, 'hidden', !vis.nodes.has(n));
  if (edges.length > ONE_BY_ONE) {
    flushRenderer(graph);
    graph.updateEachEdgeAttributes((e, a) => ((a.hidden = !vis.edges.has(e)), a), { attributes: ['hidden'] });
  } else for (const e of edges) graph.setEdgeAttribute(e, 'hidden', !vis.edges.has(e));
  return vis;
}
