import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas, jsonSchemaText } from '../../model/json-schemas.js';
import { reviewsFile, sourceOriginalFile } from '../layout.js';
import { reviewsFileText, type ReviewEntry } from '../review-log.js';
import type { DbSnapshot } from './load.js';

/**
 * Writes a database snapshot as a data folder in the canonical file form: the files `npm run
 * db:import` read come back byte for byte. Refuses a folder that is not empty, so nothing is
 * overwritten.
 */
export async function writeFolder(snapshot: DbSnapshot, dir: string): Promise<{ files: number }> {
  const existing = await readdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? [] : Promise.reject(e)));
  if (existing.length > 0) throw new Error(`${dir}: not empty; export into a new or empty folder`);
  const out = new Map<string, string>();
  const rel = (display: string) => snapshot.relative.get(display)!;
  const f = snapshot.files;
  out.set(rel(f.vocabulary.file), f.vocabulary.text);
  for (const file of [...f.entityFiles, ...f.relationFiles]) out.set(rel(file.file), file.text);
  for (const s of f.sources) {
    out.set(rel(s.meta.file), s.meta.text);
    if (s.text) out.set(rel(s.text.file), s.text.text);
  }
  for (const [name, text] of snapshot.originals) out.set(sourceOriginalFile(name), text);
  const bySource = new Map<string, ReviewEntry[]>();
  for (const { source, record } of snapshot.reviews) (bySource.get(source) ?? bySource.set(source, []).get(source)!).push({ ...(record as ReviewEntry), source });
  for (const [source, entries] of bySource) out.set(reviewsFile(source), reviewsFileText(entries));
  for (const [name, schema] of Object.entries(jsonSchemas())) out.set(`schema/${name}`, jsonSchemaText(schema));
  for (const [file, text] of out) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return { files: out.size };
}
