import type { TraversalIndex } from '../compact-index.js';
import type { CompiledFilter } from '../filter.js';
import type { BudgetMeter, MarkedValues } from '../scratch.js';

/** Which relation lists a walk follows from a node: out-relations (to their targets), in-relations (to their sources), or both. */
export interface Walk {
  out: boolean;
  in: boolean;
}

/** Relations a walk can take from `u`: the cost of expanding it. */
export function walkDegree(ix: TraversalIndex, walk: Walk, u: number): number {
  return (walk.out ? ix.outOffsets[u + 1]! - ix.outOffsets[u]! : 0) + (walk.in ? ix.inOffsets[u + 1]! - ix.inOffsets[u]! : 0);
}

/**
 * One side of a bidirectional search: breadth-first levels around one endpoint of a path, grown one
 * level at a time. Every node within `radius` hops is labelled with its exact distance (all levels up
 * to the radius are complete). Entities must pass the node filter, except the opposite endpoint,
 * which is labelled (that is where the two sides meet) but never walked through: a simple path
 * between the two endpoints has neither of them in its middle.
 */
export class SearchBall {
  /** Nodes by distance: levels[0] is the endpoint itself. */
  readonly levels: number[][];
  /** Relations the next expansion would scan: the sum of the last level's degrees. */
  frontierCost: number;
  /** Nodes labelled past the radius (see labelExtra). */
  readonly extra: number[] = [];

  constructor(
    private readonly ix: TraversalIndex,
    readonly dist: MarkedValues,
    root: number,
    private readonly far: number,
    private readonly walk: Walk,
    private readonly filter: CompiledFilter,
  ) {
    dist.reset();
    dist.set(root, 0);
    this.levels = [[root]];
    this.frontierCost = walkDegree(ix, walk, root);
  }

  /** Levels complete so far: every node this close is labelled. */
  get radius(): number {
    return this.levels.length - 1;
  }

  /** Nothing more is reachable: the labels are every node's distance, not just the near ones'. */
  get exhausted(): boolean {
    return this.levels[this.levels.length - 1]!.length === 0;
  }

  /** Labels the next level and returns it; null when the budget ran out part way (the ball is then unusable). */
  expand(meter: BudgetMeter): number[] | null {
    this.dropExtra();
    const { ix, walk, far } = this;
    const d = this.levels.length;
    const next: number[] = [];
    for (const u of this.levels[d - 1]!) {
      if (u === far) continue;
      if (!meter.step()) return null;
      if (walk.out) for (let p = ix.outOffsets[u]!, end = ix.outOffsets[u + 1]!; p < end; p++) this.admit(ix.edgeDst[ix.outEdges[p]!]!, ix.outEdges[p]!, d, next);
      if (walk.in) for (let p = ix.inOffsets[u]!, end = ix.inOffsets[u + 1]!; p < end; p++) this.admit(ix.edgeSrc[ix.inEdges[p]!]!, ix.inEdges[p]!, d, next);
    }
    let cost = 0;
    for (const v of next) if (v !== far) cost += walkDegree(ix, walk, v);
    this.levels.push(next);
    this.frontierCost = cost;
    return next;
  }

  /** Labels v at distance d when it is new and the relation and v pass the filter. */
  private admit(v: number, e: number, d: number, next: number[]): void {
    if (this.dist.marks.has(v) || !this.filter.edge(e) || (v !== this.far && !this.filter.node(v))) return;
    this.dist.set(v, d);
    next.push(v);
  }

  /**
   * Labels a node outside the radius with a distance found another way (see labelSourceSide), for
   * lookups through `dist`. Such labels are dropped before the ball grows, so they never stop the
   * breadth-first search from reaching a node.
   */
  labelExtra(v: number, d: number): void {
    this.dist.set(v, d);
    this.extra.push(v);
  }

  dropExtra(): void {
    for (const v of this.extra) this.dist.marks.unset(v);
    this.extra.length = 0;
  }
}
