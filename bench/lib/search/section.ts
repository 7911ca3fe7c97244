import { startChild } from '../child.js';
import { LARGE, specName, syntheticGraph } from '../datasets.js';
import { ARTICLE_GRAPH, benchFile } from '../paths.js';
import { searchTable } from './report.js';
import type { SearchGraphResult } from './result.js';

/**
 * Issue 10, row 6: search latency for full labels and 3-letter prefixes over the article graph and
 * the 100k entities of the large synthetic graph, ours against today's index and MiniSearch with
 * default options, plus the agreement of full-name hits. One child process per graph (--expose-gc).
 */
export async function searchSection(opts: { quick: boolean; log: (m: string) => void }): Promise<{ result: SearchGraphResult[]; table: string }> {
  const large = syntheticGraph(LARGE);
  const results: SearchGraphResult[] = [];
  for (const [name, dir] of [['article graph (graph-data)', ARTICLE_GRAPH], [specName(LARGE), large.dir]] as const) {
    opts.log(`search: ${name}: building the indices, timing full labels and 3-letter prefixes, checking full names…`);
    const child = startChild<SearchGraphResult>(benchFile('lib/search/child.ts'), {
      args: [dir, name, ...(opts.quick ? ['--quick'] : [])],
      nodeFlags: ['--expose-gc', '--max-old-space-size=4096'],
      timeoutMs: 900_000,
    });
    results.push(await child.message);
    await child.stop();
  }
  return { result: results, table: searchTable(results) };
}
