import type { Attributes } from 'graphology-types';
import type { StylesDeclaration } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from './graph-model.js';

/**
 * How the graph looks, declared as sigma 4 styles: colour by kind and size by centrality (both
 * precomputed as attributes), arrows for direction (none for symmetric relations), parallel relations
 * curved apart, relation-type labels on edges once zoomed in (and where the edge is long enough on
 * screen to hold its label). States: a hovered node keeps its neighbours and fades the rest; the
 * selection is haloed; a found path is drawn red and fades the rest.
 */
export interface NodeState {
  isSelected: boolean;
  isNeighbor: boolean;
  isOnPath: boolean;
}
export interface EdgeState {
  isNeighbor: boolean;
  isOnPath: boolean;
}
export interface GraphState {
  /** A node is hovered: everything but it and its neighbours fades. */
  hasHoverFocus: boolean;
  /** A path is shown: everything off it fades. */
  hasPath: boolean;
  /** Zoomed in far enough for relation labels on edges. */
  zoomedIn: boolean;
  /** Edges are not drawn (while ForceAtlas2 runs on a large graph). */
  hideEdges: boolean;
}

export const INITIAL_NODE_STATE: NodeState = { isSelected: false, isNeighbor: false, isOnPath: false };
export const INITIAL_EDGE_STATE: EdgeState = { isNeighbor: false, isOnPath: false };
export const INITIAL_GRAPH_STATE: GraphState = { hasHoverFocus: false, hasPath: false, zoomedIn: false, hideEdges: false };

export const PATH_COLOR = '#d62828';
const SELECTED_HALO = '#ffd166';
const FADED_OPACITY = 0.12;

const STATUS_EDGE_COLORS: Record<string, string> = { reviewed: '#7b8794', extracted: '#b7c0c9', rejected: '#e5989b' };

interface Flags {
  isHovered: boolean;
  isNeighbor: boolean;
  isOnPath: boolean;
  isSelected?: boolean;
}

/** Faded: outside the hovered neighbourhood, or off the shown path (hover wins over the path). */
function isFaded(s: Flags, g: GraphState): boolean {
  if (g.hasHoverFocus) return !(s.isHovered || s.isNeighbor);
  if (g.hasPath) return !(s.isOnPath || s.isSelected);
  return false;
}

export const explorerStyles: StylesDeclaration<NodeAttributes, EdgeAttributes & Attributes, NodeState, EdgeState, GraphState> = {
  nodes: [
    {
      x: { attribute: 'x' },
      y: { attribute: 'y' },
      size: { attribute: 'size', defaultValue: 4 },
      color: { attribute: 'color' },
      label: { attribute: 'label' },
      visibility: (a) => (a.hidden ? 'hidden' : 'visible'),
      depth: 'nodes',
      labelVisibility: 'auto',
      backdropVisibility: 'hidden',
      backdropColor: '#ffffff',
      backdropShadowColor: 'rgba(0, 0, 0, 0.45)',
      backdropShadowBlur: 10,
      backdropPadding: 5,
    },
    { when: (_a, s, g) => isFaded(s, g), then: { opacity: FADED_OPACITY, labelVisibility: 'hidden' } },
    { whenState: 'isNeighbor', then: { depth: 'topNodes', labelVisibility: 'visible' } },
    { whenState: 'isOnPath', then: { depth: 'topNodes', labelVisibility: 'visible' } },
    { whenState: 'isSelected', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropColor: SELECTED_HALO } },
    { whenState: 'isHovered', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' } },
  ],
  edges: [
    {
      color: (a) => STATUS_EDGE_COLORS[a.status] ?? STATUS_EDGE_COLORS.extracted!,
      size: (a) => (a.status === 'reviewed' ? 1.6 : 1),
      label: { attribute: 'label' },
      path: 'straight',
      parallelPath: 'curved',
      head: (a) => (a.symmetric ? 'none' : 'arrow'),
      visibility: (a, _s, g) => (a.hidden || g.hideEdges ? 'hidden' : 'visible'),
      labelVisibility: (_a, _s, g) => (g.zoomedIn ? 'auto' : 'hidden'),
      depth: 'edges',
    },
    { when: (_a, s, g) => isFaded(s, g), then: { opacity: FADED_OPACITY / 2, labelVisibility: 'hidden' } },
    { whenState: 'isNeighbor', then: { depth: 'topEdges', color: '#4a5561', labelVisibility: 'visible' } },
    { whenState: 'isOnPath', then: { depth: 'topEdges', color: PATH_COLOR, size: 3, labelVisibility: 'visible' } },
  ],
};
