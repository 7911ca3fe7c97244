/**
 * The search bench on one data folder, in a fresh process run with --expose-gc:
 * `child.ts <data dir> <graph name> [--quick]`. Reads the entity files only (no relations, no store),
 * builds the four indices, times full-label and 3-letter-prefix queries in rounds (the order of the
 * indices alternating), and checks full names and prefixes. Sends a SearchGraphResult over IPC.
 */
import { NamePrefixTable } from '../../../server/graph/search/name-prefix-table.js';
import { rng } from '../sample.js';
import { median } from '../stats.js';
import { measure, quickLatency } from '../timing.js';
import { agreement, prefixFirst } from './checks.js';
import { readEntities } from './entities.js';
import { buildIndices } from './indices.js';
import type { CaseName, IndexName, LatencyCell, SearchGraphResult } from './result.js';

const [dataDir, graph, ...flags] = process.argv.slice(2) as [string, string, ...string[]];
const quick = flags.includes('--quick');
if (quick) quickLatency();
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc');

const entities = readEntities(dataDir);
const builds = new Map<string, number>();
const indices = buildIndices(entities, (name, build) => {
  const t0 = performance.now();
  build();
  builds.set(name, performance.now() - t0);
});

const usedBytes = () => {
  for (let i = 0; i < 3; i++) gc!();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const tableMs: number[] = [];
const tables: NamePrefixTable[] = [];
let tableBytes = 0;
for (let i = 0; i < 3; i++) {
  const before = usedBytes();
  const t0 = performance.now();
  tables.push(new NamePrefixTable(entities));
  tableMs.push(performance.now() - t0);
  tableBytes = usedBytes() - before;
}

// Sampled like the in-process latency cases (bench/lib/inproc/cases.ts): 200 random entities' labels, their first 3 letters.
const random = rng(1);
const pick = () => entities[Math.floor(random() * entities.length)]!;
const sampled = Array.from({ length: 200 }, pick);
const queries: Record<CaseName, string[]> = { 'full label': sampled.map((e) => e.label), '3-letter prefix': sampled.map((e) => e.label.slice(0, 3)) };
const names = entities.length <= 1000 ? entities.flatMap((e) => [e.label, ...e.aliases]) : Array.from({ length: quick ? 200 : 1000 }, () => pick()).flatMap((e) => [e.label, ...e.aliases]);

const order: IndexName[] = ['ours', 'today', 'MiniSearch defaults', 'MiniSearch defaults + prefix'];
const cells = new Map<string, LatencyCell>();
for (let round = 0; round < (quick ? 1 : 3); round++) {
  for (const index of round % 2 === 0 ? order : [...order].reverse()) {
    for (const c of Object.keys(queries) as CaseName[]) {
      const list = queries[c];
      const search = indices[index];
      const l = measure((i) => search(list[i % list.length]!));
      const key = `${index}|${c}`;
      const cell = cells.get(key) ?? { index, case: c, p50: [], p99: [], hits: search(list[0]!).length };
      cell.p50.push(l.p50);
      cell.p99.push(l.p99);
      cells.set(key, cell);
    }
  }
}

const result: SearchGraphResult = {
  type: 'result',
  graph,
  entities: entities.length,
  build: { todayMs: builds.get('today')!, oursMs: builds.get('ours')!, nameTableMs: median(tableMs), nameTableBytes: tableBytes },
  latency: [...cells.values()],
  agreement: agreement(names, indices.today, indices.ours),
  prefixFirst: prefixFirst(queries['3-letter prefix'], entities, indices.today, indices.ours),
};
process.send!(result);
