import type { Entity, Relation } from '../../model/records.js';
import { flatEvidence, fullDateSpan, propertyText, sourcesOf } from './records.js';
import type { ExportView } from './view.js';

/** Value types every tabular or keyed format can declare (GEXF, GraphML, Neo4j CSV name them alike). */
export type ColumnType = 'string' | 'double' | 'long' | 'boolean';
export type CellValue = string | number | boolean | undefined;

/** One attribute written for every entity or relation: its name, declared type and how to read it. */
export interface Column<T> {
  name: string;
  type: ColumnType;
  value(record: T, view: ExportView): CellValue;
}

const json = (v: unknown) => JSON.stringify(v);
const nonEmpty = (list: readonly unknown[]) => (list.length > 0 ? json(list) : undefined);

/** Entity attributes beside id and label; lists are JSON strings (no separator to collide with). */
export const ENTITY_COLUMNS: Column<Entity>[] = [
  { name: 'label', type: 'string', value: (e) => e.label },
  { name: 'kind', type: 'string', value: (e) => e.kind },
  { name: 'status', type: 'string', value: (e) => e.status ?? 'reviewed' },
  { name: 'description', type: 'string', value: (e) => e.description },
  { name: 'aliases', type: 'string', value: (e) => nonEmpty(e.aliases) },
  { name: 'wikidata', type: 'string', value: (e) => e.wikidata },
  { name: 'iso2', type: 'string', value: (e) => e.iso2 },
  { name: 'iso3', type: 'string', value: (e) => e.iso3 },
  { name: 'degree', type: 'long', value: (e, v) => v.degree(e.id) },
];

/** Layout columns, for formats without a place of their own for positions (GEXF has viz). */
export const LAYOUT_COLUMNS: Column<Entity>[] = [
  { name: 'x', type: 'double', value: (e, v) => v.position(e.id).x },
  { name: 'y', type: 'double', value: (e, v) => v.position(e.id).y },
  { name: 'size', type: 'double', value: (e, v) => v.size(e.id) },
  { name: 'color', type: 'string', value: (e, v) => v.color(e.kind) },
];

/**
 * Relation attributes beside id, source and target. `relationType` (not `type`: sigma and Gephi Lite
 * read an edge's `type` as its drawing program) is the vocabulary id; time keeps the source's partial
 * dates and their precision; `evidence` is the full list as JSON, so nothing is lost.
 */
export const RELATION_COLUMNS: Column<Relation>[] = [
  { name: 'relationType', type: 'string', value: (r) => r.type },
  { name: 'label', type: 'string', value: (r, v) => v.relationType(r.type)?.label ?? r.type },
  { name: 'status', type: 'string', value: (r) => r.status },
  { name: 'confidence', type: 'double', value: (r) => r.confidence },
  { name: 'hedge', type: 'string', value: (r) => r.hedge },
  { name: 'pointInTime', type: 'string', value: (r) => r.pointInTime },
  { name: 'start', type: 'string', value: (r) => r.start },
  { name: 'end', type: 'string', value: (r) => r.end },
  { name: 'timePrecision', type: 'string', value: (r) => fullDateSpan(r)?.precision },
  { name: 'note', type: 'string', value: (r) => r.note },
  { name: 'evidenceCount', type: 'long', value: (r) => r.evidence.length },
  { name: 'sourceCount', type: 'long', value: (r) => sourcesOf(r).length },
  { name: 'sources', type: 'string', value: (r) => json(sourcesOf(r)) },
  { name: 'evidence', type: 'string', value: (r) => json(r.evidence.map(flatEvidence)) },
  { name: 'review', type: 'string', value: (r) => (r.review ? json(r.review) : undefined) },
];

/** Kept foreign attributes (`properties`) of a record, as extra columns. */
export interface PropertyColumn<T> extends Column<T> {
  /** The key inside `properties`. */
  key: string;
}

/** Names formats use for identity and endpoints, never taken by a property. */
const RESERVED = new Set(['id', 'key', 'source', 'target', 'from', 'to']);

type WithProperties = { properties?: Record<string, unknown> };

/**
 * Columns for the foreign attributes records carry, typed from their values (all integers: long; all
 * numbers: double; all booleans: boolean; else string, objects as JSON). Sorted by key for stable
 * output; a key that collides with a built-in column is written as `properties.<key>`.
 */
export function propertyColumns<T extends WithProperties>(records: Iterable<T>, builtIn: readonly Column<T>[]): PropertyColumn<T>[] {
  const seen = new Map<string, ColumnType | null>();
  for (const r of records) {
    if (!r.properties) continue;
    for (const [key, value] of Object.entries(r.properties)) {
      if (value === null || value === undefined) continue;
      const t = valueType(value);
      const prior = seen.get(key);
      seen.set(key, prior === undefined || prior === t ? t : widen(prior, t));
    }
  }
  const taken = new Set(builtIn.map((c) => c.name));
  return [...seen.keys()].sort().map((key) => {
    const type = seen.get(key) ?? 'string';
    return {
      key,
      name: taken.has(key) || RESERVED.has(key) ? `properties.${key}` : key,
      type,
      value: (r: T) => cell(r.properties?.[key], type),
    };
  });
}

function valueType(v: unknown): ColumnType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'long' : 'double';
  return 'string';
}

function widen(a: ColumnType | null, b: ColumnType): ColumnType {
  if (a === null) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function cell(v: unknown, type: ColumnType): CellValue {
  if (v === null || v === undefined) return undefined;
  return type === 'string' ? propertyText(v) : (v as number | boolean);
}

/** A cell as text: numbers in JavaScript's shortest round-trip form, booleans as true/false. */
export function cellText(v: CellValue): string | undefined {
  return v === undefined ? undefined : String(v);
}
