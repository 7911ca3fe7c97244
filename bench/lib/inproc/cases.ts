import type { GraphStore } from '../../../server/store/graph-store.js';
import { TokenBook } from '../../../server/api/auth.js';
import { DEFAULT_LIMITS } from '../../../server/api/limits/settings.js';
import { createApi } from '../../../server/api/yoga.js';
import { CompiledFilter } from '../../../server/graph/filter.js';
import { neighborhood } from '../../../server/graph/neighborhood.js';
import { shortestPaths } from '../../../server/graph/paths.js';
import { UNLIMITED, type Budget } from '../../../server/graph/types.js';
import type { Store } from '../../../server/store/files/store.js';
import { hoodBody, lookupBody, type GraphQLBody } from '../queries.js';
import { hubEntity, medianEntity, rng, type Degree } from '../sample.js';
import { DEFAULT_LATENCY, measure, measureAsync, type Latency } from '../timing.js';

export interface LatencyRow {
  name: string;
  latency: Latency;
  /** What one call returns (entities/relations of a neighbourhood, hits of a search…). */
  note?: string;
}

export function degreesOf(store: GraphStore): Degree[] {
  const ix = store.kg.index;
  return ix.nodeIds.map((id, n) => ({ id, degree: ix.outOffsets[n + 1]! - ix.outOffsets[n]! + ix.inOffsets[n + 1]! - ix.inOffsets[n]! }));
}

const apiBudget = (): Budget => ({ maxVisited: DEFAULT_LIMITS.maxVisited, deadline: Date.now() + DEFAULT_LIMITS.deadlineMs });

/** Latency of the read paths, in process: the graph functions the resolvers call, and the whole API through yoga.fetch. */
export async function latencyCases(store: GraphStore, pairCount: number): Promise<{ rows: LatencyRow[]; hub: Degree; median: Degree }> {
  const kg = store.kg;
  const ix = kg.index;
  const degrees = degreesOf(store);
  const hub = hubEntity(degrees);
  const med = medianEntity(degrees);
  const random = rng(1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const ids = Array.from({ length: 1000 }, () => pick(ix.nodeIds));
  const aliased = ix.nodeIds.filter((id) => (kg.entity(id)!.aliases.length ?? 0) > 0);
  const aliases = Array.from({ length: Math.min(1000, aliased.length) }, () => kg.entity(pick(aliased))!.aliases[0]!);
  const labels = ids.slice(0, 200).map((id) => kg.entity(id)!.label);
  const prefixes = labels.map((l) => l.slice(0, 3));
  const kindOf = (id: string) => kg.entity(id)?.kind;
  const rows: LatencyRow[] = [];
  const row = (name: string, fn: (i: number) => unknown, note?: string, batch?: number) => rows.push({ name, latency: measure(fn, batch ? { batch } : {}), note });

  row('entity by id', (i) => kg.resolveEntity(ids[i % ids.length]!));
  if (aliases.length) row('entity by alias', (i) => kg.resolveEntity(aliases[i % aliases.length]!));
  const hits = (t: string) => kg.search.search(t, { first: 10, kindOf }).length;
  row('search: a full label', (i) => kg.search.search(labels[i % labels.length]!, { first: 10, kindOf }), `${hits(labels[0]!)} hits`);
  row('search: 3-letter prefix', (i) => kg.search.search(prefixes[i % prefixes.length]!, { first: 10, kindOf }), `${hits(prefixes[0]!)} hits`);

  const hood = (center: Degree, limit: number, budget: () => Budget) => () =>
    neighborhood(ix, ix.nodeIndex.get(center.id)!, { depth: 2, direction: 'BOTH', filter: new CompiledFilter(ix, kg.relations), limit, budget: budget() });
  const size = (f: () => ReturnType<typeof neighborhood>) => {
    const r = f();
    return `${r.entityIds.length} entities, ${r.relationIds.length} relations${r.truncated ? `, truncated (${r.reason})` : ''}`;
  };
  for (const [label, center] of [['hub', hub], ['median entity', med]] as const) {
    const full = hood(center, ix.nodeCount, () => UNLIMITED);
    row(`2-hop of ${label} (degree ${center.degree}), full`, full, size(full), 1);
    const api = hood(center, 200, apiBudget);
    row(`2-hop of ${label}, API default (limit 200)`, api, size(api), 1);
  }

  const pairs = Array.from({ length: pairCount }, () => [ix.nodeIndex.get(pick(ix.nodeIds))!, ix.nodeIndex.get(pick(ix.nodeIds))!] as const);
  for (const k of [1, 5]) {
    const found: number[] = [];
    const fn = (i: number) => {
      const [a, b] = pairs[i % pairs.length]!;
      const r = shortestPaths(ix, a, b, { maxLength: 4, first: k, direction: 'BOTH', filter: new CompiledFilter(ix, kg.relations), budget: apiBudget() });
      if (i < pairs.length) found.push(r.paths.length);
      return r;
    };
    const latency = measure(fn, { batch: 1, maxSamples: Math.min(pairs.length * 3, DEFAULT_LATENCY.maxSamples) });
    const withPath = found.filter((n) => n > 0).length;
    rows.push({ name: `shortest paths, random pairs, k=${k}, maxLength 4`, latency, note: `${withPath}/${found.length} pairs connected` });
  }

  const yoga = createApi({ store, limits: DEFAULT_LIMITS, tokens: new TokenBook([]), production: true, logging: false });
  const fetchApi = (body: GraphQLBody) => async () => {
    const res = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.text();
  };
  rows.push({ name: 'API (yoga.fetch): entity by id', latency: await measureAsync(fetchApi(lookupBody(med.id))) });
  rows.push({ name: 'API (yoga.fetch): 2-hop of median, limit 200', latency: await measureAsync(fetchApi(hoodBody(med.id))) });
  rows.push({ name: 'API (yoga.fetch): 2-hop of hub, limit 200', latency: await measureAsync(fetchApi(hoodBody(hub.id))) });
  return { rows, hub, median: med };
}
