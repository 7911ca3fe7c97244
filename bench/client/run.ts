import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { readConfig } from '../../server/http/config.js';
import { startServer, type RunningServer } from '../../server/http/start.js';
import { launchBrowser } from '../../tests/helpers/browser.js';
import { syntheticGraph } from '../lib/datasets.js';
import { generateDataset } from '../synthetic/generate.js';
import { buildBenchPages } from './build-pages.js';
import { measureFirstFrame, measureLayout, median, type FirstFrame } from './measure.js';
import { measureWireBytes, type WireBytes } from './wire-bytes.js';

/**
 * `npm run bench:client`: time from navigation to the first rendered frame, for the explorer and for
 * a bare sigma page drawing the same graph (same query, same browser run, alternating, fresh browser
 * context each time so neither profits from the other's cache), on the article graph and on a
 * synthetic 10k-entity / 50k-relation graph, and on a 50k / 250k one (issue 10, row 10: served with
 * maxGraphLimit 50,000 so both pages draw all of it; the explorer reads the binary answer above
 * 5,000 entities, the bare page the JSON one), with the bytes of each answer on the wire. Then
 * ForceAtlas2 iterations per second at 10k entities in the explorer's worker, and how smooth the page
 * stays meanwhile.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A private working folder (built pages, synthetic data), removed at the end. */
const work = mkdtempSync(path.join(tmpdir(), 'corridor-bench-client-'));
const REPS = { article: Number(process.env.BENCH_REPS ?? 15), synthetic: Number(process.env.BENCH_REPS_LARGE ?? 7), huge: Number(process.env.BENCH_REPS_HUGE ?? 3) };
/** Row 10's graph, and the graph limit its server runs with (all of it, on both pages). */
const HUGE = { entities: 50_000, relations: 250_000, attachment: 'growing' as const };

interface Row {
  graph: string;
  nodes: number;
  relations: number;
  bare: number;
  app: number;
  /** The explorer with its early (inline) graph query removed. */
  appNoPreload: number;
  /** Median of each round's explorer / bare ratio (rounds run back to back, so machine load hits both alike). */
  ratio: number;
  ratioNoPreload: number;
}

async function serve(dataDir: string, site: string, flags: string[] = []): Promise<RunningServer> {
  const config = readConfig(['--port', '0', '--data', dataDir, '--no-watch', '--rate-limit-per-minute', '0', ...flags], { CORRIDOR_FSYNC: '0' }, root);
  config.clientDir = site;
  const server = await startServer(config, () => {});
  await server.store.derived.settled(); // layout and metrics computed: both pages get the same answer
  return server;
}

async function compare(browser: Browser, label: string, server: RunningServer, pages: { app: string; bare: string }, reps: number): Promise<Row> {
  const app = (): Promise<FirstFrame> => measureFirstFrame(browser, `${server.url}${pages.app}?testhook=1`, 'corridor:first-frame', '__corridor');
  const appNoPreload = (): Promise<FirstFrame> => measureFirstFrame(browser, `${server.url}${pages.app}?testhook=1`, 'corridor:first-frame', '__corridor', true);
  const bare = (): Promise<FirstFrame> => measureFirstFrame(browser, `${server.url}${pages.bare}`, 'bare:first-frame', '__bare');
  const run = { app, appNoPreload, bare };
  await bare(); // warm-up: server JIT and OS caches, not counted
  await app();
  const times = { app: [] as number[], appNoPreload: [] as number[], bare: [] as number[] };
  let counts = { nodes: 0, edges: 0 };
  const orders = [['bare', 'app', 'appNoPreload'], ['app', 'appNoPreload', 'bare'], ['appNoPreload', 'bare', 'app']] as const;
  for (let i = 0; i < reps; i++) {
    for (const which of orders[i % orders.length]!) {
      const r = await run[which]();
      times[which].push(r.ms);
      if (which === 'bare') counts = r.counts;
      else if (r.counts.nodes !== counts.nodes && counts.nodes) throw new Error(`${label}: the pages drew different graphs (${r.counts.nodes} vs ${counts.nodes} nodes)`);
    }
    process.stdout.write('.');
  }
  const paired = (xs: number[]) => median(xs.map((x, i) => x / times.bare[i]!));
  return {
    graph: label,
    nodes: counts.nodes,
    relations: counts.edges,
    bare: median(times.bare),
    app: median(times.app),
    appNoPreload: median(times.appNoPreload),
    ratio: paired(times.app),
    ratioNoPreload: paired(times.appNoPreload),
  };
}

const site = path.join(work, 'site');
const pages = await buildBenchPages(site);
const syntheticDir = path.join(work, 'synthetic-10k', 'graph-data');
generateDataset(syntheticDir, { entities: 10_000, relations: 50_000 }, path.join(root, 'graph-data', 'vocabulary.json'));

const browser = await launchBrowser();
const rows: Row[] = [];
let layout;
const wire: WireBytes[] = [];
try {
  process.stdout.write('article graph ');
  const article = await serve(path.join(root, 'graph-data'), site);
  try {
    rows.push(await compare(browser, 'article', article, pages, REPS.article));
  } finally {
    await article.close();
  }
  process.stdout.write('\nsynthetic 10k/50k ');
  const synthetic = await serve(syntheticDir, site);
  try {
    rows.push(await compare(browser, 'synthetic', synthetic, pages, REPS.synthetic));
    process.stdout.write('\nForceAtlas2 at 10k ');
    layout = await measureLayout(browser, `${synthetic.url}/?testhook=1`, 5_000);
  } finally {
    await synthetic.close();
  }
  process.stdout.write(`\nsynthetic ${HUGE.entities / 1000}k/${HUGE.relations / 1000}k `);
  const huge = await serve(syntheticGraph(HUGE).dir, site, ['--max-graph-limit', String(HUGE.entities)]);
  try {
    const limit = `?limit=${HUGE.entities}`;
    rows.push(await compare(browser, 'synthetic 50k', huge, { app: pages.app, bare: `${pages.bare}${limit}` }, REPS.huge));
    for (let i = 0; i < 3; i++) wire.push(await measureWireBytes(huge.url, huge.store.kg.graph.size, HUGE.entities));
  } finally {
    await huge.close();
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n\nNavigation → first rendered frame (${REPS.article} / ${REPS.synthetic} rounds, Chromium ${browser.version()}, headless, software WebGL2)\n`);
console.log('| graph | entities | relations | bare sigma page | explorer | ratio | explorer without early query | ratio |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.graph} | ${r.nodes} | ${r.relations} | ${r.bare.toFixed(0)} ms | ${r.app.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${r.appNoPreload.toFixed(0)} ms | ${r.ratioNoPreload.toFixed(2)}× |`,
  );
}
console.log('(times: medians; ratios: median of the per-round ratios)');
if (layout) {
  const per = (n: number) => `${n.toFixed(1)} iterations/s (${(1000 / n).toFixed(0)} ms each)`;
  console.log(`\nForceAtlas2 (Barnes-Hut, graphology's worker supervisor) at ${layout.nodes} entities / ${layout.edges} relations:`);
  console.log(`  worker alone:           ${per(layout.workerIterationsPerSecond)}`);
  console.log(`  live in the explorer:   ${per(layout.iterationsPerSecond)}; page frames meanwhile: median ${layout.medianFrameMs.toFixed(0)} ms, 95th percentile ${layout.p95FrameMs.toFixed(0)} ms`);
}
const worst = Math.max(...rows.filter((r) => r.graph !== 'synthetic 50k').map((r) => r.ratio));
console.log(`\nTarget ≤ 1.2× (article, 10k): ${worst <= 1.2 ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)}×)`);
const hugeRow = rows.find((r) => r.graph === 'synthetic 50k');
if (hugeRow && wire.length) {
  const w = wire[0]!;
  const per = (bytes: number) => (bytes / w.relations).toFixed(1);
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
  console.log(`\nIssue 10, row 10: the graph answer on the wire, ${HUGE.entities / 1000}k entities / ${w.relations} relations (${wire.length} fetches)\n`);
  console.log('| answer | bytes | bytes per relation | time to last byte (range) |');
  console.log('|---|---:|---:|---:|');
  console.log(`| JSON graph query (bare page; not compressed by the API) | ${w.json} | ${per(w.json)} | ${range(wire.map((x) => x.jsonMs))} |`);
  console.log(`| binary, identity | ${w.binary} | ${per(w.binary)} | — |`);
  console.log(`| binary, gzip | ${w.binaryGzip} | ${per(w.binaryGzip)} | — |`);
  console.log(`| binary, br (what Chromium gets) | ${w.binaryBrotli} | ${per(w.binaryBrotli)} | ${range(wire.map((x) => x.binaryBrotliMs))} |`);
  const bytesOk = w.binaryBrotli / w.relations <= 40;
  console.log(`\nRow 10 target, first frame ≤ 1.5× the bare page: ${hugeRow.ratio <= 1.5 ? 'met' : 'NOT met'} (${hugeRow.ratio.toFixed(2)}×)`);
  console.log(`Row 10 target, ≤ 40 bytes per relation on the wire: ${bytesOk ? 'met' : 'NOT met'} (${per(w.binaryBrotli)} B with br; JSON ${per(w.json)} B)`);
}
