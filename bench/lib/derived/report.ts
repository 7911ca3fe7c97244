import { median } from '../stats.js';
import { int, ms, table } from '../table.js';
import type { DerivedRun } from './result.js';

/** Issue 10 row 5's budget: Store.open of the 500k graph until layout and metrics settled. */
export const TARGET_SETTLED_S = 20;

const seconds = (runs: DerivedRun[], pick: (r: DerivedRun) => number): string => {
  const v = runs.map(pick).map((x) => x / 1000);
  const mid = ms(median(v), 1);
  return v.length > 1 ? `${mid} (${ms(Math.min(...v), 1)}–${ms(Math.max(...v), 1)})` : mid;
};

/** Settled times per graph (median and range over fresh processes), the target, and where the time goes. */
export function derivedTable(byGraph: DerivedRun[][]): string {
  const stageNames = [...new Set(byGraph.flatMap((runs) => runs.flatMap((r) => Object.keys(r.stages))))];
  const summary = table(
    'Layout and metrics (issue 10, row 5): Store.open until derived values settled, median (range) over fresh processes',
    ['graph', 'runs', 'queries ready s', 'settled s', 'after load s', `target (500k)`, 'settled / target'],
    byGraph.map((runs) => {
      const large = runs[0]!.relations >= 500_000;
      const settled = median(runs.map((r) => r.settledMs / 1000));
      return [
        runs[0]!.graph,
        runs.length,
        seconds(runs, (r) => r.openMs),
        seconds(runs, (r) => r.settledMs),
        seconds(runs, (r) => r.settledMs - r.openMs),
        large ? `≤ ${TARGET_SETTLED_S} s` : '—',
        large ? ms(settled / TARGET_SETTLED_S, 2) : '—',
      ];
    }),
  );
  const stages = table(
    'Where the time after load goes (median ms per stage; the stages run one after another in the worker thread)',
    ['graph', ...stageNames, 'betweenness sources', 'communities', 'linked / random distance'],
    byGraph.map((runs) => [
      runs[0]!.graph,
      ...stageNames.map((s) => int(median(runs.map((r) => r.stages[s] ?? 0)))),
      `${int(runs[0]!.betweennessSources)} of ${int(runs[0]!.entities)}`,
      int(runs[0]!.communities),
      ms(runs[0]!.linkedOverRandom, 3),
    ]),
  );
  return `${summary}\n${stages}`;
}
