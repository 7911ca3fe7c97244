import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What write requests can refer to in a data folder: ids, relation types, and quotable sentences per source. */
export interface Corpus {
  entityIds: string[];
  relationIds: string[];
  types: string[];
  /** Source id -> sentences that occur exactly once in its text (so a quote needs no offsets). */
  quotes: Array<{ source: string; sentences: string[] }>;
  /** Mean size of a relation file: what one write to it rewrites. */
  relationFileBytes: number;
  relationFiles: number;
}

const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));

/** Sentences of a text that appear once in it, at least 30 characters long. */
export function uniqueSentences(text: string, max = 200): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]/g)) {
    const s = m[0].trim();
    if (s.length >= 30 && text.indexOf(s) === text.lastIndexOf(s)) out.push(s);
    if (out.length >= max) break;
  }
  return out;
}

export function readCorpus(dataDir: string): Corpus {
  const entityIds = jsonFiles(path.join(dataDir, 'entities')).flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')).entities as Array<{ id: string }>).map((e) => e.id));
  const relFiles = jsonFiles(path.join(dataDir, 'relations'));
  const relationIds = relFiles.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')).relations as Array<{ id: string }>).map((r) => r.id));
  const vocabulary = JSON.parse(readFileSync(path.join(dataDir, 'vocabulary.json'), 'utf8')) as { relationTypes: Array<{ id: string }> };
  const quotes = readdirSync(path.join(dataDir, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ source: f.replace(/\.txt$/, ''), sentences: uniqueSentences(readFileSync(path.join(dataDir, 'sources', f), 'utf8')) }))
    .filter((q) => q.sentences.length > 0);
  const bytes = relFiles.reduce((a, f) => a + statSync(f).size, 0);
  return { entityIds, relationIds, types: vocabulary.relationTypes.map((t) => t.id), quotes, relationFileBytes: bytes / relFiles.length, relationFiles: relFiles.length };
}
