import type { CorridorGraph } from './graph-model.js';

/**
 * Works around a sigma 4.0.4 bug. Bulk graph updates (updateEachNodeAttributes with attribute hints,
 * and every updateEachEdgeAttributes) make sigma repaint items in place, reading their position in
 * its program index; after a full refresh was scheduled (setSetting, dropEdge, dropNode, clear) or a
 * new item was added, that index is empty until the next frame, and sigma throws "Sigma: edge … can't
 * be repaint". Rendering first (which processes whatever is pending) makes bulk updates safe.
 */
const flushers = new WeakMap<CorridorGraph, () => void>();

export function registerRendererFlush(graph: CorridorGraph, flush: () => void): void {
  flushers.set(graph, flush);
}

/** Call before a bulk attribute update of a graph sigma draws. */
export function flushRenderer(graph: CorridorGraph): void {
  flushers.get(graph)?.();
}
