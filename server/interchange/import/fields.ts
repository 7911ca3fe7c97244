import { ID_PATTERN } from '../../model/ids.js';
import type { JsonValue } from './foreign.js';

/** A value as one line of text (lists and objects as JSON), or undefined when empty. */
export function textOf(v: JsonValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v.trim() : Array.isArray(v) && v.length === 1 ? textOf(v[0]) : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s === '' ? undefined : s;
}

/** Aliases from a list, a JSON list written as text (Corridor's exports), or one name. */
export function aliasesOf(v: JsonValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map((x) => textOf(x)).filter((x): x is string => x !== undefined);
  const s = String(v).trim();
  if (s.startsWith('[')) {
    try {
      const list = JSON.parse(s) as unknown;
      if (Array.isArray(list)) return list.map(String).map((x) => x.trim()).filter(Boolean);
    } catch {
      // not a JSON list: one alias
    }
  }
  return s === '' ? [] : [s];
}

/** A Wikidata item id from "Q232", "wd:Q232" or an entity IRI. */
export function qidOf(v: JsonValue | undefined): string | undefined {
  const s = textOf(v);
  return s ? /(?:^|[/:])(Q\d+)$/.exec(s)?.[1] : undefined;
}

/** An ISO 3166-1 code of the given length, upper-cased. */
export function isoOf(v: JsonValue | undefined, length: 2 | 3): string | undefined {
  const s = textOf(v)?.toUpperCase();
  return s && new RegExp(`^[A-Z]{${length}}$`).test(s) ? s : undefined;
}

/** A number from a number or its text. */
export function numberOf(v: JsonValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  const s = textOf(v);
  return s !== undefined && s !== '' && !Number.isNaN(Number(s)) ? Number(s) : undefined;
}

/** Whether a foreign id can be kept as a Corridor id: a valid id with a letter (Gephi's "0", "1" are not kept). */
export function keepableId(id: string | undefined): id is string {
  return id !== undefined && ID_PATTERN.test(id) && /[a-z]/.test(id);
}
