import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/** Folder of the numbered SQL migrations (`NNN_name.sql`), applied in order. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations in the folder, in order; a file not named `NNN_name.sql` is an error naming it. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => {
      const m = /^(\d+)_([\w-]+)\.sql$/.exec(name);
      if (!m) throw new Error(`${dir}${name}: a migration is named NNN_name.sql`);
      return { version: Number(m[1]), name: m[2]!, sql: await readFile(dir + name, 'utf8') };
    }),
  );
}

/**
 * Applies the migrations the database lacks, each in its own transaction with its row in
 * `corridor_migrations`. Several servers starting at once take turns on an advisory lock, so each
 * migration runs exactly once. Returns the names applied.
 */
export async function migrate(client: pg.ClientBase, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  const applied: string[] = [];
  await client.query(`SELECT pg_advisory_lock(hashtext('corridor-migrate'))`);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS corridor_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM corridor_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...all.map((m) => m.version));
    if (newest > known) throw new Error(`the database is at schema version ${newest}, newer than this server knows (${known}): upgrade the server`);
    for (const m of all) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO corridor_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.version}_${m.name}.sql failed: ${(e as Error).message}`);
      }
      applied.push(`${m.version}_${m.name}`);
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('corridor-migrate'))`);
  }
  return applied;
}
