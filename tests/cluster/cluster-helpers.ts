import { readConfig } from '../../server/http/config.js';
import { startServer, type RunningServer } from '../../server/http/start.js';
import { connectClient } from '../../server/store/postgres/connect.js';
import { importRows } from '../../server/store/postgres/import-folder.js';
import { migrate } from '../../server/store/postgres/migrate.js';
import { readFolderRows } from '../../server/store/postgres/read-folder.js';
import { GRAPH_DATA, ROOT } from '../helpers/data-dir.js';

export const TOKEN = 'cluster-editor-token-0123456789';

/** Migrates the database and loads a data folder into it, as `npm run db:import` does. */
export async function importFolder(url: string, dir = GRAPH_DATA): Promise<void> {
  const client = await connectClient({ url });
  try {
    await migrate(client);
    await importRows(client, await readFolderRows(dir));
  } finally {
    await client.end();
  }
}

/** A query server of the cluster, in this process, on a free port. */
export async function replica(url: string, flags: string[] = []): Promise<RunningServer> {
  const config = readConfig(['--port', '0', '--api-only', '--database-url', url, '--traversal-workers', '0', ...flags], { CORRIDOR_TOKENS: `curator:editor:${TOKEN}` }, ROOT);
  return startServer(config, () => {});
}

/** POSTs a GraphQL operation to a server as the editor; returns status, headers and body. */
export async function gql(server: { url: string }, query: string, variables: object = {}, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** Polls until `check` returns a truthy value (or throws after `ms`). */
export async function until<T>(check: () => Promise<T | undefined | null | false>, ms = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const createEntity = (label: string) => `mutation { applyChanges(changes: [{ createEntity: { kind: "Topic", label: ${JSON.stringify(label)} } }]) { version seq results { id } } }`;
