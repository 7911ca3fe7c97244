/**
 * The scale section's child: `child.ts <data dir> <graph name>`, run with --expose-gc and a large
 * --max-old-space-size. Opens the folder as the server does, takes heap and array buffers per
 * relation after a full GC (minus a baseline taken before loading; MiniSearch filled first, so the
 * figure is what a serving process holds), then runs every query of the latency table once.
 */
import { Store } from '../../../server/store/files/store.js';
import { latencyCases } from '../inproc/cases.js';
import { DEFAULT_LATENCY } from '../timing.js';
import type { ScaleChildResult } from './result.js';

const [dataDir, graph] = process.argv.slice(2) as [string, string];
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc');

function settledMemory(): NodeJS.MemoryUsage {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage();
}

const before = settledMemory();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
// Layout and metrics wait an hour: they are row 5's measure, and would share the 2 cores with this one.
const store = await Store.open({ dataDir, watch: false, log: () => {}, derived: { delayMs: 3_600_000 } });
const openMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const kg = store.kg;
kg.search.search('fill the full-text index', { first: 1, kindOf: () => undefined });
const after = settledMemory();
const m = kg.graph.size;

// Once: one sample per query, no warm-up, a handful of random pairs for the shortest paths.
Object.assign(DEFAULT_LATENCY, { maxSamples: 1, maxMillis: 0, warmup: 0 });
let queries: ScaleChildResult['queries'] = [];
let error: string | undefined;
try {
  queries = (await latencyCases(store, 5)).rows;
} catch (e) {
  error = e instanceof Error ? e.message : String(e);
}
const result: ScaleChildResult = {
  type: 'result',
  graph,
  entities: kg.graph.order,
  relations: m,
  openMs,
  openCpuMs: (cpu.user + cpu.system) / 1000,
  heapBytesPerRelation: (after.heapUsed - before.heapUsed) / m,
  arrayBufferBytesPerRelation: (after.arrayBuffers - before.arrayBuffers) / m,
  rssMB: after.rss / 1024 / 1024,
  queries,
  ...(error ? { error } : {}),
};
await store.close();
process.send!(result, () => process.exit(0));
