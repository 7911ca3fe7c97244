import path from 'node:path';
import { connectClient } from '../store/postgres/connect.js';
import { writeFolder } from '../store/postgres/export-folder.js';
import { readSnapshot } from '../store/postgres/load.js';
import { databaseArgs } from './db-args.js';

const USAGE = `usage: npm run db:export -- <folder> [--database-url postgres://…]

Writes the database's graph as a data folder in the canonical file form (one consistent snapshot),
into a new or empty folder.`;

const { url, positionals } = databaseArgs(USAGE);
if (!positionals[0]) {
  console.error(USAGE);
  process.exit(2);
}
const dir = path.resolve(positionals[0]);
const client = await connectClient({ url, statementTimeoutMs: 0 });
try {
  const snapshot = await readSnapshot(client);
  const { files } = await writeFolder(snapshot, dir);
  console.log(`exported ${files} files to ${dir} (change ${snapshot.lastSeq ?? 0})`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await client.end();
}
