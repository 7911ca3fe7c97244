import { startChild } from '../child.js';
import { LARGE, specName, syntheticGraph } from '../datasets.js';
import { benchFile } from '../paths.js';
import { pathsSectionTable } from './report.js';
import type { PathsBenchResult } from './result.js';

/**
 * Issue 10 rows 1–2: shortestPaths with direction BOTH on the hub-heavy 100k / 500k graph, k = 1
 * and k = 5, against graphology-shortest-path's bidirectional search on the same pairs, in a child
 * process of its own (bench/lib/paths/child.ts).
 */
export async function pathsSection(opts: { quick: boolean; log: (m: string) => void }): Promise<{ result: PathsBenchResult; table: string }> {
  const { dir } = syntheticGraph(LARGE);
  const [pairs, rounds] = opts.quick ? [60, 1] : [300, 3];
  opts.log(`shortest paths: ${specName(LARGE)}, ${pairs} random pairs × ${rounds} rounds, BOTH, k=1/5, maxLength 4/6, against graphology bidirectional…`);
  const child = startChild<PathsBenchResult>(benchFile('lib/paths/child.ts'), {
    args: [dir, specName(LARGE), String(pairs), String(rounds)],
    nodeFlags: ['--max-old-space-size=8192'],
    timeoutMs: 900_000,
  });
  try {
    const result = await child.message;
    return { result, table: pathsSectionTable(result) };
  } finally {
    await child.stop();
  }
}
