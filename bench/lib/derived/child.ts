/**
 * `child.ts <data dir> <graph name>`: opens the store as the server does and waits until layout and
 * metrics settled, then reports a DerivedRun over IPC (issue 10, row 5).
 */
import { seededRandom } from '../../../server/graph/derived.js';
import { Store } from '../../../server/store/files/store.js';
import type { DerivedRun } from './result.js';

const [dataDir, graph] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const store = await Store.open({ dataDir, watch: false, log: () => {} });
const openMs = performance.now() - t0;
await store.derived.settled();
const settledMs = performance.now() - t0;

const kg = store.kg;
const arrays = kg.derived.arrays!;
const rnd = seededRandom(1);
const { edgeSrc, edgeDst, nodeCount } = kg.index;
const dist = (i: number, j: number) => Math.hypot(arrays.x[i]! - arrays.x[j]!, arrays.y[i]! - arrays.y[j]!);
let linked = 0;
let random = 0;
for (let k = 0; k < 100_000; k++) {
  const e = Math.floor(rnd() * edgeSrc.length);
  linked += dist(edgeSrc[e]!, edgeDst[e]!);
  random += dist(Math.floor(rnd() * nodeCount), Math.floor(rnd() * nodeCount));
}
const result: DerivedRun = {
  type: 'result',
  graph,
  entities: nodeCount,
  relations: edgeSrc.length,
  openMs,
  settledMs,
  stages: store.derived.lastStages,
  betweennessSources: arrays.betweennessSources,
  communities: new Set(arrays.community).size,
  linkedOverRandom: linked / random,
};
await store.close();
process.send!(result, () => process.exit(0));
