import type { TraversalIndex } from './compact-index.js';
import type { CompiledFilter } from './filter.js';
import { coverLength, meetingDistance } from './paths/bidirectional.js';
import { pathsOfLength } from './paths/enumerate.js';
import { SearchBall, type Walk } from './paths/search-ball.js';
import { labelSourceSide } from './paths/target-distance.js';
import { BudgetMeter, MarkedValues, Marks } from './scratch.js';
import type { Budget, Direction, TruncationReason } from './types.js';

export interface PathOptions {
  maxLength: number;
  /** How many paths at most. */
  first: number;
  direction: Direction;
  filter: CompiledFilter;
  budget: Budget;
}

/** One path: its entities in order, and for each hop every passing relation between those two entities, strongest first. */
export interface IndexPath {
  nodes: number[];
  hops: number[][];
  score: number;
}

export interface PathsResult {
  paths: IndexPath[];
  truncated: boolean;
  reason: TruncationReason | null;
}

/** Per-node scratch arrays, one set per index (traversals are synchronous: one runs at a time). */
interface PathScratch {
  fromSource: MarkedValues;
  toTarget: MarkedValues;
  onPath: Marks;
}

const scratchByIndex = new WeakMap<TraversalIndex, PathScratch>();

function scratchFor(index: TraversalIndex): PathScratch {
  let s = scratchByIndex.get(index);
  if (!s) {
    const n = index.nodeCount;
    s = { fromSource: new MarkedValues(n), toTarget: new MarkedValues(n), onPath: new Marks(n) };
    scratchByIndex.set(index, s);
  }
  return s;
}

/**
 * The shortest simple paths between two entities, shortest first, at most `first` of them and none
 * longer than `maxLength`. Written by hand because graphology's simple-path enumerates every path
 * (no order, no cap, no budget) and its shortest-path module returns one path only.
 *
 * Method: breadth-first levels grow around both ends, the cheaper side first, until they meet: that
 * gives the shortest length while touching little of a hub-heavy graph (a search from one end alone
 * crosses the hubs and sees most of it). For each length L from the shortest up, the levels grow
 * until every path of L hops lies within them, the source side's inner nodes get their distance to
 * the target (target-distance.ts), and a depth-first search from the source steps only to nodes that
 * can still reach the target in the hops left, so every branch explored leads toward a path. Paths
 * of one length are ranked by the strength of their weakest hop (reviewed beats extracted, then
 * confidence), among the first `max(8 × first, 32)` found in depth-first order.
 *
 * Entities in the middle of a path must pass the node filter; the two ends are always allowed.
 */
export function shortestPaths(index: TraversalIndex, from: number, to: number, opts: PathOptions): PathsResult {
  if (from === to || opts.first <= 0) return { paths: [], truncated: false, reason: null };
  const meter = new BudgetMeter(opts.budget.maxVisited, opts.budget.deadline);
  const { filter, direction } = opts;
  const scratch = scratchFor(index);
  const forward: Walk = { out: direction !== 'IN', in: direction !== 'OUT' };
  const backward: Walk = { out: forward.in, in: forward.out };
  const source = new SearchBall(index, scratch.fromSource, from, to, forward, filter);
  const target = new SearchBall(index, scratch.toTarget, to, from, backward, filter);
  const cut = (paths: IndexPath[]): PathsResult => ({ paths, truncated: true, reason: meter.exceeded });

  const shortest = meetingDistance(source, target, opts.maxLength, meter);
  if (shortest === null) return cut([]);

  const found: IndexPath[] = [];
  // Collect more candidates than asked for, so the ranking within a length has something to choose from.
  const cap = Math.max(opts.first * 8, 32);
  for (let length = shortest; length <= opts.maxLength && found.length < opts.first; length++) {
    if (!coverLength(source, target, length, meter)) return cut(found);
    const query = { ix: index, walk: forward, filter, from, length, meter };
    if (!labelSourceSide(source, target, query)) return cut(found);
    const candidates = pathsOfLength({ ...query, to, cap, target, onPath: scratch.onPath });
    candidates.sort((a, b) => b.score - a.score);
    found.push(...candidates.slice(0, opts.first - found.length));
    if (meter.exceeded) return cut(found);
  }
  return { paths: found, truncated: false, reason: null };
}
