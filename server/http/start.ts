import type { Server } from 'node:http';
import { TokenBook } from '../api/auth.js';
import { createTraversals, type Traversals } from '../api/traversals.js';
import { createApi, type CorridorYoga } from '../api/yoga.js';
import type { GraphStore } from '../store/graph-store.js';
import { openStore } from '../store/open-store.js';
import type { ServerConfig } from './config.js';
import { createHttpServer, listen } from './server.js';

export interface RunningServer {
  port: number;
  url: string;
  store: GraphStore;
  yoga: CorridorYoga;
  server: Server;
  traversals: Traversals;
  close(): Promise<void>;
}

/** Opens the data (refusing invalid data), builds the API and listens. Used by main.ts and the tests. */
export async function startServer(config: ServerConfig, log: (m: string) => void = console.log): Promise<RunningServer> {
  const tokens = TokenBook.load({ file: config.tokensFile, env: config.tokensEnv });
  const store = await openStore({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    watch: config.watch,
    fsync: config.fsync,
    maxLagMs: config.limits.maxLagMs,
    statementTimeoutMs: config.limits.dbStatementTimeoutMs,
    log,
  });
  const traversals = createTraversals(config.limits, config.traversalWorkers);
  const yoga = createApi({ store, limits: config.limits, tokens, production: config.production, logging: config.logging, traversals });
  const server = createHttpServer({
    yoga,
    store,
    maxBodyBytes: config.limits.maxBodyBytes,
    rateLimitPerMinute: config.limits.rateLimitPerMinute,
    clientDir: config.clientDir,
    tokens,
    traversals,
    trustProxy: config.trustProxy,
    maxLagMs: config.limits.maxLagMs,
    minSeqWaitMs: config.limits.minSeqWaitMs,
  });
  server.keepAliveTimeout = 65_000;
  const port = await listen(server, config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    port,
    url: `http://${shown}:${port}`,
    store,
    yoga,
    server,
    traversals,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await traversals.pool.close();
      await store.close();
    },
  };
}
