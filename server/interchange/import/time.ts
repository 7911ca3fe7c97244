import { parsePartialDate } from '../../model/dates.js';

/**
 * The calendar date a time value gives, at the precision written: "2016", "2016-02", "2016-02-03";
 * a dateTime ("2012-01-12T15:00:00+03:00") gives its day (the full value is kept by the caller).
 * Null for open ends ("Infinity"), numbers that are not years and anything else.
 */
export function partialDateOf(value: string): string | null {
  const v = value.trim();
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (!m || !parsePartialDate(m[1]!)) return null;
  return m[1]!;
}

/** One interval of Gephi's interval syntax: "[a, b]" or "<[a, b, value]; [c, d]>". */
export interface Interval {
  start?: string;
  end?: string;
}

/**
 * Parses Gephi's timeset/interval column syntax ("[2016-02-03, 2016-02-04]", "[1,5]; [10, 10.5]",
 * "<[1, 2, 1]; [2, 3, 2]>", with "Infinity"/"-Infinity" for open ends) or a single timestamp.
 * Written by hand: no package reads this notation (it is Gephi's own).
 */
export function parseIntervals(text: string): Interval[] {
  const t = text.trim().replace(/^<|>$/g, '');
  const out: Interval[] = [];
  for (const m of t.matchAll(/\[([^\]]*)\]/g)) {
    const [a, b] = m[1]!.split(',').map((s) => s.trim());
    out.push({ ...(a && !/^-?infinity$/i.test(a) ? { start: a } : {}), ...(b && !/^-?infinity$/i.test(b) ? { end: b } : {}) });
  }
  if (out.length === 0 && t !== '') out.push({ start: t, end: t });
  return out;
}
