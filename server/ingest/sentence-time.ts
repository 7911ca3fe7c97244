/**
 * Time phrases of a sentence to the partial ISO dates of the model (server/model/dates.ts).
 * Written by hand: the date libraries at hand parse one date string, not the prepositions ("since",
 * "from … to …") that decide whether a date is a point, a start or an end.
 * A relation gets a time only from its own sentence; the source's publication date is not copied in
 * (a news article's past tense rarely dates the fact, and the source keeps its date anyway).
 */
import { parsePartialDate } from '../model/dates.js';

export interface SentenceTime {
  pointInTime?: string;
  start?: string;
  end?: string;
  /** The phrase gives the time loosely ("early 2024"). */
  approximate?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join('|')}|sept\\.?)`;
const YEAR = '(?:19|20)\\d\\d';
/** "12 May 2024", "May 12, 2024", "May 2024", "2024". */
const DATED_MONTH = `(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? ${YEAR}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}|${MONTH},? ${YEAR})`;
const DATE = `(?:${DATED_MONTH}|${YEAR})`;
const LOOSE = '(?:early|late|mid|the (?:start|end|beginning|middle) of|the (?:first|second) half of)';

const RULES: Array<{ re: RegExp; build: (m: RegExpExecArray) => SentenceTime | null }> = [
  { re: new RegExp(`\\b(?:from|between) (${DATE}) (?:to|until|till|and|through) (${DATE})\\b`, 'i'), build: (m) => both(date(m[1]!), date(m[2]!)) },
  { re: new RegExp(`\\b(${YEAR})\\s?[-–]\\s?(${YEAR})\\b`, 'i'), build: (m) => both(date(m[1]!), date(m[2]!)) },
  { re: new RegExp(`\\b(?:since|starting in|from) (?:${LOOSE}[ -])?(${DATE})\\b`, 'i'), build: (m) => loosely(one('start', date(m[1]!)), m[0]) },
  { re: new RegExp(`\\b(?:until|till) (${DATE})\\b`, 'i'), build: (m) => one('end', date(m[1]!)) },
  { re: new RegExp(`\\b${LOOSE}[ -](${YEAR})\\b`, 'i'), build: (m) => ({ pointInTime: m[1]!, approximate: true }) },
  { re: new RegExp(`\\b(?:on|in|during|at the end of) (${DATE})\\b`, 'i'), build: (m) => one('pointInTime', date(m[1]!)) },
  { re: new RegExp(`\\b(${DATED_MONTH})\\b`, 'i'), build: (m) => one('pointInTime', date(m[1]!)) },
];

/** The first time the sentence states, or {} when it states none. */
export function sentenceTime(sentence: string): SentenceTime {
  for (const rule of RULES) {
    const m = rule.re.exec(sentence);
    const t = m && rule.build(m);
    if (t) return t;
  }
  return {};
}

/** Marks a time approximate when its phrase hedges it ("since late 2022"). */
function loosely(t: SentenceTime | null, phrase: string): SentenceTime | null {
  return t && new RegExp(`\\b${LOOSE}`, 'i').test(phrase) ? { ...t, approximate: true } : t;
}

function one(field: 'pointInTime' | 'start' | 'end', value: string | null): SentenceTime | null {
  return value === null ? null : { [field]: value };
}

function both(start: string | null, end: string | null): SentenceTime | null {
  return start === null || end === null || start > end ? null : { start, end };
}

/** A date phrase to YYYY, YYYY-MM or YYYY-MM-DD; null when it is not a real date. */
export function date(phrase: string): string | null {
  const year = /(?:19|20)\d\d/.exec(phrase)?.[0];
  if (!year) return null;
  const lower = phrase.toLowerCase();
  const monthIndex = MONTHS.findIndex((m) => new RegExp(`\\b(?:${m}|${m.slice(0, 3)})\\b`).test(lower) || (m === 'september' && /\bsept\b/.test(lower)));
  if (monthIndex < 0) return year;
  const month = String(monthIndex + 1).padStart(2, '0');
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(lower.replace(year, ''))?.[1];
  const value = day ? `${year}-${month}-${day.padStart(2, '0')}` : `${year}-${month}`;
  return parsePartialDate(value) ? value : null;
}
