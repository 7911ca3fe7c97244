import type { ImportBenchResult } from './result.js';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** The import runs as a table: size, time, records per second, peak heap growth. */
export function importTable(r: ImportBenchResult): string {
  const rows = r.runs.map((run) => {
    const s = run.millis / 1000;
    return `| ${run.name} | ${mb(run.bytes)} | ${s.toFixed(1)} s | ${Math.round(run.entitiesRead / s)} | ${Math.round(run.relationsRead / s)} | ${run.entitiesCreated} / ${run.entitiesMerged} | ${mb(run.peakHeapGrowth)} |`;
  });
  return ['\n### Import (GraphML, through the import path, one commit)\n', '| file | size | time | nodes/s | edges/s | created / merged | peak heap growth |', '|---|---|---|---|---|---|---|', ...rows, `\nmax RSS ${mb(r.maxRss)}`].join('\n');
}
