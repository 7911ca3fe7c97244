import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenBook } from '../../server/api/auth.js';
import { createContext } from '../../server/api/context.js';
import { DEFAULT_LIMITS } from '../../server/api/limits/settings.js';
import { createTraversals, traverse } from '../../server/api/traversals.js';
import { CompiledFilter } from '../../server/graph/filter.js';
import type { TraversalTask } from '../../server/graph/pool/tasks.js';
import { Store } from '../../server/store/files/store.js';
import { copyOfGraphData } from '../helpers/data-dir.js';

/**
 * One version per request: a request's traversals read the index it pinned, whatever commits meanwhile,
 * in a worker thread; the next request sees the commit. In process, so the commit lands between two
 * traversals of one request for certain.
 */
const data = copyOfGraphData();
let store: Store;
const traversals = createTraversals(DEFAULT_LIMITS, 1);
const tokens = new TokenBook([]);

beforeAll(async () => {
  store = await Store.open({ dataDir: data.dir, watch: false, fsync: false, log: () => {} });
});
afterAll(async () => {
  await traversals.pool.close();
  await store.close();
  data.cleanup();
});

function pathsTask(ctx: ReturnType<typeof createContext>, from: string, to: string): TraversalTask {
  const ix = ctx.pinnedIndex();
  const filter = new CompiledFilter(ix, store.kg.relations).spec();
  return { kind: 'paths', from: ix.nodeIndex.get(from)!, to: ix.nodeIndex.get(to)!, maxLength: 4, first: 1, direction: 'BOTH', filter, budget: ctx.budget };
}
const firstLength = (r: Awaited<ReturnType<typeof traverse>>) => (r.kind === 'paths' ? r.paths.paths[0]?.hops.length : undefined);

describe('a request reads one version of the graph', () => {
  it('keeps its traversals on the version it pinned across a commit; the next request sees the commit', async () => {
    const request = createContext(store, DEFAULT_LIMITS, tokens, traversals, null, null);
    const before = firstLength(await traverse(request, pathsTask(request, 'afghanistan', 'global-gateway')));
    expect(before).toBeGreaterThan(1);

    const { results } = await store.apply(
      [
        {
          op: 'createRelation',
          input: {
            id: 'pinned-version-shortcut',
            type: 'supports',
            from: 'afghanistan',
            to: 'global-gateway',
            status: 'extracted',
            confidence: 0.5,
            evidence: [{ source: 'eu-central-asia-summit-2024', quote: 'Afghanistan' }],
          },
        },
      ],
      'test',
    );
    expect(results).toHaveLength(1);

    // The same request, after the commit: still the version it started with.
    expect(firstLength(await traverse(request, pathsTask(request, 'afghanistan', 'global-gateway')))).toBe(before);
    const next = createContext(store, DEFAULT_LIMITS, tokens, traversals, null, null);
    expect(firstLength(await traverse(next, pathsTask(next, 'afghanistan', 'global-gateway')))).toBe(1);
  });
});
