import { firstDay, lastDay } from '../model/dates.js';
import type { Relation } from '../model/records.js';

/**
 * The span of days in which a relation holds, for "valid at" filters. A relation with start/end holds
 * from the first day of its start to the last day of its end (an open end is unbounded). A relation
 * with a pointInTime has held from then on ("as of" reading: the summit's upgrade is still in force
 * later). A relation without time always holds. Precision widens the span: "2024" starts 2024-01-01.
 */
export function validitySpan(r: Pick<Relation, 'pointInTime' | 'start' | 'end'>): [number, number] {
  if (r.pointInTime) return [firstDay(r.pointInTime), Number.POSITIVE_INFINITY];
  return [r.start ? firstDay(r.start) : Number.NEGATIVE_INFINITY, r.end ? lastDay(r.end) : Number.POSITIVE_INFINITY];
}

/** A validAt argument ("2024", "2024-05", "2024-05-01") as a day number; a partial date means its last day. */
export function dayOf(date: string): number {
  return lastDay(date);
}

export function isValidAt(r: Pick<Relation, 'pointInTime' | 'start' | 'end'>, day: number): boolean {
  const [from, to] = validitySpan(r);
  return from <= day && day <= to;
}
