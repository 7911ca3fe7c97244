import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDataset, type SyntheticSpec } from '../synthetic/generate.js';
import { ROOT, VOCABULARY } from './paths.js';

const CACHE = path.join(tmpdir(), 'corridor-bench-cache');
const GENERATOR = path.join(ROOT, 'bench', 'synthetic', 'generate.ts');

/**
 * A synthetic data folder for a spec, generated once and cached in the temp dir. The cache key holds
 * the spec and a digest of the generator and the vocabulary, so a changed generator regenerates.
 */
export function syntheticGraph(spec: SyntheticSpec): { dir: string; generatedMs: number | null } {
  const digest = createHash('sha256').update(readFileSync(GENERATOR)).update(readFileSync(VOCABULARY)).digest('hex').slice(0, 10);
  const key = `syn-${spec.entities}-${spec.relations}-${spec.attachment ?? 'mixed'}-seed${spec.seed ?? 7}-src${spec.sources ?? 20}-${digest}`;
  const dir = path.join(CACHE, key, 'graph-data');
  const marker = path.join(CACHE, key, 'complete');
  if (existsSync(marker)) return { dir, generatedMs: null };
  const t0 = performance.now();
  generateDataset(dir, spec, VOCABULARY);
  writeFileSync(marker, new Date().toISOString());
  return { dir, generatedMs: performance.now() - t0 };
}

/** A private copy of a data folder (for writes), named graph-data like the original. */
export function copyOfDataDir(src: string): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'corridor-bench-writes-'));
  const dir = path.join(parent, 'graph-data');
  cpSync(src, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Growing preferential attachment: a power law with hubs of thousands of relations (see generate.ts). */
export const SMALL: SyntheticSpec = { entities: 10_000, relations: 50_000, attachment: 'growing' };
export const LARGE: SyntheticSpec = { entities: 100_000, relations: 500_000, attachment: 'growing' };
export const WRITES: SyntheticSpec = { entities: 20_000, relations: 100_000, attachment: 'growing' };
export const specName = (s: SyntheticSpec) => `synthetic ${s.entities / 1000}k/${s.relations / 1000}k`;
