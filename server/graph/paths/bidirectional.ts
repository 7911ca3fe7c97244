import type { BudgetMeter } from '../scratch.js';
import type { SearchBall } from './search-ball.js';

/**
 * Grows whichever side is cheaper to expand (fewer relations to scan) by one level, so a search
 * between an ordinary entity and one next to a hub expands the ordinary side and merely touches the
 * hub. Returns the new level, or null when the budget ran out.
 */
function growCheaper(source: SearchBall, target: SearchBall, meter: BudgetMeter): { level: number[]; other: SearchBall } | null {
  const [side, other] = source.frontierCost <= target.frontierCost ? [source, target] : [target, source];
  const level = side.expand(meter);
  return level && { level, other };
}

/**
 * The length of the shortest path, found by growing both sides until they share a node: when they
 * first do, the radii add up to that length (a shorter path would have put a node in both earlier).
 * Infinity when there is none of at most `maxLength` hops; null when the budget ran out.
 */
export function meetingDistance(source: SearchBall, target: SearchBall, maxLength: number, meter: BudgetMeter): number | null {
  for (;;) {
    if (source.exhausted || target.exhausted || source.radius + target.radius >= maxLength) return Number.POSITIVE_INFINITY;
    const grown = growCheaper(source, target, meter);
    if (!grown) return null;
    if (grown.level.some((v) => grown.other.dist.marks.has(v))) return source.radius + target.radius;
  }
}

/**
 * Grows the sides until every node of every path of `length` hops lies in one of them: their radii
 * add up to `length`, or one side holds everything it can reach. False when the budget ran out.
 */
export function coverLength(source: SearchBall, target: SearchBall, length: number, meter: BudgetMeter): boolean {
  while (!source.exhausted && !target.exhausted && source.radius + target.radius < length) {
    if (!growCheaper(source, target, meter)) return false;
  }
  return true;
}
