/**
 * Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as comparable day strings, with the server's "valid at"
 * reading: a relation with a point in time holds from then on; one with start/end holds from the
 * first day of its start to the last day of its end; one without time always holds. An "as of" date
 * that is partial means its last day.
 */
export function firstDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

export function lastDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return `${y}-${m}-${d}`;
  if (!m) return `${y}-12-31`;
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(days).padStart(2, '0')}`;
}

export interface Dated {
  pointInTime: string | null;
  start: string | null;
  end: string | null;
}

/** Whether a relation holds on `day` (a YYYY-MM-DD string from lastDay()). */
export function holdsAt(r: Dated, day: string): boolean {
  if (r.pointInTime) return firstDay(r.pointInTime) <= day;
  if (r.start && firstDay(r.start) > day) return false;
  if (r.end && lastDay(r.end) < day) return false;
  return true;
}

/** How a relation's time reads in the panel: "2024", "since 2021", "2019 – 2022", or "". */
export function describeTime(r: Dated): string {
  if (r.pointInTime) return r.pointInTime;
  if (r.start && r.end) return `${r.start} – ${r.end}`;
  if (r.start) return `since ${r.start}`;
  if (r.end) return `until ${r.end}`;
  return '';
}
