/**
 * In-process measurements on one data folder, in a fresh process run with --expose-gc:
 * `child.ts <data dir> <graph name> [--variants]`. Sends an InprocResult over IPC.
 * Memory is heap (and array buffers) after a full GC, minus the same taken before loading.
 */
import { Store } from '../../../server/store/files/store.js';
import { latencyCases } from './cases.js';
import { loadBreakdown } from './load-breakdown.js';
import { checkPaths } from './paths-check.js';
import { phases } from './phases.js';
import type { InprocResult } from './result.js';
import { quickLatency } from '../timing.js';

const [dataDir, graph, ...flags] = process.argv.slice(2) as [string, string, ...string[]];
const variants = flags.includes('--variants');
if (flags.includes('--quick')) quickLatency();
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc');

function settledMemory(): NodeJS.MemoryUsage {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage();
}

const before = settledMemory();
const t0 = performance.now();
const store = await Store.open({ dataDir, watch: false, log: () => {} });
const openMs = performance.now() - t0;
await store.derived.settled();
const settledMs = performance.now() - t0;
const after = settledMemory();
const m = store.kg.graph.size;
const mb = (b: number) => b / 1024 / 1024;

const { rows, hub, median } = await latencyCases(store, 300);
const paths = [checkPaths(store.kg, 'OUT', 30), checkPaths(store.kg, 'BOTH', 30)];
const result: InprocResult = {
  type: 'result',
  graph,
  entities: store.kg.graph.order,
  relations: m,
  openMs,
  settledMs,
  memory: {
    heapBytesPerRelation: (after.heapUsed - before.heapUsed) / m,
    arrayBufferBytesPerRelation: (after.arrayBuffers - before.arrayBuffers) / m,
    heapMB: mb(after.heapUsed - before.heapUsed),
    arrayBuffersMB: mb(after.arrayBuffers - before.arrayBuffers),
    rssMB: mb(after.rss),
  },
  hub,
  median,
  latency: rows,
  paths,
};
if (variants) {
  result.phases = [...(await phases(store, median.id, '2-hop of median')), ...(await phases(store, hub.id, '2-hop of hub'))];
  result.loadPhases = await loadBreakdown(dataDir);
}
await store.close();
process.send!(result, () => process.exit(0));
