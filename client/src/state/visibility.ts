import { holdsAt, lastDay, type Dated } from './dates.js';
import type { Filters } from './view-state.js';

/**
 * Which entities and relations the filters (and focus mode) leave visible, and the counts the filter
 * panel shows. Pure and linear in the graph's size, so it runs on every change of a control.
 */
export interface EntityFacts {
  kind: string;
}

export interface RelationFacts extends Dated {
  type: string;
  source: string;
  target: string;
  status: string;
  confidence: number;
}

export interface Focus {
  /** The entity at the centre (always kept visible). */
  center: string;
  /** Hops out, 1–3. */
  depth: number;
}

export interface Count {
  visible: number;
  total: number;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  kinds: Map<string, Count>;
  types: Map<string, Count>;
  statuses: Map<string, Count>;
}

/** The relation's own conditions: status, type, confidence and date (not its ends' kinds). */
export function relationPasses(r: RelationFacts, f: Filters, asOfDay: string | null = f.asOf ? lastDay(f.asOf) : null): boolean {
  return (
    (f.statuses as string[]).includes(r.status) &&
    !f.hiddenTypes.includes(r.type) &&
    r.confidence >= f.minConfidence &&
    (asOfDay === null || holdsAt(r, asOfDay))
  );
}

const bump = (m: Map<string, Count>, key: string, visible: boolean) => {
  const c = m.get(key) ?? { visible: 0, total: 0 };
  c.total++;
  if (visible) c.visible++;
  m.set(key, c);
};

/** Visits every item (a callback rather than an iterator: no allocation per item on large graphs). */
export type ForEach<T> = (visit: (id: string, facts: T) => void) => void;

/** A ForEach over [id, facts] pairs. */
export const eachOf =
  <T>(items: Array<[string, T]>): ForEach<T> =>
  (visit) => {
    for (const [id, facts] of items) visit(id, facts);
  };

export function computeVisibility(entities: ForEach<EntityFacts>, relations: ForEach<RelationFacts>, filters: Filters, focus: Focus | null = null): Visibility {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const asOfDay = filters.asOf ? lastDay(filters.asOf) : null;
  const kindOf = new Map<string, string>();
  let nodes = new Set<string>();
  entities((id, e) => {
    kindOf.set(id, e.kind);
    if (!hiddenKinds.has(e.kind)) nodes.add(id);
  });
  const rels: Array<[string, RelationFacts]> = [];
  let edges = new Set<string>();
  relations((id, r) => {
    rels.push([id, r]);
    if (nodes.has(r.source) && nodes.has(r.target) && relationPasses(r, filters, asOfDay)) edges.add(id);
  });
  if (focus && kindOf.has(focus.center)) {
    const reached = neighbourhood(focus, rels, edges);
    nodes = reached;
    const inFocus = new Set<string>();
    for (const [id, r] of rels) if (edges.has(id) && reached.has(r.source) && reached.has(r.target)) inFocus.add(id);
    edges = inFocus;
  }
  const kinds = new Map<string, Count>();
  for (const [id, kind] of kindOf) bump(kinds, kind, nodes.has(id));
  const types = new Map<string, Count>();
  const statuses = new Map<string, Count>();
  for (const [id, r] of rels) {
    bump(types, r.type, edges.has(id));
    bump(statuses, r.status, edges.has(id));
  }
  return { nodes, edges, kinds, types, statuses };
}

/** Entities within `depth` hops of the centre over the visible relations, either direction; the centre always. */
function neighbourhood(focus: Focus, rels: Array<[string, RelationFacts]>, visibleEdges: Set<string>): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const [id, r] of rels) {
    if (!visibleEdges.has(id)) continue;
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const reached = new Set([focus.center]);
  let frontier = [focus.center];
  for (let hop = 0; hop < focus.depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of adjacent.get(n) ?? []) if (!reached.has(m)) (reached.add(m), next.push(m));
    frontier = next;
  }
  return reached;
}
