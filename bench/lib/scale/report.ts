import { int, us } from '../table.js';
import type { ScaleBenchResult, ScaleChildResult, ScaleGraphResult } from './result.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const isLoaded = (c: ScaleGraphResult['corridor']): c is ScaleChildResult => 'openMs' in c;

function anchorOf(g: ScaleGraphResult): { text: string; ms: number | null } {
  const a = g.igraph;
  if ('skipped' in a) return { text: `skipped: ${a.skipped}`, ms: null };
  if ('error' in a) return { text: `failed: ${a.error}`, ms: null };
  return { text: `${a.totalSeconds.toFixed(1)} s (read + json ${a.readSeconds.toFixed(1)} s, Graph() ${a.buildSeconds.toFixed(1)} s)`, ms: a.totalSeconds * 1000 };
}

function loadRow(n: string, g: ScaleGraphResult, target: string, limitMs: number): string {
  const anchor = anchorOf(g);
  const c = g.corridor;
  if (!isLoaded(c)) return `| ${n} | load, ${g.graph} | failed: ${c.error} | ${target} | ${anchor.text} | – |`;
  const met = c.openMs <= limitMs ? 'met' : `missed by ${(c.openMs / limitMs).toFixed(1)}×`;
  const ratio = anchor.ms === null ? '–' : `${(c.openMs / anchor.ms).toFixed(1)}× the anchor`;
  return `| ${n} | load until queries run, ${g.graph} | ${seconds(c.openMs)} (CPU ${seconds(c.openCpuMs)}; ${met}) | ${target} | ${anchor.text} | ${ratio} |`;
}

function memoryRow(g: ScaleGraphResult, target: string): string {
  const c = g.corridor;
  if (!isLoaded(c)) return `| – | heap per relation, ${g.graph} | – | ${target} | – | – |`;
  const total = c.heapBytesPerRelation + c.arrayBufferBytesPerRelation;
  const met = target === '–' ? '' : total <= 450 ? ' (met)' : ` (missed by ${(total / 450).toFixed(1)}×)`;
  return `| – | heap + array buffers per relation after GC, ${g.graph} | ${int(total)} B (heap ${int(c.heapBytesPerRelation)}, buffers ${int(c.arrayBufferBytesPerRelation)}; RSS ${int(c.rssMB)} MB)${met} | ${target} | – | – |`;
}

function queriesOf(g: ScaleGraphResult): string[] {
  const c = g.corridor;
  if (!isLoaded(c)) return [];
  const rows = c.queries.map((q) => `| ${q.name} | ${us(q.latency.p50)} | ${q.note ?? ''} |`);
  return [
    `\nEvery query of the latency table, once each, ${g.graph}${c.error ? ` — FAILED: ${c.error}` : `: ${c.queries.length} answered`}\n`,
    '| query | µs | answer |',
    '|---|---|---|',
    ...rows,
  ];
}

/** Issue 10 rows 3–4 as a markdown table, then the 5M graph's queries. */
export function scaleSectionTable(r: ScaleBenchResult): string {
  const [large, scale] = r.graphs;
  const lines = [
    '\n### Load at scale (issue 10 rows 3–4)\n',
    '| # | measure | today | target | anchor in the same run | ratio |',
    '|---|---|---|---|---|---|',
  ];
  if (large) lines.push(loadRow('3', large, '≤ 3 s', 3000), memoryRow(large, '–'));
  if (scale) lines.push(loadRow('4', scale, '≤ 45 s', 45_000), memoryRow(scale, '≤ 450 B/relation'));
  lines.push('', 'Load = Store.open({ watch: false }) until queries run, in a fresh child; layout and metrics (row 5) held back. Anchor = /usr/bin/python3 reading the same relation files and building igraph.Graph(edges, directed=True).');
  for (const g of r.graphs.slice(1)) lines.push(...queriesOf(g));
  return lines.join('\n');
}
