import { connectClient } from '../store/postgres/connect.js';
import { migrate } from '../store/postgres/migrate.js';
import { databaseArgs } from './db-args.js';

/** `npm run db:migrate`: applies the SQL migrations the database lacks (servers also do this at start). */
const { url } = databaseArgs('usage: npm run db:migrate [-- --database-url postgres://…]');
const client = await connectClient({ url });
try {
  const applied = await migrate(client);
  console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database schema is up to date');
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await client.end();
}
