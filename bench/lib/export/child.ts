/**
 * Export measurements on one data folder, in a fresh process run with --expose-gc:
 * `child.ts <data dir> <graph name>`. Loads the graph (no layout: positions are seed positions, as
 * before the server's layout lands), then writes it in every format to a sink that only counts bytes,
 * sampling memory as it goes. Sends an ExportBenchResult over IPC.
 */
import { EXPORT_FORMATS } from '../../../server/interchange/export/formats.js';
import { loadGraphForExport } from '../../../server/interchange/export/load.js';
import { ExportView } from '../../../server/interchange/export/view.js';
import type { ExportBenchResult, FormatRun } from './result.js';

const [dataDir, graph] = process.argv.slice(2) as [string, string];
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc');

function settled(): NodeJS.MemoryUsage {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage();
}

const t0 = performance.now();
const kg = await loadGraphForExport(dataDir, { layout: false });
const loadMs = performance.now() - t0;
const loaded = settled();

const runs: FormatRun[] = [];
for (const format of EXPORT_FORMATS) {
  const base = settled();
  let peakHeap = base.heapUsed + base.arrayBuffers;
  let peakRss = base.rss;
  let bytes = 0;
  let chunks = 0;
  const started = performance.now();
  for (const chunk of format.write(new ExportView(kg))) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    // Sampled every 16 chunks (~1 MB): memoryUsage() costs a few microseconds.
    if (++chunks % 16 === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  const millis = performance.now() - started;
  runs.push({ format: format.name, millis, bytes, peakHeapGrowth: peakHeap - (base.heapUsed + base.arrayBuffers), peakRssGrowth: peakRss - base.rss });
}

const result: ExportBenchResult = {
  graph,
  entities: kg.graph.order,
  relations: kg.graph.size,
  loadMs,
  graphHeap: loaded.heapUsed + loaded.arrayBuffers,
  maxRss: process.resourceUsage().maxRSS * 1024,
  runs,
};
process.send!(result);
