import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
// Registers the dataset readers' locator resolvers: whatever reads a data folder (the server, the
// store, npm run validate, tests) then checks record evidence, so the registration cannot be forgotten.
import '../interchange/locators.js';
import type { DatasetFiles, FileText } from '../model/dataset.js';
import { displayPath, ENTITIES_DIR, RELATIONS_DIR, SOURCES_DIR, VOCABULARY_FILE } from './layout.js';

/** Relative path (inside the data folder) -> display path, so writers can map back. */
export interface ReadResult {
  files: DatasetFiles;
  /** display path -> path relative to the data folder */
  relative: Map<string, string>;
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Reads every data file of a folder, in a fixed (sorted) order so loads are deterministic. */
export async function readDatasetFiles(dataDir: string): Promise<ReadResult> {
  const relative = new Map<string, string>();
  const text = async (rel: string): Promise<FileText> => {
    const file = displayPath(dataDir, rel);
    relative.set(file, rel);
    const content = await readOptional(path.join(dataDir, rel));
    if (content === null) throw new Error(`${file}: file not found (is ${dataDir} a Corridor data folder?)`);
    return { file, text: content };
  };
  const vocabulary = await text(VOCABULARY_FILE);
  const entityFiles = await Promise.all((await listJson(path.join(dataDir, ENTITIES_DIR))).map((f) => text(`${ENTITIES_DIR}/${f}`)));
  const relationFiles = await Promise.all((await listJson(path.join(dataDir, RELATIONS_DIR))).map((f) => text(`${RELATIONS_DIR}/${f}`)));
  const sources = await Promise.all(
    (await listJson(path.join(dataDir, SOURCES_DIR))).map(async (f) => {
      const meta = await text(`${SOURCES_DIR}/${f}`);
      const textRel = `${SOURCES_DIR}/${f.replace(/\.json$/, '.txt')}`;
      const content = await readOptional(path.join(dataDir, textRel));
      const file = displayPath(dataDir, textRel);
      if (content !== null) relative.set(file, textRel);
      return { meta, text: content === null ? null : { file, text: content } };
    }),
  );
  return { files: { vocabulary, entityFiles, relationFiles, sources }, relative };
}
