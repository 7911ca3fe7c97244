import { TokenBook } from '../../server/api/auth.js';
import { DEFAULT_LIMITS, type ApiLimits } from '../../server/api/limits/settings.js';
import { createApi, type CorridorYoga } from '../../server/api/yoga.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { openStore } from '../../server/store/open-store.js';
import { TEST_BACKEND, testDatabase } from './backend.js';
import { copyOfGraphData, GRAPH_DATA } from './data-dir.js';

export const EDITOR_TOKEN = 'editor-token-0123456789abcdef';
export const READER_TOKEN = 'reader-token-0123456789abcdef';

export interface TestApi {
  yoga: CorridorYoga;
  store: GraphStore;
  /** The data folder the API was opened on (with PostgreSQL: the folder imported into its database). */
  dataDir: string;
  /** A folder holding what is durably stored now: the data folder itself, or an export of the database. */
  saved(): Promise<string>;
  /** POSTs an operation through yoga.fetch (no port) and returns status and parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

/**
 * An API over the article graph. Read-only tests share graph-data itself; `writable` gives a private
 * copy of it and an editor and a reader token. Under the `postgres` test project the graph is imported
 * into a private database schema and served from there.
 */
export async function testApi(opts: { writable?: boolean; limits?: Partial<ApiLimits>; production?: boolean; tokens?: boolean } = {}): Promise<TestApi> {
  const copy = opts.writable ? copyOfGraphData() : null;
  const dataDir = copy?.dir ?? GRAPH_DATA;
  const db = TEST_BACKEND === 'postgres' ? await testDatabase(dataDir) : null;
  const store = await openStore({ dataDir, databaseUrl: db?.url, watch: false, fsync: false, log: () => {} });
  const tokens =
    opts.writable || opts.tokens
      ? new TokenBook([
          { name: 'test-editor', role: 'editor', token: EDITOR_TOKEN },
          { name: 'test-reader', role: 'reader', token: READER_TOKEN },
        ])
      : new TokenBook([]);
  const yoga = createApi({ store, limits: { ...DEFAULT_LIMITS, ...opts.limits }, tokens, production: opts.production ?? true, logging: false });
  return {
    yoga,
    store,
    dataDir,
    async saved() {
      await store.idle();
      return db ? db.saved() : dataDir;
    },
    async gql(query, variables, headers = {}) {
      const res = await yoga.fetch('http://corridor.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: await res.json() };
    },
    async close() {
      await store.close();
      await db?.drop();
      copy?.cleanup();
    },
  };
}

export const asEditor = { authorization: `Bearer ${EDITOR_TOKEN}` };
export const asReader = { authorization: `Bearer ${READER_TOKEN}` };
