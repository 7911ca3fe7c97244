import { parsePartialDate } from './dates.js';
import { ID_PATTERN } from './ids.js';
import type { Entity, QuoteEvidence, Relation } from './records.js';
import { STATUSES } from './statuses.js';

/**
 * Fast paths for the two record schemas a large load parses by the million. Each accepts only the
 * common, plainly valid shape and builds exactly what zod's parse would (same keys, same order);
 * anything else (a field they do not know, a value to trim, an audit, properties, record evidence,
 * any error) gives null, and the caller runs the zod schema, which stays the one definition of the
 * format and the one source of error messages. Written by hand because zod checks a record with
 * dozens of closures and allocations, about 5 µs a relation, and a load is mostly that.
 * tests/unit/fast-records.test.ts checks these against zod.
 */

const RELATION_KEYS = new Set(['id', 'type', 'from', 'to', 'status', 'confidence', 'hedge', 'pointInTime', 'start', 'end', 'note', 'evidence']);
const ENTITY_KEYS = new Set(['id', 'kind', 'label', 'aliases', 'description', 'wikidata', 'iso2', 'iso3', 'status']);
const QUOTE_KEYS = new Set(['source', 'quote', 'start', 'end']);

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
/** A string zod's `.trim().min(1)` passes unchanged. */
const trimmed = (v: unknown): v is string => nonEmpty(v) && v.trim() === v;
const isDate = (v: unknown): v is string => typeof v === 'string' && parsePartialDate(v) !== null;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
function onlyKeys(o: Obj, allowed: Set<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

function quote(v: unknown): QuoteEvidence | null {
  if (!isObject(v) || !onlyKeys(v, QUOTE_KEYS)) return null;
  const { source, quote, start, end } = v;
  if (!isId(source) || !nonEmpty(quote) || !isInt(start) || start < 0 || !isInt(end) || end <= 0) return null;
  return { source, quote, start, end };
}

/** The relation zod's `Relation` would give, when the record is of the common plain shape; else null. */
export function fastRelation(v: unknown): Relation | null {
  if (!isObject(v) || !onlyKeys(v, RELATION_KEYS)) return null;
  const { id, type, from, to, status, confidence, hedge, pointInTime, start, end, note, evidence } = v;
  if (!isId(id) || !nonEmpty(type) || !isId(from) || !isId(to)) return null;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) return null;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) return null;
  if (!Array.isArray(evidence) || evidence.length === 0) return null;
  const out = { id, type, from, to, status, confidence } as Relation;
  if (hedge !== undefined) {
    if (typeof hedge !== 'string') return null;
    out.hedge = hedge;
  }
  for (const [key, value] of [['pointInTime', pointInTime], ['start', start], ['end', end]] as const) {
    if (value === undefined) continue;
    if (!isDate(value)) return null;
    out[key] = value;
  }
  if (note !== undefined) {
    if (typeof note !== 'string') return null;
    out.note = note;
  }
  const items: QuoteEvidence[] = [];
  for (const item of evidence) {
    const q = quote(item);
    if (!q) return null;
    items.push(q);
  }
  out.evidence = items;
  return out;
}

/** The entity zod's `Entity` would give, when the record is of the common plain shape; else null. */
export function fastEntity(v: unknown): Entity | null {
  if (!isObject(v) || !onlyKeys(v, ENTITY_KEYS)) return null;
  const { id, kind, label, aliases, description, wikidata, iso2, iso3, status } = v;
  if (!isId(id) || !nonEmpty(kind) || !trimmed(label)) return null;
  let names: string[] = [];
  if (aliases !== undefined) {
    if (!Array.isArray(aliases) || !aliases.every(trimmed)) return null;
    names = aliases.slice();
  }
  const out: Entity = { id, kind, label, aliases: names };
  if (description !== undefined) {
    if (!trimmed(description)) return null;
    out.description = description;
  }
  if (wikidata !== undefined) {
    if (typeof wikidata !== 'string' || !/^Q\d+$/.test(wikidata)) return null;
    out.wikidata = wikidata;
  }
  if (iso2 !== undefined) {
    if (typeof iso2 !== 'string' || !/^[A-Z]{2}$/.test(iso2)) return null;
    out.iso2 = iso2;
  }
  if (iso3 !== undefined) {
    if (typeof iso3 !== 'string' || !/^[A-Z]{3}$/.test(iso3)) return null;
    out.iso3 = iso3;
  }
  if (status !== undefined) {
    if (status !== 'reviewed' && status !== 'proposed') return null;
    out.status = status;
  }
  return out;
}
