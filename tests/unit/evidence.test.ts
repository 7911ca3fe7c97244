import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_DATA } from '../helpers/data-dir.js';

/**
 * Independent of the validator: reads the files as a curator would and checks that every quote is the
 * source text at its offsets, and that the article is stored byte for byte.
 */
/** The seed article beside the checkout, when present (it is in the workplace; a clone elsewhere falls back to git's copy). */
const SEED = path.join(GRAPH_DATA, '..', '..', 'shared', 'seed', 'eu-central-asia-article.txt');
const SEED_SHA256 = 'e45b487c06a8d6b1942c21a6b9d3f27549ba95de54c4d55ab6189ce45eb82c67';
const read = (rel: string) => readFileSync(path.join(GRAPH_DATA, rel), 'utf8');
const relationFiles = readdirSync(path.join(GRAPH_DATA, 'relations')).filter((f) => f.endsWith('.json'));
const relations = relationFiles.flatMap((f) => JSON.parse(read(`relations/${f}`)).relations as any[]);

describe('evidence in graph-data', () => {
  it('stores the source article byte for byte', () => {
    const stored = readFileSync(path.join(GRAPH_DATA, 'sources', 'eu-central-asia-summit-2024.txt'));
    // The seed's digest, recorded when the dataset was made; the seed itself is compared too where it is at hand.
    expect(createHash('sha256').update(stored).digest('hex')).toBe(SEED_SHA256);
    expect(JSON.parse(read('sources/eu-central-asia-summit-2024.json')).sha256).toBe(SEED_SHA256);
    if (existsSync(SEED)) expect(stored.equals(readFileSync(SEED))).toBe(true);
  });

  it.each(relations.map((r) => [r.id, r]))('%s: every quote is found verbatim at its offsets', (_id, r) => {
    expect(r.evidence.length).toBeGreaterThanOrEqual(1);
    for (const ev of r.evidence) {
      const text = read(`sources/${ev.source}.txt`);
      // Record evidence (a dataset's record by locator): the record's key is in the stored file.
      if (ev.locator !== undefined) {
        expect(text).toContain(`"key":"${ev.locator.replace(/^(node|edge):/, '')}"`);
        continue;
      }
      expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it('keeps article facts and reference facts apart, each with its own source', () => {
    const bySource = new Map<string, number>();
    for (const r of relations) for (const s of new Set(r.evidence.map((e: any) => e.source))) bySource.set(s as string, (bySource.get(s as string) ?? 0) + 1);
    expect(bySource.get('eu-central-asia-summit-2024')).toBeGreaterThanOrEqual(40);
    expect(bySource.get('corridor-reference-geography')).toBeGreaterThan(0);
    const reference = JSON.parse(read('sources/corridor-reference-geography.json'));
    expect(reference.kind).toBe('reference');
  });
});
