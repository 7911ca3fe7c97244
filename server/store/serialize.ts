import { Entity, Relation, SourceMeta, type Source } from '../model/records.js';

/**
 * Files are written in one canonical form: two-space JSON, keys in schema order, a trailing newline.
 * A loaded file written back unchanged is byte-identical, so a change shows in `git diff` as just the
 * records it touched.
 */
const ENTITY_KEYS = Object.keys(Entity.shape);
const RELATION_KEYS = Object.keys(Relation.shape);
const SOURCE_KEYS = Object.keys(SourceMeta.shape);

function ordered<T extends object>(record: T, keys: string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (record as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

/** An entity with its keys in schema order, as a file holds it. */
export const canonicalEntity = (e: Entity): Entity => ordered(e, ENTITY_KEYS);
/** A relation with its keys in schema order, as a file holds it. */
export const canonicalRelation = (r: Relation): Relation => ordered(r, RELATION_KEYS);

export function entitiesFileText(entities: Entity[]): string {
  return JSON.stringify({ $schema: '../schema/entities.schema.json', entities: entities.map(canonicalEntity) }, null, 2) + '\n';
}

export function relationsFileText(relations: Relation[]): string {
  return JSON.stringify({ $schema: '../schema/relations.schema.json', relations: relations.map(canonicalRelation) }, null, 2) + '\n';
}

export function sourceMetaText(source: Source): string {
  const { text: _text, ...meta } = source;
  return JSON.stringify(ordered({ $schema: '../schema/source.schema.json', ...meta }, SOURCE_KEYS), null, 2) + '\n';
}
