import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { connectClient } from '../../server/store/postgres/connect.js';
import { writeFolder } from '../../server/store/postgres/export-folder.js';
import { importRows } from '../../server/store/postgres/import-folder.js';
import { readSnapshot } from '../../server/store/postgres/load.js';
import { migrate } from '../../server/store/postgres/migrate.js';
import { readFolderRows } from '../../server/store/postgres/read-folder.js';

/**
 * Which persistence the API tests run against: the `postgres` vitest project runs every API test
 * again with CORRIDOR_TEST_BACKEND=postgres over a throwaway cluster (tests/helpers/pg-global-setup.ts).
 */
export const TEST_BACKEND: 'files' | 'postgres' = process.env.CORRIDOR_TEST_BACKEND === 'postgres' ? 'postgres' : 'files';

export interface TestDatabase {
  /** Connection URL of a private schema holding the imported folder. */
  url: string;
  /** Exports the database into a new folder (as `npm run db:export` does) and returns it: what is durably stored. */
  saved(): Promise<string>;
  drop(): Promise<void>;
}

let counter = 0;

/** A private schema in the run's cluster, loaded from a data folder by the real import. */
export async function testDatabase(dataDir: string): Promise<TestDatabase> {
  const base = inject('pgUrl');
  const schema = `t_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const url = `${base}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const admin = await connectClient({ url: base });
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const client = await connectClient({ url });
  try {
    await migrate(client);
    await importRows(client, await readFolderRows(dataDir));
  } finally {
    await client.end();
  }
  const exports: string[] = [];
  return {
    url,
    async saved() {
      const parent = mkdtempSync(path.join(tmpdir(), 'corridor-saved-'));
      exports.push(parent);
      const dir = path.join(parent, 'graph-data');
      const c = await connectClient({ url });
      try {
        await writeFolder(await readSnapshot(c), dir);
      } finally {
        await c.end();
      }
      return dir;
    },
    async drop() {
      for (const dir of exports) rmSync(dir, { recursive: true, force: true });
      const c = await connectClient({ url: base });
      await c.query(`DROP SCHEMA ${schema} CASCADE`).finally(() => c.end());
    },
  };
}
