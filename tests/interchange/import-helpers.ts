import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Store } from '../../server/store/files/store.js';
import { decodeUtf8 } from '../../server/interchange/import/bytes.js';
import { parseMapping } from '../../server/interchange/import/mapping.js';
import { importGraph, type ImportOptions, type ImportReport } from '../../server/interchange/import/run.js';
import { copyOfGraphData, ROOT } from '../helpers/data-dir.js';

/** The public sample files (read where they are, never copied). */
export const SAMPLES = path.resolve(ROOT, '..', 'shared', 'interchange');

export const sample = (rel: string) => ({ fileName: path.basename(rel), text: decodeUtf8(rel, readFileSync(path.join(SAMPLES, rel))) });

/** Imports sample files into a private copy of graph-data; returns the report and the opened store. */
export async function importSamples(rels: string[], options: Partial<Omit<ImportOptions, 'mapping'>> & { mapping?: object } = {}): Promise<{ report: ImportReport; store: Store; dir: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = copyOfGraphData();
  const store = await Store.open({ dataDir: dir, watch: false, fsync: false, log: () => {} });
  const close = async () => {
    await store.close();
    cleanup();
  };
  try {
    const { mapping, ...rest } = options;
    const report = await importGraph(store, rels.map(sample), { actor: 'test', ...rest, mapping: parseMapping(mapping ?? {}) });
    return { report, store, dir, cleanup: close };
  } catch (e) {
    await close();
    throw e;
  }
}
