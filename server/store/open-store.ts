import type { DerivedSettings } from './derived-runner.js';
import type { GraphStore } from './graph-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { Store } from './files/store.js';

export interface OpenStoreOptions {
  /** The data folder (with a database: loaded into it if it holds no graph yet). */
  dataDir: string;
  /** PostgreSQL connection URL: with it, the graph lives in that database, shared by every server pointed at it. */
  databaseUrl?: string | null;
  watch?: boolean;
  fsync?: boolean;
  /** PostgreSQL: the longest a server may lag the database and still report itself healthy and ready. */
  maxLagMs?: number;
  /** PostgreSQL: how often the change log is read when no notification came. */
  pollMs?: number;
  /** PostgreSQL: a statement the database does not answer in this long fails. */
  statementTimeoutMs?: number;
  derived?: Partial<DerivedSettings>;
  log?: (message: string) => void;
}

/** Opens the graph over the folder, or over PostgreSQL when a database URL is given. */
export async function openStore(o: OpenStoreOptions): Promise<GraphStore> {
  if (o.databaseUrl) return PostgresStore.open({ url: o.databaseUrl, seedFrom: o.dataDir, maxLagMs: o.maxLagMs, pollMs: o.pollMs, statementTimeoutMs: o.statementTimeoutMs, derived: o.derived, log: o.log });
  return Store.open({ dataDir: o.dataDir, watch: o.watch, fsync: o.fsync, derived: o.derived, log: o.log });
}
