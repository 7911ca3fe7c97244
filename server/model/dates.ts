/**
 * Dates keep the precision the source gives: "2024" (year), "2024-04" (month), "2024-04-03" (day).
 * The precision is read from the form, so no separate precision field can disagree with the value.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export function parsePartialDate(value: string): { year: number; month?: number; day?: number } | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
  }
  return { year, month, day };
}

export function precisionOf(value: string): DatePrecision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

const DAY_MS = 86_400_000;

/** First day covered by a partial date, as days since 1970-01-01 ("2024" -> 2024-01-01). */
export function firstDay(value: string): number {
  const d = parsePartialDate(value);
  if (!d) throw new Error(`not a date: ${value}`);
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / DAY_MS;
}

/** Last day covered by a partial date ("2024" -> 2024-12-31, "2024-02" -> 2024-02-29). */
export function lastDay(value: string): number {
  const d = parsePartialDate(value);
  if (!d) throw new Error(`not a date: ${value}`);
  if (d.day !== undefined) return Date.UTC(d.year, d.month! - 1, d.day) / DAY_MS;
  if (d.month !== undefined) return Date.UTC(d.year, d.month, 0) / DAY_MS;
  return Date.UTC(d.year, 11, 31) / DAY_MS;
}
