/**
 * Import at scale, in a fresh process run with --expose-gc: `child.ts <nodes> <edges> <graph-data dir>`.
 * Generates a GraphML file (nodes with a label, a kind and a numeric attribute; edges with a relation
 * type, parallel ones included), imports it into a copy of the data folder through the import path
 * (read, map, match, validate, commit), then imports a second file of as many nodes whose labels are
 * near-duplicates of the first (the fuzzy name rule against a graph that already holds them). Sends
 * an ImportBenchResult over IPC.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseMapping } from '../../../server/interchange/import/mapping.js';
import { importGraph } from '../../../server/interchange/import/run.js';
import { Store } from '../../../server/store/files/store.js';
import type { ImportBenchResult, ImportRun } from './result.js';
import { syntheticGraphml } from './graphml.js';

const [nodes, edges, dataDir] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]!];
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc');

const parent = mkdtempSync(path.join(tmpdir(), 'corridor-import-bench-'));
const dir = path.join(parent, 'graph-data');
cpSync(dataDir, dir, { recursive: true });
const store = await Store.open({ dataDir: dir, watch: false, fsync: false, log: () => {}, derived: { delayMs: 3_600_000 } });
const mapping = parseMapping({ defaultKind: 'Topic', types: { LINKS: 'cooperates_on', FUNDS: 'funds' } });

async function run(name: string, fileName: string, text: string): Promise<ImportRun> {
  for (let i = 0; i < 3; i++) gc!();
  const base = process.memoryUsage();
  let peak = base.heapUsed;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  const started = performance.now();
  const report = await importGraph(store, [{ fileName, text }], { actor: 'bench', mapping });
  const millis = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return {
    name, bytes: Buffer.byteLength(text), millis, entitiesRead: report.entitiesRead, relationsRead: report.relationsRead,
    entitiesCreated: report.entitiesCreated, entitiesMerged: report.entitiesMerged, relationsCreated: report.relationsCreated,
    peakHeapGrowth: peak - base.heapUsed,
  };
}

const runs: ImportRun[] = [];
try {
  runs.push(await run(`${nodes} nodes, ${edges} edges`, 'bench-a.graphml', syntheticGraphml(nodes, edges, 1, '')));
  runs.push(await run(`${nodes} near-duplicate nodes into it`, 'bench-b.graphml', syntheticGraphml(nodes, Math.round(edges / 4), 2, 's')));
} finally {
  await store.close();
  rmSync(parent, { recursive: true, force: true });
}
const result: ImportBenchResult = { runs, maxRss: process.resourceUsage().maxRSS * 1024 };
process.send!(result);
