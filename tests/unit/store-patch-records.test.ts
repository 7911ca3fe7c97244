import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, Relation } from '../../server/model/records.js';
import { seededRandom } from '../../server/graph/derived.js';
import { patchRecordsText, recordText } from '../../server/store/files/patch-records.js';
import { canonicalEntity, canonicalRelation, entitiesFileText, relationsFileText } from '../../server/store/serialize.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';

const relations = (JSON.parse(readFileSync(path.join(GRAPH_DATA, 'relations', 'eu-central-asia-summit-2024.json'), 'utf8')) as { relations: Relation[] }).relations;
const entities = (JSON.parse(readFileSync(path.join(GRAPH_DATA, 'entities', 'places.json'), 'utf8')) as { entities: Entity[] }).entities;

/** A random edit of a list: some records changed, some deleted, some added at the end. */
function edit<T extends { id: string }>(list: T[], seed: number, change: (r: T, n: number) => T): { next: T[]; changed: Set<string> } {
  const rnd = seededRandom(seed);
  const changed = new Set<string>();
  const next: T[] = [];
  list.forEach((r, n) => {
    const roll = rnd();
    if (roll < 0.1) changed.add(r.id); // deleted
    else if (roll < 0.3) {
      next.push(change(r, n));
      changed.add(r.id);
    } else next.push(r);
  });
  for (let n = 0; n < 3; n++) {
    const added = change({ ...list[n]!, id: `added-${seed}-${n}` }, n);
    next.push(added);
    changed.add(added.id);
  }
  return { next, changed };
}

describe('patching a canonical record file', () => {
  it.each([1, 2, 3, 4, 5])('gives exactly the whole serialisation for relations (seed %i)', (seed) => {
    const old = relationsFileText(relations);
    const { next, changed } = edit(relations, seed, (r, n) => ({ ...r, confidence: 0.5, note: `changed "${n}"\nwith a newline` }));
    const byId = new Map(next.map((r) => [r.id, r]));
    const patched = patchRecordsText(old, 'relations', next.map((r) => r.id), changed, (id) => recordText(canonicalRelation(byId.get(id)!)));
    expect(patched).toBe(relationsFileText(next));
  });

  it('gives exactly the whole serialisation for entities', () => {
    const old = entitiesFileText(entities);
    const { next, changed } = edit(entities, 9, (e) => ({ ...e, aliases: [...e.aliases, 'Another name'], description: 'Changed.' }));
    const byId = new Map(next.map((e) => [e.id, e]));
    const patched = patchRecordsText(old, 'entities', next.map((e) => e.id), changed, (id) => recordText(canonicalEntity(byId.get(id)!)));
    expect(patched).toBe(entitiesFileText(next));
  });

  it('declines (null) a file not in the canonical layout, or a record it cannot find', () => {
    const ids = relations.map((r) => r.id);
    const record = (id: string) => recordText(canonicalRelation(relations.find((r) => r.id === id)!));
    expect(patchRecordsText(JSON.stringify({ relations }, null, 4), 'relations', ids, new Set(), record)).toBeNull();
    expect(patchRecordsText(relationsFileText(relations.slice(1)), 'relations', ids, new Set(), record)).toBeNull();
    expect(patchRecordsText(relationsFileText(relations), 'relations', [], new Set(), record)).toBeNull();
  });
});
