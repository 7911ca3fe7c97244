/**
 * A child process: `import-child.ts <data folder> <database url>` times what `npm run db:import` does —
 * readFolderRows (read + validate the folder), migrate, importRows (COPY in one transaction) — and
 * reports the times over IPC. A child of its own so that the rows of a 500k graph leave the parent's
 * heap with it.
 */
import { connectClient } from '../../../server/store/postgres/connect.js';
import { importRows } from '../../../server/store/postgres/import-folder.js';
import { migrate } from '../../../server/store/postgres/migrate.js';
import { readFolderRows } from '../../../server/store/postgres/read-folder.js';
import type { ImportTiming } from './result.js';

const [dir, url] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const rows = await readFolderRows(dir);
const t1 = performance.now();
const client = await connectClient({ url, statementTimeoutMs: 0 });
try {
  await migrate(client);
  const t2 = performance.now();
  await importRows(client, rows);
  const t3 = performance.now();
  const size = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
  const timing: ImportTiming = {
    entities: rows.entities.length,
    relations: rows.relations.length,
    sources: rows.sources.length,
    readMs: t1 - t0,
    migrateMs: t2 - t1,
    importMs: t3 - t2,
    totalMs: t3 - t0,
    databaseMB: Number(size.rows[0]!.bytes) / 1e6,
  };
  process.send!(timing);
} finally {
  await client.end();
}
