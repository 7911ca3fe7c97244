import path from 'node:path';
import { DataValidationError, formatIssue } from '../model/issues.js';
import { connectClient } from '../store/postgres/connect.js';
import { importRows } from '../store/postgres/import-folder.js';
import { migrate } from '../store/postgres/migrate.js';
import { readFolderRows } from '../store/postgres/read-folder.js';
import { databaseArgs } from './db-args.js';

const USAGE = `usage: npm run db:import -- <data folder> [--replace] [--database-url postgres://…]

Validates the folder (as npm run validate does) and loads it into the database in one transaction
(COPY). The database must be empty unless --replace; running servers then reload the new graph.`;

const { url, values, positionals } = databaseArgs(USAGE, { replace: { type: 'boolean' } });
const dir = path.resolve(positionals[0] ?? process.env.CORRIDOR_DATA ?? 'graph-data');
const started = performance.now();
let rows;
try {
  rows = await readFolderRows(dir);
} catch (e) {
  if (e instanceof DataValidationError) for (const issue of e.issues) console.error(formatIssue(issue));
  else console.error((e as Error).message);
  console.error(`\n${path.basename(dir)}: not imported, nothing was written.`);
  process.exit(1);
}
const client = await connectClient({ url, statementTimeoutMs: 0 });
try {
  await migrate(client);
  const { seq } = await importRows(client, rows, { replace: values.replace as boolean | undefined });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`imported ${path.basename(dir)}: ${rows.entities.length} entities, ${rows.relations.length} relations, ${rows.sources.length} sources, ${rows.reviews.length} review entries in ${secs} s (change ${seq})`);
} catch (e) {
  console.error(`not imported, nothing was written: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
