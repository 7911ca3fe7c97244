import type pg from 'pg';
import { importRows } from './import-folder.js';
import { readFolderRows } from './read-folder.js';

/**
 * A server started on an empty database loads the data folder it was given (`--data`, graph-data by
 * default) into it, as `npm run db:import` would, so `CORRIDOR_DATABASE_URL=… npm start` works on a
 * new database. Servers starting together take turns on an advisory lock: one imports, the others
 * find the graph there. Returns what was imported, or null when the database already held a graph.
 */
export async function seedIfEmpty(client: pg.ClientBase, dataDir: string): Promise<{ entities: number; relations: number } | null> {
  await client.query(`SELECT pg_advisory_lock(hashtext('corridor-seed'))`);
  try {
    const held = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM corridor_vocabulary');
    if (held.rows[0]!.n > 0) return null;
    const rows = await readFolderRows(dataDir);
    await importRows(client, rows, { actor: 'server start (empty database)' });
    return { entities: rows.entities.length, relations: rows.relations.length };
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('corridor-seed'))`);
  }
}
