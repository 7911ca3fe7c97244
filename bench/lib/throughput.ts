import { startChild, type Child, type ServerReady } from './child.js';
import { dataOf, post } from './http.js';
import { load, type LoadOptions } from './load.js';
import { benchFile } from './paths.js';
import { hoodBody, lookupBody, type GraphQLBody } from './queries.js';
import { medianEntity, type Degree } from './sample.js';
import { median } from './stats.js';
import { withCpu } from './proc.js';
import type { Variant } from './servers/variants.js';

export interface ThroughputOptions extends LoadOptions {
  /** Rounds of back-to-back runs of every variant (order alternating), reported as medians. */
  rounds: number;
  variants: Variant[];
}

export interface VariantRun {
  variant: Variant;
  rps: number[];
  medianRps: number;
  p50ms: number;
  p99ms: number;
  failures: number;
  /** CPU cores the server process used under load (median over rounds; 1.0 = one core saturated). */
  serverCores: number;
  /** Same response bytes as the real server. */
  identical: boolean;
}

export interface QueryRun {
  query: 'lookup' | 'hood';
  bytes: number;
  runs: VariantRun[];
  /** Per variant, the median over rounds of rps(variant) / rps(raw) measured in the same round. */
  ratioToRaw: Partial<Record<Variant, number>>;
}

export interface GraphThroughput {
  graph: string;
  entities: number;
  relations: number;
  center: Degree;
  hood: { entities: number; relations: number };
  queries: QueryRun[];
}

export const serverFlags = (dir: string) => ['--port', '0', '--data', dir, '--rate-limit-per-minute', '0', '--api-only'];

export function startServer(variant: Variant, flags: string[], env: Record<string, string> = {}): Child<ServerReady> {
  return startChild<ServerReady>(benchFile('lib/servers/entry.ts'), { args: [variant, ...flags], env });
}

/** Degrees of every entity, from the API (graph() returns them all when its limit is above the entity count). */
export async function degreesVia(port: number): Promise<Degree[]> {
  const q = '{ graph(limit: 20000) { entities { id metrics { degree } } } }';
  const data = dataOf<{ graph: { entities: Array<{ id: string; metrics: { degree: number } }> } }>(await post(port, { query: q }), 'degrees');
  return data.graph.entities.map((e) => ({ id: e.id, degree: e.metrics.degree }));
}

/**
 * Req/s of each server variant on one data folder, one child process per variant (started together,
 * then idle while another is measured), load from this process over loopback.
 */
export async function throughputOn(graph: string, dir: string, opts: ThroughputOptions, log: (m: string) => void): Promise<GraphThroughput> {
  const children = opts.variants.map((v) => ({ variant: v, child: startServer(v, serverFlags(dir)) }));
  try {
    const ready = new Map<Variant, ServerReady>();
    for (const { variant, child } of children) ready.set(variant, await child.message);
    const main = ready.get('yoga')!;
    const center = medianEntity(await degreesVia(main.port));
    const hood = dataOf<{ neighborhood: { entities: unknown[]; relations: unknown[] } }>(await post(main.port, hoodBody(center.id)), 'hood');
    const queries: QueryRun[] = [];
    for (const [query, body] of [['lookup', lookupBody(center.id)], ['hood', hoodBody(center.id)]] as Array<[QueryRun['query'], GraphQLBody]>) {
      const expected = (await post(main.port, body)).text;
      const identical = new Map<Variant, boolean>();
      for (const [v, r] of ready) identical.set(v, (await post(r.port, body)).text === expected);
      const samples = new Map<Variant, Array<{ rps: number; p50: number; p99: number; failures: number; cores: number }>>(opts.variants.map((v) => [v, []]));
      for (let round = 0; round < opts.rounds; round++) {
        const order = round % 2 === 0 ? opts.variants : [...opts.variants].reverse();
        for (const v of order) {
          const pid = children.find((c) => c.variant === v)!.child.process.pid;
          const { value: r, cores } = await withCpu(pid, () => load(ready.get(v)!.port, body, opts));
          samples.get(v)!.push({ rps: r.rps, p50: r.p50ms, p99: r.p99ms, failures: r.failures, cores });
          log(`  ${graph} ${query} ${v} round ${round + 1}: ${r.rps.toFixed(0)} req/s${r.failures ? ` (${r.failures} failures)` : ''}`);
        }
      }
      const runs = opts.variants.map((v): VariantRun => {
        const s = samples.get(v)!;
        return {
          variant: v,
          rps: s.map((x) => x.rps),
          medianRps: median(s.map((x) => x.rps)),
          p50ms: median(s.map((x) => x.p50)),
          p99ms: median(s.map((x) => x.p99)),
          failures: s.reduce((a, x) => a + x.failures, 0),
          serverCores: median(s.map((x) => x.cores)),
          identical: identical.get(v)!,
        };
      });
      const raw = samples.get('raw');
      const ratioToRaw: QueryRun['ratioToRaw'] = {};
      if (raw) for (const v of opts.variants) ratioToRaw[v] = median(samples.get(v)!.map((x, i) => x.rps / raw[i]!.rps));
      queries.push({ query, bytes: Buffer.byteLength(expected), runs, ratioToRaw });
    }
    return { graph, entities: main.entities, relations: main.relations, center, hood: { entities: hood.neighborhood.entities.length, relations: hood.neighborhood.relations.length }, queries };
  } finally {
    await Promise.all(children.map(({ child }) => child.stop()));
  }
}
