import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastEntity, fastRelation } from '../../server/model/fast-records.js';
import { Entity, Relation } from '../../server/model/records.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';

/** Every record of one kind in the article graph's files. */
function recordsOf(kind: 'entities' | 'relations'): unknown[] {
  const dir = path.join(GRAPH_DATA, kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown[]>)[kind]!);
}

const quote = { source: 'summit', quote: 'The EU met.', start: 0, end: 11 };
const relation = { id: 'r-1', type: 'supports', from: 'eu', to: 'kazakhstan', status: 'reviewed', confidence: 0.9, evidence: [quote] };
const entity = { id: 'eu', kind: 'SupranationalOrganization', label: 'European Union', aliases: ['EU'] };

describe('the fast record checks give what zod gives, or leave the record to zod', () => {
  it('accepts the article graph’s records exactly as zod parses them, keys in the same order', () => {
    for (const [records, fast, schema] of [
      [recordsOf('entities'), fastEntity, Entity],
      [recordsOf('relations'), fastRelation, Relation],
    ] as const) {
      for (const r of records) {
        const quick = fast(r);
        if (quick === null) continue; // left to zod: always allowed
        const parsed = schema.parse(r);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed));
      }
    }
    expect(recordsOf('relations').filter((r) => fastRelation(r) !== null).length).toBeGreaterThan(0);
  });

  it('parses plain records, with the optional fields zod would keep and aliases defaulted', () => {
    const full = { ...relation, hedge: 'may', pointInTime: '2024-04', note: 'n' };
    expect(JSON.stringify(fastRelation(full))).toBe(JSON.stringify(Relation.parse(full)));
    const bare = { id: 'eu', kind: 'Country', label: 'EU' };
    expect(fastEntity(bare)).toEqual(Entity.parse(bare));
    expect(fastEntity(bare)!.aliases).toEqual([]);
  });

  it('leaves every record zod would refuse or change to zod', () => {
    const refused: unknown[] = [
      { ...relation, extra: 1 },
      { ...relation, id: 'Not An Id' },
      { ...relation, status: 'maybe' },
      { ...relation, confidence: 1.5 },
      { ...relation, evidence: [] },
      { ...relation, evidence: [{ ...quote, start: -1 }] },
      { ...relation, evidence: [{ ...quote, start: 1.5 }] },
      { ...relation, evidence: [{ source: 'data', locator: 'row:2' }] },
      { ...relation, pointInTime: '2024-02-30' },
      { ...relation, review: { by: 'a', at: '2024-01-01T00:00:00Z' } },
      { ...entity, label: ' padded ' },
      { ...entity, aliases: ['ok', ''] },
      { ...entity, iso2: 'kz' },
      { ...entity, properties: { a: 1 } },
      null,
      [relation],
    ];
    for (const r of refused) expect(fastRelation(r) ?? fastEntity(r)).toBeNull();
  });
});
