import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ENTITIES_DIR, ORIGINAL_EXTENSIONS, RELATIONS_DIR, REVIEWS_DIR, SOURCES_DIR, TEMP_SUFFIX, VOCABULARY_FILE } from '../layout.js';

/**
 * A fingerprint (size, mtime, inode) of every data file, to tell a curator's hand edit from the
 * store's own writes: the store records the fingerprint of what it wrote, so only edits made by
 * someone else show up as differences.
 */
export type DiskState = Map<string, string>;

export async function readDiskState(dataDir: string): Promise<DiskState> {
  const state: DiskState = new Map();
  const add = async (rel: string) => {
    try {
      const s = await stat(path.join(dataDir, rel));
      state.set(rel, fingerprint(s));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  };
  await add(VOCABULARY_FILE);
  for (const dir of [ENTITIES_DIR, RELATIONS_DIR, SOURCES_DIR, REVIEWS_DIR]) {
    let names: string[] = [];
    try {
      names = await readdir(path.join(dataDir, dir));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    for (const n of names.sort()) if (isDataFile(n)) await add(`${dir}/${n}`);
  }
  return state;
}

const DATA_EXTENSIONS = new Set(['json', 'txt', ...Object.values(ORIGINAL_EXTENSIONS)]);

/** A file the store reads or writes: JSON records, source texts, and the originals kept beside them. */
export function isDataFile(name: string): boolean {
  return !name.endsWith(TEMP_SUFFIX) && DATA_EXTENSIONS.has(name.slice(name.lastIndexOf('.') + 1));
}

export function fingerprint(s: { size: number; mtimeMs: number; ino: number }): string {
  return `${s.size}:${s.mtimeMs}:${s.ino}`;
}

export async function fingerprintOf(file: string): Promise<string | null> {
  try {
    return fingerprint(await stat(file));
  } catch {
    return null;
  }
}

export function sameState(a: DiskState, b: DiskState): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
