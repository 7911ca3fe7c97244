import { startChild } from '../child.js';
import { LARGE, SMALL, specName, syntheticGraph } from '../datasets.js';
import { benchFile } from '../paths.js';
import { derivedTable } from './report.js';
import type { DerivedRun } from './result.js';

/**
 * Issue 10, row 5: time from Store.open until layout and metrics settled on the 50k and 500k
 * synthetic graphs, each run in a fresh child process (three runs each, one with --quick), with the
 * per-stage breakdown of the derived computation (worker start, transfers, each metric, layout).
 */
export async function derivedSection(opts: { quick: boolean; log: (m: string) => void }): Promise<{ result: DerivedRun[][]; table: string }> {
  const runs = opts.quick ? 1 : 3;
  const result: DerivedRun[][] = [];
  for (const spec of [SMALL, LARGE]) {
    const { dir } = syntheticGraph(spec);
    const graphRuns: DerivedRun[] = [];
    for (let i = 0; i < runs; i++) {
      opts.log(`derived: ${specName(spec)}, run ${i + 1} of ${runs}: Store.open until layout and metrics settle…`);
      const child = startChild<DerivedRun>(benchFile('lib/derived/child.ts'), { args: [dir, specName(spec)], nodeFlags: ['--max-old-space-size=8192'], timeoutMs: 600_000 });
      graphRuns.push(await child.message);
      await child.stop();
    }
    result.push(graphRuns);
  }
  return { result, table: derivedTable(result) };
}
