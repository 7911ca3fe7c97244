/**
 * A server child process: `entry.ts <variant> [server flags…]`, flags as `npm start` takes them
 * (readConfig), so every variant serves the same data with the same limits. Reports
 * { type: 'ready', port } over IPC once it listens and its derived values have settled (no background
 * layout work during a measurement); SIGTERM closes it.
 *
 *   yoga         the real server: startServer(readConfig(flags, env, root)), exactly as npm start
 *   yoga-fetch   createApi as the real server builds it, every request through Yoga's fetch adapter
 *                (yoga.requestListener), i.e. without the HTTP layer's fast path for JSON POSTs
 *   graphql-js   node:http + cached parse/validate + graphql-js execute (no Yoga, no plugins)
 *   graphql-jit  node:http + cached graphql-jit compiled queries (no Yoga, no plugins)
 *   raw          node:http doing the same work by hand (no GraphQL)
 */
import type { Server } from 'node:http';
import { TokenBook } from '../../../server/api/auth.js';
import { buildSchema } from '../../../server/api/schema.js';
import { readConfig } from '../../../server/http/config.js';
import { listen } from '../../../server/http/server.js';
import { createApi } from '../../../server/api/yoga.js';
import { startServer } from '../../../server/http/start.js';
import { Store } from '../../../server/store/files/store.js';
import type { GraphStore } from '../../../server/store/graph-store.js';
import { ROOT } from '../paths.js';
import type { ServerReady } from '../child.js';
import { createExecuteServer } from './execute-server.js';
import { createRawServer } from './raw-server.js';
import { VARIANTS, type Variant } from './variants.js';
import { createFetchFront } from './fetch-front.js';

async function main(): Promise<void> {
  const t0 = performance.now();
  const [variant, ...flags] = process.argv.slice(2) as [Variant, ...string[]];
  if (!VARIANTS.includes(variant)) throw new Error(`unknown variant ${variant}; one of ${VARIANTS.join(', ')}`);
  const config = readConfig(flags, process.env, ROOT);
  config.clientDir = null;
  const quiet = () => {};
  let store: GraphStore;
  let close: () => Promise<void>;
  let port: number;
  let traversalHeaps: (() => Promise<Array<{ used: number; total: number }>>) | null = null;
  if (variant === 'yoga') {
    const running = await startServer(config, quiet);
    ({ store, port } = running);
    traversalHeaps = () => running.traversals.pool.heaps();
    close = running.close;
  } else {
    const tokens = TokenBook.load({ file: config.tokensFile, env: config.tokensEnv });
    store = await Store.open({ dataDir: config.dataDir, watch: config.watch, fsync: config.fsync, log: quiet });
    const server: Server =
      variant === 'raw'
        ? createRawServer(store, config.limits)
        : variant === 'yoga-fetch'
          ? createFetchFront(createApi({ store, limits: config.limits, tokens, production: config.production, logging: false }), config.limits.maxBodyBytes)
          : createExecuteServer(buildSchema(), store, config.limits, tokens, variant);
    server.keepAliveTimeout = 65_000;
    port = await listen(server, config.port, config.host);
    close = async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    };
  }
  await store.derived.settled();
  const ready: ServerReady = { type: 'ready', variant, port, entities: store.kg.graph.order, relations: store.kg.graph.size, readyMs: performance.now() - t0 };
  process.send!(ready);
  process.once('SIGTERM', () => void close().finally(() => process.exit(0)));
  // Memory on request (after a full GC when --expose-gc is on): RSS counts every thread's heap.
  process.on('message', (m: { type?: string }) => {
    if (m?.type !== 'memory') return;
    (globalThis as { gc?: () => void }).gc?.();
    const u = process.memoryUsage();
    void (traversalHeaps?.() ?? Promise.resolve([])).then((workers) =>
      process.send!({ type: 'memory', rss: u.rss, heapUsed: u.heapUsed, external: u.external, arrayBuffers: u.arrayBuffers, workers }),
    );
  });
}

await main();
