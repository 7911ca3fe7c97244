import type { TraversalIndex } from '../compact-index.js';
import type { CompiledFilter } from '../filter.js';
import type { BudgetMeter, Marks } from '../scratch.js';
import type { IndexPath } from '../paths.js';
import { walkDegree, type SearchBall, type Walk } from './search-ball.js';

export interface LengthQuery {
  ix: TraversalIndex;
  /** Path direction: from the source toward the target. */
  walk: Walk;
  filter: CompiledFilter;
  from: number;
  to: number;
  length: number;
  /** Stop after this many paths. */
  cap: number;
  /** Its `dist` labels every node that can lie on a path of `length` hops (see labelSourceSide); unlabelled nodes cannot. */
  target: SearchBall;
  onPath: Marks;
  meter: BudgetMeter;
}

/** Reviewed beats extracted, then confidence. */
const strength = (ix: TraversalIndex, e: number) => (ix.edgeStatus[e] === 0 ? 1 : 0) + ix.edgeConfidence[e]!;

/** Looking up the relations between a node and one candidate costs about this many scanned relations. */
const LOOKUP_COST = 16;

/** One hop: the next entity and every passing relation to it. */
interface Step {
  v: number;
  edges: number[];
}

/**
 * Simple paths of exactly `length` hops, in depth-first order from the source (neighbours in the
 * order they first appear in a node's relation lists: out-relations, then in-relations), at most
 * `cap` of them. A step goes only to a node whose distance to the target fits in the hops left, so
 * every branch can still reach the target, and the paths come in the order of a plain depth-first
 * enumeration. Each hop lists every passing relation between its two entities, strongest first
 * (then index order); a path's score is its weakest hop's strongest relation.
 */
export function pathsOfLength(q: LengthQuery): IndexPath[] {
  return new LengthEnumeration(q).run();
}

class LengthEnumeration {
  private readonly found: IndexPath[] = [];
  private readonly nodes: number[];
  private readonly hops: number[][] = [];
  private readonly byStrength: (a: number, b: number) => number;
  /** The walk into a node along the path direction. */
  private readonly backward: Walk;

  constructor(private readonly q: LengthQuery) {
    this.nodes = [q.from];
    this.backward = { out: q.walk.in, in: q.walk.out };
    const ix = q.ix;
    this.byStrength = (a, b) => strength(ix, b) - strength(ix, a) || a - b;
  }

  run(): IndexPath[] {
    this.q.onPath.reset();
    this.q.onPath.set(this.q.from);
    this.dfs(this.q.from);
    return this.found;
  }

  /** Extends the path ending at u; false once the cap or the budget stops the search. */
  private dfs(u: number): boolean {
    const { meter, length, onPath } = this.q;
    if (!meter.step()) return false;
    const left = length - this.nodes.length;
    if (left === 0) return this.finish(u);
    for (const { v, edges } of this.stepsFrom(u, left)) {
      onPath.set(v);
      this.nodes.push(v);
      this.hops.push(edges.sort(this.byStrength));
      const go = this.dfs(v);
      this.nodes.pop();
      this.hops.pop();
      onPath.unset(v);
      if (!go) return false;
    }
    return true;
  }

  /** Closes the path at u with a hop to the target, if they are related. */
  private finish(u: number): boolean {
    const last = this.relationsBetween(u, this.q.to).edges;
    if (last.length === 0) return true;
    const ix = this.q.ix;
    const hops = [...this.hops, last.sort(this.byStrength)];
    let score = Number.POSITIVE_INFINITY;
    for (const h of hops) score = Math.min(score, strength(ix, h[0]!));
    this.found.push({ nodes: [...this.nodes, this.q.to], hops, score });
    return this.found.length < this.q.cap;
  }

  /**
   * The steps from u to nodes off the path that can reach the target in `left` hops, in the order
   * they first appear in u's relation lists. Usually u's lists are scanned; but when u is a hub and
   * the nodes labelled within `left` of the target are few, each of those is looked up instead
   * (a hub's tens of thousands of relations against a handful of candidates near the target).
   */
  private stepsFrom(u: number, left: number): Step[] {
    const { ix, walk, target } = this.q;
    const near = Math.min(left, target.radius);
    let candidates = target.extra.length;
    for (let d = 1; d <= near; d++) candidates += target.levels[d]!.length;
    return candidates * LOOKUP_COST < walkDegree(ix, walk, u) ? this.lookUpSteps(u, left, near) : this.scanSteps(u, left);
  }

  private scanSteps(u: number, left: number): Step[] {
    const { ix, walk, to, onPath, target, filter } = this.q;
    const dist = target.dist;
    const groups = new Map<number, number[]>();
    const add = (v: number, e: number) => {
      if (!dist.marks.has(v) || dist.get(v)! > left || v === to || onPath.has(v) || !filter.edge(e)) return;
      const g = groups.get(v);
      if (g) g.push(e);
      else groups.set(v, [e]);
    };
    if (walk.out) for (let p = ix.outOffsets[u]!, end = ix.outOffsets[u + 1]!; p < end; p++) add(ix.edgeDst[ix.outEdges[p]!]!, ix.outEdges[p]!);
    if (walk.in) for (let p = ix.inOffsets[u]!, end = ix.inOffsets[u + 1]!; p < end; p++) add(ix.edgeSrc[ix.inEdges[p]!]!, ix.inEdges[p]!);
    return Array.from(groups, ([v, edges]) => ({ v, edges }));
  }

  /**
   * Relies on relation lists being in relation-index order (compact-index.ts builds them so): the
   * first appearance of v in u's lists is then its lowest-numbered relation from u, or, with none,
   * to u.
   */
  private lookUpSteps(u: number, left: number, near: number): Step[] {
    const { ix, to, onPath, target } = this.q;
    const found: Array<Step & { key: number }> = [];
    const consider = (v: number) => {
      if (v === to || onPath.has(v)) return;
      const r = this.relationsBetween(u, v);
      if (r.edges.length > 0) found.push({ v, edges: r.edges, key: r.firstFromU >= 0 ? r.firstFromU : ix.edgeCount + r.firstToU });
    };
    for (let d = 1; d <= near; d++) for (const v of target.levels[d]!) consider(v);
    for (const v of target.extra) if (target.dist.get(v)! <= left) consider(v);
    return found.sort((a, b) => a.key - b.key);
  }

  /**
   * Passing relations from u to v in the path direction, read from whichever end has the shorter
   * relation lists, with the lowest-numbered one in each direction (-1 when none).
   */
  private relationsBetween(u: number, v: number): { edges: number[]; firstFromU: number; firstToU: number } {
    const { ix, walk, filter } = this.q;
    const edges: number[] = [];
    const fromU = walkDegree(ix, walk, u);
    const intoV = walkDegree(ix, this.backward, v);
    const [near, far] = fromU <= intoV ? [u, v] : [v, u];
    // From `near`: relations near -> far in its out-list and far -> near in its in-list.
    for (let p = ix.outOffsets[near]!, end = ix.outOffsets[near + 1]!; p < end; p++) {
      const e = ix.outEdges[p]!;
      if (ix.edgeDst[e] === far && (near === u ? walk.out : walk.in) && filter.edge(e)) edges.push(e);
    }
    for (let p = ix.inOffsets[near]!, end = ix.inOffsets[near + 1]!; p < end; p++) {
      const e = ix.inEdges[p]!;
      if (ix.edgeSrc[e] === far && (near === u ? walk.in : walk.out) && filter.edge(e)) edges.push(e);
    }
    let firstFromU = -1;
    let firstToU = -1;
    for (const e of edges) {
      if (ix.edgeSrc[e] === u) firstFromU = firstFromU < 0 ? e : Math.min(firstFromU, e);
      else firstToU = firstToU < 0 ? e : Math.min(firstToU, e);
    }
    return { edges, firstFromU, firstToU };
  }
}
