import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startChild, type ServerReady } from '../child.js';
import { LARGE, specName, syntheticGraph } from '../datasets.js';
import { ARTICLE_GRAPH, benchFile } from '../paths.js';
import { median } from '../stats.js';
import { table } from '../table.js';

export interface HealthzResult {
  graph: string;
  rounds: Array<{ loaded: number; empty: number; ratio: number }>;
  medianRatio: number;
}

/** A data folder with the article graph's vocabulary and nothing else: the server with no graph. */
function emptyDataDir(): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'corridor-empty-'));
  const dir = path.join(parent, 'graph-data');
  for (const sub of ['entities', 'relations', 'sources']) mkdirSync(path.join(dir, sub), { recursive: true });
  copyFileSync(path.join(ARTICLE_GRAPH, 'vocabulary.json'), path.join(dir, 'vocabulary.json'));
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

async function healthzRps(port: number, seconds: number): Promise<number> {
  const r = await autocannon({ url: `http://127.0.0.1:${port}/healthz`, connections: 10, duration: seconds });
  if (r.errors + r.timeouts + r.non2xx > 0) throw new Error(`/healthz: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
  return r.requests.total / r.duration;
}

/**
 * Issue 10 row 8: requests per second of a trivial request (/healthz) with the 100k / 500k graph loaded,
 * against the same server with an empty graph; both servers run at once (each in its own process) and
 * are measured in alternation, so both see the same machine. A large heap slows every request through
 * the garbage collector, which is what this ratio shows.
 */
export async function healthzSection(opts: { quick: boolean; log: (m: string) => void }): Promise<{ result: HealthzResult; table: string }> {
  const g = syntheticGraph(LARGE);
  const empty = emptyDataDir();
  const flags = (dir: string) => ['yoga', '--port', '0', '--data', dir, '--api-only', '--no-watch', '--rate-limit-per-minute', '0'];
  opts.log(`healthz: starting a server on ${specName(LARGE)} and one on an empty graph…`);
  const loaded = startChild<ServerReady>(benchFile('lib/servers/entry.ts'), { args: flags(g.dir), nodeFlags: ['--max-old-space-size=8192'], timeoutMs: 900_000 });
  const bare = startChild<ServerReady>(benchFile('lib/servers/entry.ts'), { args: flags(empty.dir), timeoutMs: 900_000 });
  try {
    const [a, b] = await Promise.all([loaded.message, bare.message]);
    const seconds = opts.quick ? 2 : 5;
    await healthzRps(a.port, 1);
    await healthzRps(b.port, 1);
    const rounds: HealthzResult['rounds'] = [];
    for (let i = 0; i < (opts.quick ? 1 : 3); i++) {
      opts.log(`healthz: round ${i + 1}…`);
      const first = i % 2 === 0;
      const x = await healthzRps(first ? a.port : b.port, seconds);
      const y = await healthzRps(first ? b.port : a.port, seconds);
      const [withGraph, withoutGraph] = first ? [x, y] : [y, x];
      rounds.push({ loaded: withGraph, empty: withoutGraph, ratio: withGraph / withoutGraph });
    }
    const result: HealthzResult = { graph: specName(LARGE), rounds, medianRatio: median(rounds.map((r) => r.ratio)) };
    const rows = rounds.map((r, i) => [String(i + 1), r.loaded.toFixed(0), r.empty.toFixed(0), r.ratio.toFixed(2)]);
    rows.push(['median', '', '', `${result.medianRatio.toFixed(2)} (target ≥ 0.8)`]);
    return { result, table: table(`/healthz, ${specName(LARGE)} loaded vs an empty graph (10 connections, req/s)`, ['round', 'loaded', 'empty', 'ratio'], rows) };
  } finally {
    await Promise.all([loaded.stop(), bare.stop()]);
    empty.cleanup();
  }
}
