import type { TraversalIndex } from './compact-index.js';
import type { CompiledFilter } from './filter.js';
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

const distByIndex = new WeakMap<TraversalIndex, MarkedValues>();
const onPathByIndex = new WeakMap<TraversalIndex, Marks>();

/**
 * The shortest simple paths between two entities, shortest first, at most `first` of them and none
 * longer than `maxLength`. Written by hand because graphology's simple-path enumerates every path
 * (no order, no cap, no budget) and its shortest-path module returns one path only.
 *
 * Method: a breadth-first search from the target gives each node's distance to it (within maxLength);
 * then, for each length L from the shortest up, a depth-first search from the source steps only to
 * nodes that can still reach the target in the hops left. Every branch explored leads to a path, so
 * the work is proportional to the answer, not to the graph. Paths of one length are ranked by the
 * strength of their weakest hop (reviewed beats extracted, then confidence).
 */
export function shortestPaths(index: TraversalIndex, from: number, to: number, opts: PathOptions): PathsResult {
  if (from === to || opts.first <= 0) return { paths: [], truncated: false, reason: null };
  const meter = new BudgetMeter(opts.budget.maxVisited, opts.budget.deadline);
  const { filter, direction } = opts;
  const fwdOut = direction !== 'IN';
  const fwdIn = direction !== 'OUT';

  let dist = distByIndex.get(index);
  if (!dist) distByIndex.set(index, (dist = new MarkedValues(index.nodeCount)));
  let onPath = onPathByIndex.get(index);
  if (!onPath) onPathByIndex.set(index, (onPath = new Marks(index.nodeCount)));

  // Distances to the target, walking relations backwards (the reverse of the path direction), one
  // level at a time: paths of L hops need every distance up to L - 1, so longer lengths extend it.
  dist.reset();
  dist.set(to, 0);
  let frontier = [to];
  let level = 0;
  const expandTo = (depth: number): boolean => {
    while (level < depth && frontier.length > 0) {
      const d = ++level;
      const next: number[] = [];
      const relax = (v: number, e: number) => {
        if (dist.get(v) === undefined && filter.edge(e) && (v === from || filter.node(v))) {
          dist.set(v, d);
          next.push(v);
        }
      };
      for (const u of frontier) {
        if (!meter.step()) return false;
        if (fwdOut) for (let p = index.inOffsets[u]!; p < index.inOffsets[u + 1]!; p++) relax(index.edgeSrc[index.inEdges[p]!]!, index.inEdges[p]!);
        if (fwdIn) for (let p = index.outOffsets[u]!; p < index.outOffsets[u + 1]!; p++) relax(index.edgeDst[index.outEdges[p]!]!, index.outEdges[p]!);
      }
      frontier = next;
    }
    return true;
  };
  while (dist.get(from) === undefined && level < opts.maxLength && frontier.length > 0) {
    if (!expandTo(level + 1)) return { paths: [], truncated: true, reason: meter.exceeded };
  }
  const shortest = dist.get(from);
  if (shortest === undefined) return { paths: [], truncated: false, reason: null };

  /** Passing relations from u grouped by the neighbour they lead to, in index order. */
  const stepsFrom = (u: number): Map<number, number[]> => {
    const groups = new Map<number, number[]>();
    const add = (v: number, e: number) => {
      if (!filter.edge(e)) return;
      const g = groups.get(v);
      if (g) g.push(e);
      else groups.set(v, [e]);
    };
    if (fwdOut) for (let p = index.outOffsets[u]!; p < index.outOffsets[u + 1]!; p++) add(index.edgeDst[index.outEdges[p]!]!, index.outEdges[p]!);
    if (fwdIn) for (let p = index.inOffsets[u]!; p < index.inOffsets[u + 1]!; p++) add(index.edgeSrc[index.inEdges[p]!]!, index.inEdges[p]!);
    return groups;
  };
  const strength = (e: number) => (index.edgeStatus[e] === 0 ? 1 : 0) + index.edgeConfidence[e]!;
  const byStrength = (a: number, b: number) => strength(b) - strength(a) || a - b;

  const found: IndexPath[] = [];
  // Collect more candidates than asked for, so the ranking within a length has something to choose from.
  const candidateCap = Math.max(opts.first * 8, 32);
  for (let length = shortest; length <= opts.maxLength && found.length < opts.first; length++) {
    if (!expandTo(length - 1)) return { paths: found, truncated: true, reason: meter.exceeded };
    const candidates: IndexPath[] = [];
    const nodes: number[] = [from];
    const hops: number[][] = [];
    onPath.reset();
    onPath.set(from);
    const dfs = (u: number): boolean => {
      if (!meter.step()) return false;
      const depth = nodes.length - 1;
      for (const [v, edges] of stepsFrom(u)) {
        if (onPath!.has(v)) continue;
        const left = length - depth - 1;
        const dv = dist!.get(v);
        if (dv === undefined || dv > left) continue;
        if (v === to) {
          if (left !== 0) continue;
          const hopList = [...hops, edges.sort(byStrength)];
          candidates.push({ nodes: [...nodes, v], hops: hopList, score: Math.min(...hopList.map((h) => strength(h[0]!))) });
          if (candidates.length >= candidateCap) return false;
          continue;
        }
        if (left === 0) continue;
        onPath!.set(v);
        nodes.push(v);
        hops.push(edges.sort(byStrength));
        const go = dfs(v);
        nodes.pop();
        hops.pop();
        onPath!.unset(v);
        if (!go) return false;
      }
      return true;
    };
    dfs(from);
    candidates.sort((a, b) => b.score - a.score);
    found.push(...candidates.slice(0, opts.first - found.length));
    if (meter.exceeded) return { paths: found, truncated: true, reason: meter.exceeded };
  }
  return { paths: found, truncated: false, reason: null };
}
