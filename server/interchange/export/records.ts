import { precisionOf } from '../../model/dates.js';
import { isRecordEvidence, type Evidence, type Relation } from '../../model/records.js';

/** One evidence item flattened to the fields every tabular format writes (absent ones undefined). */
export interface FlatEvidence {
  source: string;
  quote?: string;
  start?: number;
  end?: number;
  prefix?: string;
  suffix?: string;
  locator?: string;
  extractorName?: string;
  extractorVersion?: string;
  extractorRule?: string;
}

/** Quote evidence and record evidence in one shape. */
export function flatEvidence(ev: Evidence): FlatEvidence {
  const out: FlatEvidence = { source: ev.source };
  if (isRecordEvidence(ev)) out.locator = ev.locator;
  else {
    out.quote = ev.quote;
    out.start = ev.start;
    out.end = ev.end;
    if (ev.prefix !== undefined) out.prefix = ev.prefix;
    if (ev.suffix !== undefined) out.suffix = ev.suffix;
  }
  if (ev.extractor) {
    out.extractorName = ev.extractor.name;
    out.extractorVersion = ev.extractor.version;
    out.extractorRule = ev.extractor.rule;
  }
  return out;
}

/** Distinct source ids of a relation's evidence, in evidence order. */
export function sourcesOf(r: Relation): string[] {
  return [...new Set(r.evidence.map((e) => e.source))];
}

/**
 * A relation's time as a closed interval of full dates (YYYY-MM-DD), for formats whose time is a
 * date: a point in time is start = end; a partial date widens to its first day (start) or last day
 * (end). `precision` keeps what the source gave: "year", "month", "day", or "start/end" when the
 * two ends differ ("year/day").
 */
export interface FullDateSpan {
  start?: string;
  end?: string;
  precision: string;
}

export function fullDateSpan(r: Pick<Relation, 'pointInTime' | 'start' | 'end'>): FullDateSpan | null {
  if (r.pointInTime) {
    const day = firstFullDate(r.pointInTime);
    return { start: day, end: day, precision: precisionOf(r.pointInTime) };
  }
  if (!r.start && !r.end) return null;
  const precisions = [r.start, r.end].filter((v): v is string => v !== undefined).map(precisionOf);
  const span: FullDateSpan = { precision: precisions[0] === precisions[1] || precisions.length === 1 ? precisions[0]! : precisions.join('/') };
  if (r.start) span.start = firstFullDate(r.start);
  if (r.end) span.end = lastFullDate(r.end);
  return span;
}

function firstFullDate(v: string): string {
  const [y, m = '01', d = '01'] = v.split('-');
  return `${y}-${m}-${d}`;
}

function lastFullDate(v: string): string {
  const [y, m, d] = v.split('-');
  if (d !== undefined) return v;
  if (m === undefined) return `${y}-12-31`;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

/** A property value as text: strings as they are, other JSON values as JSON. */
export function propertyText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
