import { us } from '../table.js';
import type { PathsBenchResult } from './result.js';

const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

/** Issue 10 rows 1–2 (shortest paths, BOTH) as a markdown table, with the extra maxLength 6 cases and the length check. */
export function pathsSectionTable(r: PathsBenchResult): string {
  const anchor = r.anchor.latency.p50;
  const find = (first: number, maxLength: number) => r.ours.find((c) => c.first === first && c.maxLength === maxLength)!;
  const row = (label: string, first: number, maxLength: number, target: string, limit: number | null) => {
    const c = find(first, maxLength);
    const met = limit === null ? '' : c.latency.p50 <= limit * anchor ? ' (met)' : ` (missed by ${ratio(c.latency.p50, limit * anchor)})`;
    const cut = c.truncated ? `, ${c.truncated} cut by the budget` : '';
    return `| ${label} | ${us(c.latency.p50)} µs (p99 ${us(c.latency.p99)}; ${c.connected}/${r.pairs} connected${cut}) | ${target} | ${us(anchor)} µs (p99 ${us(r.anchor.latency.p99)}) | ${ratio(c.latency.p50, anchor)}${met} |`;
  };
  const check = r.check;
  const disagreements = [...check.disagreements, ...r.lengthDisagreements.slice(0, 3)];
  return [
    `\n### Shortest paths, direction BOTH, ${r.graph}: ${r.pairs} random pairs × ${r.rounds} rounds (issue 10 rows 1–2)\n`,
    '| # | measure (p50 per call) | today | target | anchor in the same run | ratio to the anchor |',
    '|---|---|---|---|---|---|',
    row('1 | k = 1, maxLength 4', 1, 4, '≤ 3× the anchor', 3),
    row('2 | k = 5, maxLength 4', 5, 4, '≤ 10× the anchor of row 1', 10),
    row('– | k = 1, maxLength 6', 1, 6, '–', null),
    row('– | k = 5, maxLength 6', 5, 6, '–', null),
    '',
    `Anchor: graphology-shortest-path \`bidirectional\` on an undirected copy of the same relations (copy built in ${Math.round(check.copyMs)} ms, not timed).`,
    `Same shortest length as the anchor: ${check.agree}/${check.pairs} pairs at maxLength 4 (bench/lib/inproc/paths-check.ts), ` +
      `${r.pairs - r.lengthDisagreements.length}/${r.pairs} timed pairs at maxLength 6.` +
      (disagreements.length ? ` Disagreements: ${disagreements.join('; ')}` : ''),
  ].join('\n');
}
