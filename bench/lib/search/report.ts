import { median } from '../stats.js';
import type { CaseName, IndexName, SearchGraphResult } from './result.js';

/** Issue 10, row 6: the 3-letter prefix p50 over 100k entities must be at most this (microseconds). */
export const PREFIX_TARGET_US = 2000;

const msText = (us: number) => (us >= 10_000 ? (us / 1000).toFixed(0) : us >= 1000 ? (us / 1000).toFixed(1) : (us / 1000).toFixed(2));
/** Median over rounds, with the range when there were several: "0.12 ms (0.10–0.15)". */
function spread(values: number[]): string {
  const mid = `${msText(median(values))} ms`;
  return values.length > 1 ? `${mid} (${msText(Math.min(...values))}–${msText(Math.max(...values))})` : mid;
}
const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`);

/**
 * The search section's tables: per graph, today's index, ours, the target and the anchor (MiniSearch
 * with default options on the same fields) for the p50 and p99 of both query cases, with the ratio of
 * ours to the anchor; then the checks (agreement on full names, label prefix first) and build costs.
 */
export function searchTable(results: SearchGraphResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const cell = (index: IndexName, c: CaseName) => r.latency.find((l) => l.index === index && l.case === c)!;
    lines.push(
      '',
      `Search, ${r.graph} (${r.entities.toLocaleString('en-US')} entities): p50 / p99 of one query, first 10 hits; median of rounds (range)`,
      '',
      '| measure | today | ours | target | anchor: MiniSearch defaults | ours / anchor | anchor with prefix: true |',
      '|---|---|---|---|---|---|---|',
    );
    for (const c of ['3-letter prefix', 'full label'] as const) {
      for (const stat of ['p50', 'p99'] as const) {
        const [today, ours, anchor, anchorPrefix] = (['today', 'ours', 'MiniSearch defaults', 'MiniSearch defaults + prefix'] as const).map((i) => cell(i, c)[stat]);
        const target = c === '3-letter prefix' && stat === 'p50' ? `≤ ${msText(PREFIX_TARGET_US)} ms: ${median(ours!) <= PREFIX_TARGET_US ? 'met' : `missed by ${msText(median(ours!) - PREFIX_TARGET_US)} ms`}` : '-';
        const ratio = `${(median(ours!) / median(anchor!)).toFixed(1)}×`;
        lines.push(`| ${c}, ${stat} (${cell('ours', c).hits} hits) | ${spread(today!)} | ${spread(ours!)} | ${target} | ${spread(anchor!)} | ${ratio} | ${spread(anchorPrefix!)} |`);
      }
    }
    const a = r.agreement;
    const p = r.prefixFirst;
    lines.push(
      '',
      `- full names, top-10 hits today vs ours: ${pct(a.identicalTop10, a.names)} identical in order, ${pct(a.sameSetTop10, a.names)} same set, ${pct(a.sameTop1, a.names)} same first hit (${a.names} names sampled, ${a.shortNames} of them ≤ 3 letters)`,
      ...a.examples.map((e) => `  - differs: ${e}`),
      `- 3-letter prefixes some label starts with: first hit is such a label in ${pct(p.ours, p.withLabelMatch)} (ours) vs ${pct(p.today, p.withLabelMatch)} (today), of ${p.withLabelMatch}/${p.queries} prefixes`,
      `- build: today's index ${r.build.todayMs.toFixed(0)} ms, ours ${r.build.oursMs.toFixed(0)} ms, of which the name prefix table ${r.build.nameTableMs.toFixed(0)} ms (median of 3) and ${(r.build.nameTableBytes / 1024 / 1024).toFixed(1)} MB`,
    );
  }
  return lines.join('\n');
}
