import type { MultiDirectedGraph } from 'graphology';
import type { GraphEntityFragment, GraphRelationFragment } from '../api/generated/graphql.js';
import type { EntityFacts, RelationFacts } from '../state/visibility.js';

/**
 * The graphology graph the explorer draws: one node per entity, one directed edge per relation (keyed
 * by relation id; parallel relations are parallel edges). Attributes carry what the filters, styles
 * and panels need; `hidden` is the filters' verdict, set by applyVisibility().
 */
export interface NodeAttributes extends EntityFacts {
  label: string;
  kind: string;
  aliases: string[];
  x: number;
  y: number;
  /** The server's layout position, restored by "Reset layout". */
  serverX: number;
  serverY: number;
  degree: number;
  pagerank: number;
  betweenness: number | null;
  community: number;
  color: string;
  size: number;
  hidden: boolean;
}

export interface EdgeAttributes extends RelationFacts {
  type: string;
  label: string;
  status: string;
  confidence: number;
  hedge: string | null;
  /** Reads the same both ways: drawn without an arrow. */
  symmetric: boolean;
  hidden: boolean;
}

export type CorridorGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface KindInfo {
  id: string;
  label: string;
  color: string;
}

export interface TypeInfo {
  id: string;
  label: string;
  inverseLabel: string;
  symmetric: boolean;
}

export interface Vocabulary {
  kinds: KindInfo[];
  types: TypeInfo[];
  kindById: Map<string, KindInfo>;
  typeById: Map<string, TypeInfo>;
}

export const UNKNOWN_COLOR = '#8a8a8a';

export function makeVocabulary(kinds: KindInfo[], types: TypeInfo[]): Vocabulary {
  return { kinds, types, kindById: new Map(kinds.map((k) => [k.id, k])), typeById: new Map(types.map((t) => [t.id, t])) };
}

export function nodeAttributes(e: GraphEntityFragment, vocab: Vocabulary): NodeAttributes {
  return {
    label: e.label,
    kind: e.kind,
    aliases: e.aliases,
    x: e.x,
    y: e.y,
    serverX: e.x,
    serverY: e.y,
    degree: e.metrics.degree,
    pagerank: e.metrics.pagerank,
    betweenness: e.metrics.betweenness,
    community: e.metrics.community,
    color: vocab.kindById.get(e.kind)?.color ?? UNKNOWN_COLOR,
    size: 4,
    hidden: false,
  };
}

export function edgeAttributes(r: GraphRelationFragment, vocab: Vocabulary): EdgeAttributes {
  return {
    type: r.type,
    label: r.label,
    source: r.fromId,
    target: r.toId,
    status: r.status,
    confidence: r.confidence,
    hedge: r.hedge,
    pointInTime: r.pointInTime,
    start: r.start,
    end: r.end,
    symmetric: vocab.typeById.get(r.type)?.symmetric ?? false,
    hidden: false,
  };
}

/**
 * Replaces the graph's contents with the JSON answer's, in one pass (graphology's import is the fastest
 * way in for large graphs; a reload keeps the same graph object, which sigma and the layout hold).
 */
export function fillGraph(graph: CorridorGraph, entities: GraphEntityFragment[], relations: GraphRelationFragment[], vocab: Vocabulary): void {
  if (graph.order) graph.clear();
  graph.import({
    nodes: entities.map((e) => ({ key: e.id, attributes: nodeAttributes(e, vocab) })),
    edges: relations
      .filter((r) => r.fromId !== r.toId)
      .map((r) => ({ key: r.id, source: r.fromId, target: r.toId, attributes: edgeAttributes(r, vocab) })),
  });
}

/** Adds or updates a relation's edge (a changed end means a new edge: graphology edges cannot move). */
export function upsertEdge(graph: CorridorGraph, r: GraphRelationFragment, vocab: Vocabulary): void {
  if (!graph.hasNode(r.fromId) || !graph.hasNode(r.toId) || r.fromId === r.toId) return;
  const attrs = edgeAttributes(r, vocab);
  if (graph.hasEdge(r.id)) {
    if (graph.source(r.id) === r.fromId && graph.target(r.id) === r.toId) {
      graph.mergeEdgeAttributes(r.id, { ...attrs, hidden: graph.getEdgeAttribute(r.id, 'hidden') });
      return;
    }
    graph.dropEdge(r.id);
  }
  graph.addDirectedEdgeWithKey(r.id, r.fromId, r.toId, attrs);
}

/** Adds or updates an entity's node, keeping its current position when it exists. */
export function upsertNode(graph: CorridorGraph, e: GraphEntityFragment, vocab: Vocabulary): void {
  const attrs = nodeAttributes(e, vocab);
  if (graph.hasNode(e.id)) {
    const { x, y, size, hidden } = graph.getNodeAttributes(e.id);
    graph.mergeNodeAttributes(e.id, { ...attrs, x, y, size, hidden });
  } else graph.addNode(e.id, attrs);
}
