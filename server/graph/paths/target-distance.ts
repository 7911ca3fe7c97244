import type { TraversalIndex } from '../compact-index.js';
import type { CompiledFilter } from '../filter.js';
import type { BudgetMeter } from '../scratch.js';
import type { SearchBall, Walk } from './search-ball.js';

export interface SourceSideQuery {
  ix: TraversalIndex;
  /** Path direction: from the source toward the target. */
  walk: Walk;
  filter: CompiledFilter;
  from: number;
  length: number;
  meter: BudgetMeter;
}

/**
 * Completes the target side's distances for paths of `q.length` hops. With the source side's radius
 * a and the target side's b adding up to at least that length, a node on such a path is either
 * within b of the target (labelled exactly already) or within a - 1 of the source; so only the
 * source side's inner nodes need a distance beyond b, and it is found by stepping outward from the
 * target side's labels through those nodes only ("pull": each pending node looks for a neighbour
 * one hop closer), instead of expanding the target side's outer level, which on a hub-heavy graph is
 * most of the graph. A node d hops from the source needs a label only up to length - d. Afterwards
 * `target.dist` holds, for every node that can lie on such a path, at most its distance to the
 * target (through nodes of the two sides), and no label for the others. False when the budget ran out.
 */
export function labelSourceSide(source: SearchBall, target: SearchBall, q: SourceSideQuery): boolean {
  target.dropExtra();
  if (target.exhausted) return true;
  const b = target.radius;
  const { length, meter } = q;
  let pending: number[] = [];
  const innermost = Math.min(source.radius - 1, length - b - 1);
  for (let d = 1; d <= innermost; d++) for (const x of source.levels[d]!) if (!target.dist.marks.has(x)) pending.push(x);

  for (let level = b + 1; level < length && pending.length > 0; level++) {
    const unlabelled: number[] = [];
    const found: number[] = [];
    for (const x of pending) {
      if (source.dist.get(x)! > length - level) continue;
      if (!meter.step()) return false;
      if (hasStepWithin(q, target, x, level - 1)) found.push(x);
      else unlabelled.push(x);
    }
    for (const x of found) target.labelExtra(x, level);
    pending = unlabelled;
  }
  return true;
}

/** Whether x has a passing relation (path direction) to a node other than the source at most `max` hops from the target. */
function hasStepWithin(q: SourceSideQuery, target: SearchBall, x: number, max: number): boolean {
  const { ix, walk, filter, from } = q;
  const dist = target.dist;
  if (walk.out) {
    for (let p = ix.outOffsets[x]!, end = ix.outOffsets[x + 1]!; p < end; p++) {
      const e = ix.outEdges[p]!;
      const v = ix.edgeDst[e]!;
      if (v !== from && dist.marks.has(v) && dist.get(v)! <= max && filter.edge(e)) return true;
    }
  }
  if (walk.in) {
    for (let p = ix.inOffsets[x]!, end = ix.inOffsets[x + 1]!; p < end; p++) {
      const e = ix.inEdges[p]!;
      const v = ix.edgeSrc[e]!;
      if (v !== from && dist.marks.has(v) && dist.get(v)! <= max && filter.edge(e)) return true;
    }
  }
  return false;
}
