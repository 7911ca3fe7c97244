import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withKeysSetAside } from '../../server/store/postgres/bulk-load.js';
import { connectClient } from '../../server/store/postgres/connect.js';
import { realServer } from '../helpers/server.js';
import { copyOfGraphData, GRAPH_DATA, ROOT } from '../helpers/data-dir.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { gql, replica } from './cluster-helpers.js';

/** `npm run db:import` / `db:export` / `db:migrate` as a user runs them (issue 11 §1). */
const run = promisify(execFile);
let pg: PgCluster;
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'corridor-db-'));
  temps.push(dir);
  return dir;
};

async function cli(script: string, args: string[], url: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'cli', `${script}.ts`), ...args], { cwd: ROOT, env: { ...process.env, CORRIDOR_DATABASE_URL: url } });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

/** Every file under a folder, by relative path, with its bytes. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

let dbCount = 0;
async function freshDb(): Promise<string> {
  const name = `rt${++dbCount}`;
  await pg.query(`CREATE DATABASE ${name}`);
  return pg.url.replace(/\/corridor$/, `/${name}`);
}

beforeAll(async () => {
  pg = await startPgCluster();
}, 60_000);
afterAll(async () => {
  await pg?.destroy();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('db:import and db:export', () => {
  it('round-trips graph-data byte for byte', async () => {
    const url = await freshDb();
    const imported = await cli('db-import', [GRAPH_DATA], url);
    expect(imported.code, imported.out).toBe(0);
    expect(imported.out).toMatch(/imported graph-data: 31 entities, 88 relations, 3 sources/);
    const out = path.join(temp(), 'graph-data');
    expect((await cli('db-export', [out], url)).code).toBe(0);
    expect(files(out)).toEqual(files(GRAPH_DATA));
  });

  it('round-trips a folder that ingest (proposed entities, an original), review (a review log) and a new entity wrote', async () => {
    const server = await realServer([], { CORRIDOR_TOKENS: 'curator:editor:roundtrip-token-0123456789' });
    const gql = async (query: string, variables: object = {}) => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer roundtrip-token-0123456789' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    };
    const html = `<!doctype html><html><head><title>Talks in Astana</title></head><body><article><h1>Talks in Astana</h1>
<p>Kazakhstan is a member of the Shanghai Cooperation Organisation, officials in Astana confirmed on Monday.</p>
<p>Turkmenistan borders Afghanistan, and the Caspian Sea lies near Turkmenistan.</p></article></body></html>`;
    const ingested = (await gql(`mutation($input: IngestSourceInput!) { ingestSource(input: $input) { source { id } candidates { id } } }`, { input: { text: html, format: 'html', fileName: 'astana.html' } })).ingestSource;
    const [first, second] = ingested.candidates.map((c: { id: string }) => c.id);
    await gql(`mutation($ids: [ID!]!) { reviewRelations(ids: $ids, decision: ACCEPT, note: "checked") { version } }`, { ids: [first] });
    if (second) await gql(`mutation($ids: [ID!]!) { reviewRelations(ids: $ids, decision: REJECT) { version } }`, { ids: [second] });
    await gql(`mutation { createEntity(input: { kind: "Topic", label: "Water diplomacy" }) { id } }`);
    await server.store.idle();
    const written = files(server.dataDir);
    await server.close(); // removes its copy: keep what it wrote in a folder of our own
    const dir = path.join(temp(), 'graph-data');
    for (const [rel, text] of written) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text, 'latin1');
    }
    expect([...written.keys()].some((f) => f.startsWith('reviews/'))).toBe(true);
    expect([...written.keys()].some((f) => f.endsWith('.html'))).toBe(true);

    const url = await freshDb();
    const imported = await cli('db-import', [dir], url);
    expect(imported.code, imported.out).toBe(0);
    const out = path.join(temp(), 'graph-data');
    expect((await cli('db-export', [out], url)).code).toBe(0);
    expect(files(out)).toEqual(written);
  });

  it('refuses invalid data naming file, line and field, and writes nothing', async () => {
    const url = await freshDb();
    const copy = copyOfGraphData();
    try {
      const file = path.join(copy.dir, 'relations', 'eu-central-asia-summit-2024.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"to": "china"', '"to": "no-such-entity"'));
      const r = await cli('db-import', [copy.dir], url);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/graph-data\/relations\/eu-central-asia-summit-2024\.json:\d+:\d+ .*no-such-entity/);
      expect(r.out).toContain('nothing was written');
      const probe = await connectClient({ url });
      const tables = await probe.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'corridor_entities'`).finally(() => probe.end());
      // Validation runs before the database is touched: not even the schema was created.
      expect(tables.rows[0].n).toBe(0);
    } finally {
      copy.cleanup();
    }
  });

  it('refuses a database that already holds a graph unless --replace, and the database keeps its constraints', async () => {
    const url = await freshDb();
    expect((await cli('db-import', [GRAPH_DATA], url)).code).toBe(0);
    const again = await cli('db-import', [GRAPH_DATA], url);
    expect(again.code).toBe(1);
    expect(again.out).toContain('already holds a Corridor graph; pass --replace');
    expect((await cli('db-import', [GRAPH_DATA, '--replace'], url)).code).toBe(0);
    expect((await cli('db-migrate', [], url)).out).toContain('up to date');
    const client = await connectClient({ url });
    try {
      await expect(client.query(`UPDATE corridor_relations SET to_id = 'no-such-entity' WHERE id = 'eu-counterbalances-china'`)).rejects.toThrow(/foreign key/);
      await expect(client.query(`UPDATE corridor_relations SET confidence = 1.5 WHERE id = 'eu-counterbalances-china'`)).rejects.toThrow(/check constraint/);
      await expect(client.query(`INSERT INTO corridor_entities (id, kind, file, ord, record, version) VALUES ('x', 'NoSuchKind', 'entities/x.json', 0, '{}', 0)`)).rejects.toThrow(/foreign key/);
    } finally {
      await client.end();
    }
  });

  it('loads the data folder into an empty database when servers start on it, once however many start together', async () => {
    const url = await freshDb();
    const servers = await Promise.all([0, 1].map(() => replica(url)));
    try {
      for (const s of servers) expect((await gql(s, '{ stats { entityCount relationCount } dataStatus { backend } }')).body.data).toMatchObject({ stats: { entityCount: 31, relationCount: 88 }, dataStatus: { backend: 'postgres' } });
      const probe = await connectClient({ url });
      const log = await probe.query(`SELECT actor FROM corridor_changes`).finally(() => probe.end());
      expect(log.rows).toEqual([{ actor: 'server start (empty database)' }]);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('checks the keys it set aside for a bulk load when it puts them back, and keeps them', async () => {
    const url = await freshDb();
    expect((await cli('db-import', [GRAPH_DATA], url)).code).toBe(0);
    const client = await connectClient({ url });
    try {
      await client.query('BEGIN');
      const load = withKeysSetAside(client, async () => {
        await client.query(`INSERT INTO corridor_relations (id, type, from_id, to_id, status, file, ord, record, version) VALUES ('dangling', 'part_of', 'no-such-entity', 'china', 'reviewed', 'relations/x.json', 0, '{}', 0)`);
      });
      await expect(load).rejects.toThrow(/corridor_relations_from_id_fkey/);
      await client.query('ROLLBACK');
      const keys = await client.query(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text LIKE 'corridor_%'`);
      expect(keys.rows[0].n).toBe(7);
      expect((await client.query(`SELECT count(*)::int AS n FROM corridor_relations WHERE id = 'dangling'`)).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

