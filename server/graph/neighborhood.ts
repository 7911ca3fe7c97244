import type { CompactIndex, TraversalIndex } from './compact-index.js';
import type { CompiledFilter } from './filter.js';
import { BudgetMeter, Marks } from './scratch.js';
import type { Budget, Direction, IndexSubgraph, SubgraphResult, TruncationReason } from './types.js';
import { subgraphIds } from './subgraph-ids.js';

export interface NeighborhoodOptions {
  depth: number;
  direction: Direction;
  filter: CompiledFilter;
  /** Most entities in the answer, the centre included. */
  limit: number;
  budget: Budget;
}

const marksByIndex = new WeakMap<TraversalIndex, Marks>();
export function marksFor(index: TraversalIndex): Marks {
  let m = marksByIndex.get(index);
  if (!m) marksByIndex.set(index, (m = new Marks(index.nodeCount)));
  return m;
}

/**
 * Entities within `depth` hops of a centre (breadth first, nearest first), following relations in
 * `direction` that pass the filter, and every passing relation among them (the induced subgraph, as
 * Gephi's ego network and Bloom's expand show it). Stops at `limit` entities or when the budget runs
 * out, and then says so (`truncated`, `reason`).
 */
export function neighborhood(index: CompactIndex, center: number, opts: NeighborhoodOptions): SubgraphResult {
  return subgraphIds(index, neighborhoodIndexed(index, center, opts));
}

/** neighborhood() as index numbers: what runs in a traversal worker, which has no ids. */
export function neighborhoodIndexed(index: TraversalIndex, center: number, opts: NeighborhoodOptions): IndexSubgraph {
  const { filter, limit } = opts;
  const marks = marksFor(index);
  marks.reset();
  const meter = new BudgetMeter(opts.budget.maxVisited, opts.budget.deadline);
  const order: number[] = [center];
  marks.set(center);
  let reason: TruncationReason | null = null;
  let frontier: number[] = [center];
  const out = opts.direction !== 'IN';
  const inn = opts.direction !== 'OUT';

  const visit = (edges: Int32Array, from: number, to: number, other: Int32Array, next: number[]): boolean => {
    for (let p = from; p < to; p++) {
      const e = edges[p]!;
      const v = other[e]!;
      if (marks.has(v) || !filter.edge(e) || !filter.node(v)) continue;
      if (order.length >= limit) {
        reason = 'NODE_LIMIT';
        return false;
      }
      marks.set(v);
      order.push(v);
      next.push(v);
    }
    return true;
  };

  outer: for (let d = 0; d < opts.depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      if (!meter.step()) {
        reason = meter.exceeded;
        break outer;
      }
      if (out && !visit(index.outEdges, index.outOffsets[u]!, index.outOffsets[u + 1]!, index.edgeDst, next)) break outer;
      if (inn && !visit(index.inEdges, index.inOffsets[u]!, index.inOffsets[u + 1]!, index.edgeSrc, next)) break outer;
    }
    frontier = next;
  }

  const edges: number[] = [];
  for (const u of order) {
    for (let p = index.outOffsets[u]!, end = index.outOffsets[u + 1]!; p < end; p++) {
      const e = index.outEdges[p]!;
      if (marks.has(index.edgeDst[e]!) && filter.edge(e)) edges.push(e);
    }
  }
  return { nodes: order, edges, truncated: reason !== null, reason };
}
