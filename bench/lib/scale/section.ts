import { startChild } from '../child.js';
import { LARGE, specName, syntheticGraph } from '../datasets.js';
import { benchFile } from '../paths.js';
import type { SyntheticSpec } from '../../synthetic/generate.js';
import { igraphLoad, igraphMissing } from './igraph-anchor.js';
import { scaleSectionTable } from './report.js';
import type { ScaleBenchResult, ScaleChildResult, ScaleGraphResult } from './result.js';

/** Issue 10 row 4: 1M entities / 5M relations, growing attachment like LARGE (hubs of tens of thousands). */
export const SCALE: SyntheticSpec = { entities: 1_000_000, relations: 5_000_000, attachment: 'growing' };

const errorOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function measureGraph(spec: SyntheticSpec, heapMB: number, igraphSkip: string | null, log: (m: string) => void): Promise<ScaleGraphResult> {
  const graph = specName(spec);
  log(`scale: ${graph}: generating (cached after the first run; ~3 min at 5M)…`);
  const { dir, generatedMs } = syntheticGraph(spec);
  log(`scale: ${graph}: loading in a child (--max-old-space-size=${heapMB}), then each latency-table query once…`);
  const child = startChild<ScaleChildResult>(benchFile('lib/scale/child.ts'), {
    args: [dir, graph],
    nodeFlags: ['--expose-gc', `--max-old-space-size=${heapMB}`],
    timeoutMs: 3_600_000,
  });
  let corridor: ScaleGraphResult['corridor'];
  try {
    corridor = await child.message;
  } catch (e) {
    corridor = { error: errorOf(e) };
  } finally {
    await child.stop();
  }
  let igraph: ScaleGraphResult['igraph'];
  if (igraphSkip) igraph = { skipped: igraphSkip };
  else {
    log(`scale: ${graph}: igraph building the same edge list…`);
    igraph = await igraphLoad(dir).catch((e: unknown) => ({ error: errorOf(e) }));
  }
  return { graph, dataDir: dir, generatedMs, corridor, igraph };
}

/**
 * Issue 10 rows 3 (anchor) and 4: Corridor's load at 500k and at 5M relations (each in a child of its
 * own, with --expose-gc), heap and array buffers per relation, every latency-table query once at 5M,
 * and igraph building the same edge list from the same files (skipped, with a printed line, when
 * /usr/bin/python3 cannot import igraph). Takes minutes: `--only=scale`. `--quick` runs 500k only.
 */
export async function scaleSection(opts: { quick: boolean; log: (m: string) => void }): Promise<{ result: ScaleBenchResult; table: string }> {
  const skip = await igraphMissing();
  if (skip) opts.log(`scale: igraph anchor skipped: ${skip}`);
  const graphs: ScaleGraphResult[] = [await measureGraph(LARGE, 8192, skip, opts.log)];
  if (!opts.quick) graphs.push(await measureGraph(SCALE, 20_000, skip, opts.log));
  const result = { graphs };
  return { result, table: scaleSectionTable(result) };
}
