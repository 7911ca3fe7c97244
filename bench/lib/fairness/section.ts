import { readCorpus } from '../writes/corpus.js';
import { startChild, type ServerReady } from '../child.js';
import { LARGE, specName, syntheticGraph } from '../datasets.js';
import { benchFile } from '../paths.js';
import { table } from '../table.js';
import { closedLoops, forSeconds, p50, p99, type Body, type LoopResult } from './load.js';

/**
 * `npm run bench -- --only=fairness`: issue 9's measurement in one run, on the 100k / 500k graph.
 * For each server configuration — traversals on the request thread (as before the pool), one worker
 * (the default on 2 cores), two workers — a cheap lookup's latency alone, then while one client floods
 * the heaviest queries the default limits allow (six-hop paths, depth-3 neighbourhoods of 2,000
 * entities, 20,000-entity graph answers), mixed over 4, 16 and 64 connections and each kind alone over
 * 16; the flood's useful answers
 * per second; the memory the workers add. Then, on the default configuration, how long a 64-connection
 * flood runs before the CPU budget stops it, and the wait it is given.
 */
export interface FairnessConfig {
  name: string;
  workers: number;
  rssMB: number;
  heapMB: number;
  /** V8 heap of each traversal worker (used after a GC, MB): what the pool adds beyond the shared index. */
  workerHeapMB: number[];
  alone: { p50: number; p99: number };
  floods: Array<{ kind: FloodKind; connections: number; probe: { p50: number; p99: number; n: number }; flood: { okPerSecond: number; ok: number; truncated: number; overloaded: number; rateLimited: number; errors: number } }>;
}

export interface FairnessResult {
  graph: string;
  configs: FairnessConfig[];
  budget: { secondsUntil429: number | null; retryAfter: number | null; ok: number } | null;
}

const PROBER = '198.51.100.1';
/** The heaviest queries the default limits allow, mixed, and each alone (their answers cost the request thread very differently). */
type FloodKind = 'mixed' | 'paths' | 'neighbourhoods' | 'graph answers';
const FLOODS: Array<[FloodKind, number]> = [
  ['mixed', 4],
  ['mixed', 16],
  ['mixed', 64],
  ['paths', 16],
  ['neighbourhoods', 16],
  ['graph answers', 16],
];
const HOOD = 'query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 2000) { truncated entities { id } relations { id } } }';
const PATHS = 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 6, first: 5) { length entities { id } } }';
const GRAPH = '{ graph(limit: 20000) { truncated entities { id } relations { id } } }';
const LOOKUP = 'query($id: ID!) { entity(id: $id) { id label kind } }';

export async function fairnessSection(opts: { quick: boolean; log: (m: string) => void }): Promise<{ result: FairnessResult; table: string }> {
  const { log } = opts;
  const g = syntheticGraph(LARGE);
  const ids = readCorpus(g.dir).entityIds;
  const pick = (i: number) => ids[(i * 7919 + 13) % ids.length]!;
  const paths = (i: number): Body => ({ query: PATHS, variables: { a: pick(i), b: pick(i + 5000) } });
  const hood = (i: number): Body => ({ query: HOOD, variables: { id: pick(i % 50) } });
  const graph = (): Body => ({ query: GRAPH });
  const heavy = (i: number): Body => (i % 3 === 0 ? paths(i) : i % 3 === 1 ? hood(i) : graph());
  const flooding: Record<FloodKind, (i: number) => Body> = { mixed: heavy, paths, neighbourhoods: hood, 'graph answers': graph };
  const lookup = (i: number): Body => ({ query: LOOKUP, variables: { id: pick(i) } });
  const floodSeconds = opts.quick ? 3 : 8;
  const configs: FairnessConfig[] = [];
  let budget: FairnessResult['budget'] = null;

  for (const [name, workers] of [['request thread (before the pool)', 0], ['pool, 1 worker (default on 2 cores)', 1], ['pool, 2 workers', 2]] as const) {
    log(`fairness: ${name}: starting the server on ${specName(LARGE)}…`);
    const child = startChild<ServerReady>(benchFile('lib/servers/entry.ts'), {
      args: ['yoga', '--port', '0', '--data', g.dir, '--api-only', '--no-watch', '--rate-limit-per-minute', '0', '--trust-proxy', '--traversal-workers', String(workers)],
      nodeFlags: ['--expose-gc', '--max-old-space-size=8192'],
      timeoutMs: 900_000,
    });
    const { port } = await child.message;
    const memory = () =>
      new Promise<{ rss: number; heapUsed: number; workers: Array<{ used: number; total: number }> }>((resolve) => {
        child.process.once('message', (m) => resolve(m as { rss: number; heapUsed: number; workers: Array<{ used: number; total: number }> }));
        child.process.send({ type: 'memory' });
      });
    // Warm up: every query kind, so workers hold the index and the JIT has compiled the code.
    await forSeconds(2, (stop) => closedLoops(port, '198.51.100.200', 4, heavy, stop));
    const mem = await memory();
    const alone = await forSeconds(opts.quick ? 2 : 4, (stop) => closedLoops(port, PROBER, 1, lookup, stop));
    const config: FairnessConfig = {
      name,
      workers,
      rssMB: mem.rss / 1e6,
      heapMB: mem.heapUsed / 1e6,
      workerHeapMB: mem.workers.map((w) => w.used / 1e6),
      alone: { p50: p50(alone), p99: p99(alone) },
      floods: [],
    };
    for (const [k, [kind, connections]] of FLOODS.entries()) {
      log(`fairness: ${name}: ${kind}, ${connections} connections for ${floodSeconds} s…`);
      // A fresh flooder address per flood: each starts with a full CPU budget.
      const [flood, probe] = await forSeconds(floodSeconds, (stop) =>
        Promise.all([closedLoops(port, `198.51.100.${10 + k}`, connections, flooding[kind], stop), closedLoops(port, PROBER, 1, lookup, stop)]),
      );
      config.floods.push({ kind, connections, probe: { p50: p50(probe), p99: p99(probe), n: probe.ok }, flood: floodCounts(flood) });
    }
    configs.push(config);
    if (workers === 1) {
      log('fairness: default configuration: a 64-connection flood until the CPU budget stops it (at most 60 s)…');
      const flood = await forSeconds(opts.quick ? 10 : 60, (stop) => closedLoops(port, '198.51.100.99', 64, heavy, stop));
      budget = { secondsUntil429: flood.rateLimited > 0 ? flood.seconds : null, retryAfter: flood.retryAfter, ok: flood.ok };
    }
    await child.stop();
  }
  const result: FairnessResult = { graph: specName(LARGE), configs, budget };
  return { result, table: fairnessTable(result) };
}

function floodCounts(r: LoopResult) {
  return { okPerSecond: r.ok / r.seconds, ok: r.ok, truncated: r.truncated, overloaded: r.overloaded, rateLimited: r.rateLimited, errors: r.otherErrors };
}

const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(1) : x.toFixed(0)) : '–');

export function fairnessTable(r: FairnessResult): string {
  const base = r.configs[0]!;
  const rows: string[][] = [];
  for (const c of r.configs) {
    const workers = c.workerHeapMB.reduce((a, b) => a + b, 0);
    const memory = c.workers === 0 ? `graph heap ${c.heapMB.toFixed(0)} MB` : `workers' heaps ${workers.toFixed(1)} MB = ${((workers / c.heapMB) * 100).toFixed(1)} % of the graph heap`;
    rows.push([c.name, 'alone', `${ms(c.alone.p50)} / ${ms(c.alone.p99)}`, '', '', '', `${memory}; RSS ${c.rssMB.toFixed(0)} MB`]);
    for (const f of c.floods) {
      const today = base.floods.find((b) => b.kind === f.kind && b.connections === f.connections)!;
      rows.push([
        '',
        `${f.kind}, ${f.connections} connections`,
        `${ms(f.probe.p50)} / ${ms(f.probe.p99)} (p99 ${(f.probe.p99 / c.alone.p99).toFixed(1)}× alone)`,
        `${f.flood.okPerSecond.toFixed(1)}/s (${(f.flood.okPerSecond / today.flood.okPerSecond).toFixed(2)}× request thread)`,
        String(f.flood.truncated),
        `${f.flood.overloaded} / ${f.flood.rateLimited} / ${f.flood.errors}`,
        '',
      ]);
    }
  }
  const lines = [
    table(`Fair under load, ${r.graph}: a cheap lookup (entity by id, one client) alone and while another client floods paths (maxLength 6), depth-3 neighbourhoods (limit 2000) and graph(limit: 20000)`, ['server', 'load', 'lookup p50 / p99 ms', 'flood answers', 'truncated', '503 / 429 / errors', 'memory (after GC)'], rows),
  ];
  if (r.budget) {
    lines.push(
      r.budget.secondsUntil429 !== null
        ? `CPU budget (default 30 s per 60 s): a 64-connection flood got 429 after ${r.budget.secondsUntil429.toFixed(1)} s and ${r.budget.ok} answers, with Retry-After: ${r.budget.retryAfter} s`
        : `CPU budget: a 64-connection flood was not refused within the run (${r.budget.ok} answers)`,
    );
  }
  return lines.join('\n');
}
