/**
 * `npm run bench [-- --variants] [-- --quick] [-- --only=load,throughput,writes,search,derived,paths,healthz,fairness,scale,cluster,export,ingest,import]`
 *
 * The query service's benchmark: load time, memory and in-process latency on synthetic graphs of
 * 50k and 500k relations; throughput of the real server against a raw node:http baseline over
 * loopback (each in a child process); durable writes through the API. Prints tables and writes
 * bench/results.json. --variants adds the diagnostic GraphQL server variants and the per-phase
 * breakdowns. --only=export (not in the default run) times every export format on the 500k graph,
 * with its peak memory, in a child process of its own. --only=cluster (not in the default run) starts a
 * throwaway PostgreSQL cluster and three query replicas: bulk import, writes/s, write-to-visible lag and
 * reads/s across CPU-capped replicas (issue 11 §5). See bench/README.md.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startChild } from './lib/child.js';
import type { ExportBenchResult } from './lib/export/result.js';
import { exportTable } from './lib/export/report.js';
import { LARGE, SMALL, specName, syntheticGraph, WRITES } from './lib/datasets.js';
import type { InprocResult } from './lib/inproc/result.js';
import { ingestBench, ingestTable, type IngestBenchResult } from './lib/ingest.js';
import { importTable } from './lib/import/report.js';
import type { ImportBenchResult } from './lib/import/result.js';
import { loadWarning, machineFacts, machineLine } from './lib/machine.js';
import { ARTICLE_GRAPH, benchFile, RESULTS_FILE } from './lib/paths.js';
import { latencyTable, loadTable, pathsTable, phasesTable, readsUnderWritesTable, targetsTable, throughputTable, writesTable } from './lib/report.js';
import { VARIANTS, type Variant } from './lib/servers/variants.js';
import { throughputOn, type GraphThroughput, type ThroughputOptions } from './lib/throughput.js';
import { writesOn, type GraphWrites, type WriteOptions } from './lib/writes.js';
import { derivedSection } from './lib/derived/section.js';
import { fairnessSection } from './lib/fairness/section.js';
import { pathsSection } from './lib/paths/section.js';
import { searchSection } from './lib/search/section.js';
import { healthzSection } from './lib/healthz/section.js';
import { scaleSection } from './lib/scale/section.js';
import { clusterSection } from './lib/cluster/section.js';
import { mergeWithEarlier } from './lib/results-merge.js';

const { values } = parseArgs({ options: { variants: { type: 'boolean' }, quick: { type: 'boolean' }, only: { type: 'string' } } });
const sections = new Set((values.only ?? 'load,throughput,writes').split(','));
const variants = Boolean(values.variants);
const quick = Boolean(values.quick);
const started = performance.now();
const log = (m: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
const print = (text: string) => console.log(text);

const machine = machineFacts();
print(machineLine(machine));

const small = syntheticGraph(SMALL);
const large = syntheticGraph(LARGE);
const writesGraph = syntheticGraph(WRITES);
for (const [spec, g] of [[SMALL, small], [LARGE, large], [WRITES, writesGraph]] as const) {
  log(`${specName(spec)} in ${g.dir}${g.generatedMs === null ? ' (cached)' : ` (generated in ${(g.generatedMs / 1000).toFixed(1)} s)`}`);
}

const inproc: InprocResult[] = [];
if (sections.has('load')) {
  for (const [spec, g] of [[SMALL, small], [LARGE, large]] as const) {
    log(`in process: ${specName(spec)} (load, derived values, memory, latency)…`);
    const child = startChild<InprocResult>(benchFile('lib/inproc/child.ts'), {
      args: [g.dir, specName(spec), ...(variants ? ['--variants'] : []), ...(quick ? ['--quick'] : [])],
      nodeFlags: ['--expose-gc', '--max-old-space-size=8192'],
      timeoutMs: 900_000,
    });
    const r = await child.message;
    await child.stop();
    inproc.push(r);
    print(latencyTable(r));
    if (variants) print(phasesTable(r));
  }
  print(loadTable(inproc));
  print(pathsTable(inproc));
}

const throughput: GraphThroughput[] = [];
if (sections.has('throughput')) {
  const base: Omit<ThroughputOptions, 'variants' | 'rounds'> = quick ? { connections: 10, duration: 2, warmup: 1 } : { connections: 10, duration: 8, warmup: 2 };
  const pair: Variant[] = ['yoga', 'raw'];
  const runs: Array<[string, string, ThroughputOptions]> = [
    [specName(SMALL), small.dir, { ...base, rounds: quick ? 1 : variants ? 2 : 3, variants: variants ? [...VARIANTS] : pair }],
    ['article graph (graph-data)', ARTICLE_GRAPH, { ...base, rounds: quick ? 1 : 3, variants: pair }],
  ];
  for (const [name, dir, opts] of runs) {
    log(`throughput: ${name}, ${opts.variants.join(', ')}; ${opts.rounds} rounds of ${opts.warmup} s warm-up + ${opts.duration} s, ${opts.connections} connections`);
    throughput.push(await throughputOn(name, dir, opts, log));
  }
  print(throughputTable(throughput));
}

const writes: GraphWrites[] = [];
if (sections.has('writes')) {
  const opts: WriteOptions = quick ? { seconds: 1.5, readSeconds: 1.5 } : { seconds: 4, readSeconds: 5 };
  for (const [name, dir] of [['article graph (copy)', ARTICLE_GRAPH], [`${specName(WRITES)} (copy)`, writesGraph.dir]] as const) {
    log(`writes: ${name}`);
    writes.push(await writesOn(name, dir, opts, log));
  }
  print(writesTable(writes));
  print(readsUnderWritesTable(writes));
}

let exportResult: ExportBenchResult | null = null;
if (sections.has('export')) {
  log(`export: ${specName(LARGE)}, every format to a counting sink…`);
  const child = startChild<ExportBenchResult>(benchFile('lib/export/child.ts'), {
    args: [large.dir, specName(LARGE)],
    nodeFlags: ['--expose-gc', '--max-old-space-size=8192'],
    timeoutMs: 1_800_000,
  });
  exportResult = await child.message;
  await child.stop();
  print(exportTable(exportResult));
}

let ingestResult: IngestBenchResult | null = null;
if (sections.has('ingest')) {
  log(`ingest: ${specName(WRITES)} (copy)`);
  ingestResult = await ingestBench(`${specName(WRITES)} (copy)`, writesGraph.dir, quick ? 100 : 1000, log);
  print(ingestTable(ingestResult));
}

let importResult: ImportBenchResult | null = null;
if (sections.has('import')) {
  const [nodes, edges] = quick ? [5_000, 20_000] : [50_000, 200_000];
  log(`import: a generated GraphML of ${nodes} nodes and ${edges} edges into a copy of the article graph…`);
  const child = startChild<ImportBenchResult>(benchFile('lib/import/child.ts'), {
    args: [String(nodes), String(edges), ARTICLE_GRAPH],
    nodeFlags: ['--expose-gc', '--max-old-space-size=8192'],
    timeoutMs: 1_800_000,
  });
  importResult = await child.message;
  await child.stop();
  print(importTable(importResult));
}

/** Sections of issue 10's, 9's and 11's rows, each in its own module (bench/lib/<name>/section.ts). */
const extra: Record<string, unknown> = {};
const modular = { search: searchSection, derived: derivedSection, paths: pathsSection, healthz: healthzSection, fairness: fairnessSection, scale: scaleSection, cluster: clusterSection } as const;
for (const [name, run] of Object.entries(modular)) {
  if (!sections.has(name)) continue;
  log(`${name}…`);
  const { result, table } = await run({ quick, log });
  extra[name] = result;
  print(table);
}

if (inproc.length > 0 || throughput.length > 0) print(targetsTable(inproc, throughput));
const totalSeconds = (performance.now() - started) / 1000;
const fresh = { machine, loadAtEnd: loadavg().slice(0, 2), options: { variants, quick, sections: [...sections] }, inproc, throughput, writes, export: exportResult, ingest: ingestResult, import: importResult, ...extra, totalSeconds };
writeFileSync(RESULTS_FILE, JSON.stringify(mergeWithEarlier(RESULTS_FILE, fresh, sections), null, 2) + '\n');
print(`\n${loadWarning()}\nresults: ${RESULTS_FILE}; whole run ${(totalSeconds / 60).toFixed(1)} min`);
