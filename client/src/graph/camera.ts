import type { CameraView } from '../state/view-state.js';
import type { CorridorSigma } from './renderer.js';

/** Camera ratio when flying to an entity: close enough to read its relations' labels. */
export const FOCUS_RATIO = 0.35;
/** Below this camera ratio (zoomed in), relation-type labels are drawn on edges. */
export const EDGE_LABEL_RATIO = 0.75;

export function cameraView(sigma: CorridorSigma): CameraView {
  const { x, y, ratio } = sigma.getCamera().getState();
  return { x, y, ratio };
}

export function setCameraView(sigma: CorridorSigma, view: CameraView | null, animate = false): void {
  const target = view ?? { x: 0.5, y: 0.5, ratio: 1 };
  const camera = sigma.getCamera();
  if (animate) void camera.animate({ ...target, angle: 0 }, { duration: 400 });
  else camera.setState({ ...target, angle: 0 });
}

/**
 * Animates the camera to an entity (zooming in, never out past where it is). The target comes from
 * the node's graph position through sigma's normalisation: display data can hold raw coordinates
 * between a state change and the next frame.
 */
export function flyTo(sigma: CorridorSigma, node: string): Promise<void> {
  const graph = sigma.getGraph();
  if (!graph.hasNode(node)) return Promise.resolve();
  const { x, y } = sigma.graphToFramedGraph({ x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') });
  const camera = sigma.getCamera();
  return camera.animate({ x, y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: 500 });
}

/**
 * Draws relation labels only when zoomed in (they would clutter the overview). Sigma's edge-label
 * programs are built on the first zoom-in (keeping them out of the first frame); after that a graph
 * state toggles the labels, since in sigma 4.0.4 every setSetting re-indexes the whole graph.
 */
export function bindEdgeLabelZoom(sigma: CorridorSigma): void {
  const update = (ratio: number) => {
    const zoomedIn = ratio < EDGE_LABEL_RATIO;
    if (zoomedIn && !sigma.getSetting('renderEdgeLabels')) sigma.setSetting('renderEdgeLabels', true);
    if (sigma.getGraphState().zoomedIn !== zoomedIn) sigma.setGraphState({ zoomedIn });
  };
  update(sigma.getCamera().ratio);
  sigma.getCamera().on('updated', (state) => update(state.ratio));
}
