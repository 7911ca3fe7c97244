import type { Server } from 'node:http';
import { TokenBook } from '../api/auth.js';
import { createApi, type CorridorYoga } from '../api/yoga.js';
import { Store } from '../store/store.js';
import type { ServerConfig } from './config.js';
import { createHttpServer, listen } from './server.js';

export interface RunningServer {
  port: number;
  url: string;
  store: Store;
  yoga: CorridorYoga;
  server: Server;
  close(): Promise<void>;
}

/** Opens the data (refusing invalid data), builds the API and listens. Used by main.ts and the tests. */
export async function startServer(config: ServerConfig, log: (m: string) => void = console.log): Promise<RunningServer> {
  const tokens = TokenBook.load({ file: config.tokensFile, env: config.tokensEnv });
  const store = await Store.open({ dataDir: config.dataDir, watch: config.watch, fsync: config.fsync, log });
  const yoga = createApi({ store, limits: config.limits, tokens, production: config.production, logging: config.logging });
  const server = createHttpServer({ yoga, store, maxBodyBytes: config.limits.maxBodyBytes, rateLimitPerMinute: config.limits.rateLimitPerMinute, clientDir: config.clientDir });
  server.keepAliveTimeout = 65_000;
  const port = await listen(server, config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    port,
    url: `http://${shown}:${port}`,
    store,
    yoga,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
