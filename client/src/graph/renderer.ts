import Sigma from 'sigma';
import { extremityArrow, layerPlain, pathCurved, pathLine } from 'sigma/rendering';
import type { CorridorGraph, EdgeAttributes, NodeAttributes } from './graph-model.js';
import { registerRendererFlush } from './renderer-sync.js';
import { explorerStyles, INITIAL_EDGE_STATE, INITIAL_GRAPH_STATE, INITIAL_NODE_STATE, type EdgeState, type GraphState, type NodeState } from './styles.js';

/** The primitives sigma compiles into its node and edge programs: straight and curved edges, arrow heads. */
const primitives = {
  edges: {
    paths: [pathLine(), pathCurved()],
    extremities: [extremityArrow()],
    layers: [layerPlain()],
    label: { fontSizeMode: 'fixed' as const },
  },
};

export type CorridorSigma = Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, EdgeState, GraphState, typeof primitives>;

/** Performance mark set when sigma's first frame is drawn (its constructor renders synchronously). */
export const FIRST_FRAME_MARK = 'corridor:first-frame';

export function createRenderer(graph: CorridorGraph, container: HTMLElement): CorridorSigma {
  const sigma: CorridorSigma = new Sigma(graph, container, {
    primitives,
    styles: explorerStyles,
    customNodeState: INITIAL_NODE_STATE,
    customEdgeState: INITIAL_EDGE_STATE,
    customGraphState: INITIAL_GRAPH_STATE,
    settings: {
      renderEdgeLabels: false,
      allowInvalidContainer: true,
      labelDensity: 0.8,
      labelRenderedSizeThreshold: 7,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 24,
    },
  });
  performance.mark(FIRST_FRAME_MARK);
  registerRendererFlush(graph, () => {
    // Only when something is pending (a private field, read defensively: without it, always render).
    if ((sigma as unknown as { pendingProcess?: string }).pendingProcess !== 'none') sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: true });
  });
  return sigma;
}
