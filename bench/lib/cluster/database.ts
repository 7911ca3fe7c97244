import pg from 'pg';

/** The URL of another database of the same PostgreSQL server (same host, port and user). */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** One statement on a short-lived connection (CREATE/DROP DATABASE, settings, statistics). */
export async function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url, application_name: 'corridor-bench' });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** What pg_stat_database counts for a database: transactions committed and rows read. */
export interface DbActivity {
  xactCommit: number;
  tupReturned: number;
  tupFetched: number;
}

/**
 * pg_stat_database's counters for `database`, read from another database so that this reading adds
 * nothing to them. Backends report their counts at most about once a second, so a difference is exact
 * only to a second's worth of the database's background activity.
 */
export async function dbActivity(url: string, database: string): Promise<DbActivity> {
  const [row] = await sql<{ xact_commit: string; tup_returned: string; tup_fetched: string }>(
    databaseUrl(url, 'postgres'),
    'SELECT xact_commit, tup_returned, tup_fetched FROM pg_stat_database WHERE datname = $1',
    [database],
  );
  if (!row) throw new Error(`pg_stat_database has no row for database "${database}"`);
  return { xactCommit: Number(row.xact_commit), tupReturned: Number(row.tup_returned), tupFetched: Number(row.tup_fetched) };
}

export const activitySince = (a: DbActivity, b: DbActivity): DbActivity => ({
  xactCommit: b.xactCommit - a.xactCommit,
  tupReturned: b.tupReturned - a.tupReturned,
  tupFetched: b.tupFetched - a.tupFetched,
});
