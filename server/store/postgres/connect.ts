import pg from 'pg';

export interface PgSettings {
  url: string;
  /** Connections in the pool (writes and loads; the LISTEN connection is extra). */
  max?: number;
  /** A statement the database does not answer within this long fails (a hung server must not hang requests). */
  statementTimeoutMs?: number;
  /** Giving up on connecting after this long. */
  connectTimeoutMs?: number;
}

/** Parses `bigint`/`int8` columns as numbers: seqs and versions stay far below 2^53. */
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * A pool of connections to the database. Every connection has a statement timeout and TCP
 * keep-alive, and a query that gets no answer fails rather than waiting forever (`query_timeout`
 * covers a connection that went silent, which the server-side timeout cannot).
 */
export function createPool(s: PgSettings): pg.Pool {
  const timeout = s.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString: s.url,
    max: s.max ?? 8,
    // A hung server accepts the TCP connection and never answers: connecting is bounded like a query (at most 5 s).
    connectionTimeoutMillis: s.connectTimeoutMs ?? (timeout > 0 ? Math.min(5_000, timeout + 1_000) : 5_000),
    statement_timeout: timeout,
    query_timeout: timeout > 0 ? timeout + 1_000 : 0, // 0: no timeout (the CLI's long COPY)
    keepAlive: true,
    application_name: 'corridor',
  });
  // A connection that dies while idle is dropped from the pool; the next query gets a new one.
  pool.on('error', () => {});
  // pg-pool takes its error listener off a client while it is checked out (a write's transaction, a
  // load), and pg emits 'error' when the server ends a connection (a restart: 57P01, then "Connection
  // terminated unexpectedly"): with no listener that would end the process. The query in flight
  // fails on its own and the broken client is dropped when released.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** A single connection, for LISTEN and for CLI tools. */
export async function connectClient(s: PgSettings): Promise<pg.Client> {
  const timeout = s.statementTimeoutMs ?? 10_000;
  const client = new pg.Client({
    connectionString: s.url,
    connectionTimeoutMillis: s.connectTimeoutMs ?? 5_000,
    statement_timeout: timeout,
    query_timeout: timeout > 0 ? timeout + 1_000 : 0, // 0: no timeout (the CLI's long COPY)
    keepAlive: true,
    application_name: 'corridor',
  });
  await client.connect();
  return client;
}

/** SQLSTATEs worth retrying: the server went away, was restarted, or a serialization race. */
export function isRetryable(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  if (/^(08|57P0)/.test(code) || code === '40001' || code === '40P01') return true;
  const msg = (e as Error).message ?? '';
  return /Connection terminated|ECONNREFUSED|ECONNRESET|timeout|Client has encountered a connection error|not queryable/i.test(msg);
}
