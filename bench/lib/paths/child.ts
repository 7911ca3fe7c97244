/**
 * Shortest paths, direction BOTH, on one data folder, in a fresh process:
 * `child.ts <data dir> <graph name> <pairs> <rounds>`. Sends a PathsBenchResult over IPC.
 *
 * The graph is opened as the in-process bench does (Store.open, watch off); the derived-values
 * worker is then closed so its layout does not compete for the second core while we time. Each
 * round times the anchor (graphology-shortest-path's bidirectional BFS on an undirected copy of the
 * same relations), then every shortestPaths case, each over all the pairs; the API's visit budget
 * and deadline apply, as for a request. Lengths are compared with the anchor's for every pair.
 */
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { DEFAULT_LIMITS } from '../../../server/api/limits/settings.js';
import { CompiledFilter } from '../../../server/graph/filter.js';
import { shortestPaths } from '../../../server/graph/paths.js';
import { Store } from '../../../server/store/files/store.js';
import { checkPaths } from '../inproc/paths-check.js';
import { rng } from '../sample.js';
import { summarize } from '../stats.js';
import type { PathsBenchResult, PathsCase } from './result.js';

const [dataDir, graph, pairArg, roundArg] = process.argv.slice(2) as [string, string, string, string];
const pairCount = Number(pairArg);
const rounds = Number(roundArg);

const store = await Store.open({ dataDir, watch: false, log: () => {} });
await store.derived.close();
const kg = store.kg;
const ix = kg.index;

const undirected = new UndirectedGraph();
for (const id of ix.nodeIds) undirected.addNode(id);
for (let e = 0; e < ix.edgeCount; e++) undirected.mergeEdge(ix.nodeIds[ix.edgeSrc[e]!]!, ix.nodeIds[ix.edgeDst[e]!]!);

const random = rng(42);
const pairs: Array<[number, number]> = [];
while (pairs.length < pairCount) {
  const a = Math.floor(random() * ix.nodeCount);
  const b = Math.floor(random() * ix.nodeCount);
  if (a !== b) pairs.push([a, b]);
}

interface Timed {
  name: string;
  first: number | null;
  maxLength: number | null;
  /** Runs one pair; the number of hops of the first path (Infinity if none), and whether the budget cut it. */
  run: (a: number, b: number) => { hops: number; truncated: boolean };
}

const ours = (first: number, maxLength: number): Timed => ({
  name: `shortestPaths BOTH, k=${first}, maxLength ${maxLength}`,
  first,
  maxLength,
  run: (a, b) => {
    const budget = { maxVisited: DEFAULT_LIMITS.maxVisited, deadline: Date.now() + DEFAULT_LIMITS.deadlineMs };
    const r = shortestPaths(ix, a, b, { maxLength, first, direction: 'BOTH', filter: new CompiledFilter(ix, kg.relations), budget });
    return { hops: r.paths[0] ? r.paths[0].hops.length : Number.POSITIVE_INFINITY, truncated: r.truncated };
  },
});
const anchor: Timed = {
  name: 'anchor: graphology-shortest-path bidirectional (undirected copy)',
  first: null,
  maxLength: null,
  run: (a, b) => {
    const p = bidirectional(undirected, ix.nodeIds[a]!, ix.nodeIds[b]!);
    return { hops: p ? p.length - 1 : Number.POSITIVE_INFINITY, truncated: false };
  },
};
const cases = [anchor, ours(1, 4), ours(5, 4), ours(1, 6), ours(5, 6)];

// Warm-up (JIT) on pairs of their own.
for (let i = 0; i < 30; i++) {
  const a = Math.floor(random() * ix.nodeCount);
  const b = Math.floor(random() * ix.nodeCount);
  for (const c of cases) c.run(a, b);
}

const samples = cases.map(() => [] as number[]);
const connected = cases.map(() => 0);
const truncated = cases.map(() => 0);
const hops = cases.map(() => [] as number[]);
// One case at a time over every pair (so no call finds its pair's data warm from the call before),
// the cases in turn within each round.
for (let round = 0; round < rounds; round++) {
  cases.forEach((c, k) => {
    for (const [a, b] of pairs) {
      const t0 = performance.now();
      const r = c.run(a, b);
      samples[k]!.push((performance.now() - t0) * 1000);
      if (round > 0) continue;
      hops[k]!.push(r.hops);
      if (r.hops !== Number.POSITIVE_INFINITY) connected[k]!++;
      if (r.truncated) truncated[k]!++;
    }
  });
}
// Same shortest length as the anchor within maxLength 6 (the last two cases).
const lengthDisagreements: string[] = [];
pairs.forEach(([a, b], p) => {
  const ref = hops[0]![p]! <= 6 ? hops[0]![p]! : Number.POSITIVE_INFINITY;
  if (hops[3]![p] !== ref || hops[4]![p] !== ref) lengthDisagreements.push(`${ix.nodeIds[a]} – ${ix.nodeIds[b]}: ours ${hops[3]![p]}/${hops[4]![p]}, graphology ${hops[0]![p]}`);
});

const toCase = (c: Timed, k: number): PathsCase => ({ name: c.name, first: c.first, maxLength: c.maxLength, latency: summarize(samples[k]!), connected: connected[k]!, truncated: truncated[k]! });
const result: PathsBenchResult = {
  graph,
  entities: ix.nodeCount,
  relations: ix.edgeCount,
  pairs: pairs.length,
  rounds,
  anchor: toCase(anchor, 0),
  ours: cases.slice(1).map((c, k) => toCase(c, k + 1)),
  check: checkPaths(kg, 'BOTH', pairCount),
  lengthDisagreements,
};
await store.close();
process.send!(result, () => process.exit(0));
