import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

/** How long a client waits on a connection that is expected to fail; clients expected to work wait longer (a busy machine). */
const FAULT_TIMEOUT_MS = 1_000;

/** A connected client that fails (instead of hanging) after `timeoutMs`, and survives its server vanishing. */
async function connect(url: string, timeoutMs = 10_000): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => {}); // an idle connection cut by a fault: its next query fails, which is what the tests check
  await client.connect();
  return client;
}

describe('throwaway PostgreSQL cluster', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await cluster?.destroy();
  });

  it('runs with fsync on, in its own database', async () => {
    const { rows } = await cluster.query<{ fsync: string; db: string }>('SELECT current_setting($1) AS fsync, current_database() AS db', ['fsync']);
    expect(rows).toEqual([{ fsync: 'on', db: 'corridor' }]);
    expect(cluster.url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/corridor`);
  });

  it('keeps a committed row across an immediate stop (a crash) and restart, on the same port', async () => {
    await cluster.query('CREATE TABLE acked (id int PRIMARY KEY, note text)');
    await cluster.query('INSERT INTO acked VALUES (1, $1)', ['committed before the crash']);
    const before = cluster.pid();
    await cluster.restart('immediate');
    expect(cluster.pid()).not.toBe(before);
    const { rows } = await cluster.query('SELECT id, note FROM acked');
    expect(rows).toEqual([{ id: 1, note: 'committed before the crash' }]);
  });

  it('fails queries while paused (a hung server) and serves them again once resumed', async () => {
    const idle = await connect(cluster.url, FAULT_TIMEOUT_MS);
    cluster.pause();
    try {
      await expect(cluster.query('SELECT 1', [], { timeoutMs: FAULT_TIMEOUT_MS })).rejects.toThrow(/timeout/i);
      await expect(idle.query('SELECT 1')).rejects.toThrow(/timeout/i);
    } finally {
      cluster.resume();
    }
    const { rows } = await cluster.query('SELECT count(*)::int AS n FROM acked');
    expect(rows).toEqual([{ n: 1 }]);
    void idle.end().catch(() => {});
  });

  describe('through a TCP proxy', () => {
    let proxy: TcpProxy;
    let proxyUrl: string;
    beforeAll(async () => {
      proxy = await startTcpProxy(cluster.port);
      proxyUrl = cluster.url.replace(`:${cluster.port}/`, `:${proxy.port}/`);
    });
    afterAll(async () => {
      await proxy?.close();
    });

    it('forwards, goes silent on silence() and recovers on heal()', async () => {
      const kept = await connect(proxyUrl);
      const stalled = await connect(proxyUrl, FAULT_TIMEOUT_MS);
      expect((await kept.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);

      proxy.silence();
      await expect(stalled.query('SELECT 2')).rejects.toThrow(/timeout/i);
      await expect(connect(proxyUrl, FAULT_TIMEOUT_MS)).rejects.toThrow(/timeout/i);
      proxy.heal();

      expect((await kept.query('SELECT 3 AS three')).rows).toEqual([{ three: 3 }]);
      const fresh = await connect(proxyUrl);
      expect((await fresh.query('SELECT 4 AS four')).rows).toEqual([{ four: 4 }]);
      for (const client of [kept, stalled, fresh]) void client.end().catch(() => {});
    });

    it('cut() breaks current connections; new ones work', async () => {
      const before = await connect(proxyUrl);
      proxy.cut();
      await expect(before.query('SELECT 1')).rejects.toThrow();
      const after = await connect(proxyUrl);
      expect((await after.query('SELECT 5 AS five')).rows).toEqual([{ five: 5 }]);
      await after.end();
    });
  });
});
