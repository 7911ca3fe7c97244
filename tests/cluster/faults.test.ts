import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresStore } from '../../server/store/postgres/postgres-store.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { openChangeStream } from './change-stream.js';
import { gql, importFolder, replica, until } from './cluster-helpers.js';
import { childReplica, createdInLogOrder, createTopic, expectSameAsDatabase, freeze, missingInDatabase, readyz, REPLICA_FLAGS, since, statusOf, writeStream } from './fault-helpers.js';

/**
 * Faults of a cluster over one PostgreSQL (issue 11 §4): a replica killed, the database restarted,
 * hung, or its connection gone silent, a replica down for a thousand changes. After each, every
 * acknowledged write is in the database and every live replica holds what a fresh load holds.
 * Progress lines (`[fault n] … at … ms`) show how long each step took.
 */
let pg: PgCluster;

beforeAll(async () => {
  // The WAL writer flushes asynchronous commits (a NOTIFY's transaction commits asynchronously) every
  // wal_writer_delay: 10 s here, so that a crash reliably loses the ones of the last moments.
  pg = await startPgCluster({ settings: { wal_writer_delay: '10s' } });
  await importFolder(pg.url);
}, 60_000);

afterAll(async () => {
  await pg?.destroy();
});

/** Short timeouts, so that a hung database shows within the test's patience. */
const IMPATIENT = [...REPLICA_FLAGS, '--max-lag-ms', '1500', '--db-statement-timeout-ms', '1000'];

const labelOf = async (s: { url: string }, id: string) => (await gql(s, `{ entity(id: ${JSON.stringify(id)}) { label } }`)).body.data?.entity?.label;

describe('1. a replica killed with SIGKILL while a client streams writes to it', () => {
  it('loses no acknowledged write; the other replica has them all and a restarted one catches up', async () => {
    const victim = await childReplica(pg.url, REPLICA_FLAGS);
    const other = await replica(pg.url, REPLICA_FLAGS);
    let restarted: Awaited<ReturnType<typeof childReplica>> | null = null;
    try {
      const t0 = Date.now();
      let killing: Promise<void> | null = null;
      const stream = await writeStream(() => victim, {
        prefix: 'killed',
        count: 200,
        concurrency: 4,
        stop: () => killing !== null,
        onAck: (n) => {
          if (n === 80) killing = victim.kill('SIGKILL');
        },
      });
      await killing;
      console.log(`[fault 1] killed after ${stream.acked.length} acknowledged writes, at ${since(t0)}`);
      expect(stream.acked.length).toBeGreaterThanOrEqual(80);
      expect(await missingInDatabase(pg, stream.acked)).toEqual([]);
      const t1 = Date.now();
      restarted = await childReplica(pg.url, REPLICA_FLAGS);
      console.log(`[fault 1] restarted replica listening after ${since(t1)}`);
      await expectSameAsDatabase(pg.url, [other, restarted]);
      console.log(`[fault 1] both replicas equal to the database ${since(t1)} after the restart began`);
      for (const id of [stream.acked[0]!, stream.acked.at(-1)!]) expect(await labelOf(restarted, id)).toBe(`Fault topic ${id}`);
    } finally {
      await victim.kill('SIGKILL');
      await restarted?.kill('SIGKILL');
      await other.close();
    }
  }, 60_000);
});

describe('2. PostgreSQL restarted during a write stream (fast, then immediate)', () => {
  it('fails writes in flight with a retryable DATABASE_UNAVAILABLE, and replicas catch up without a restart', async () => {
    // The one written to is a process of its own: an error it fails to handle would end it.
    const a = await childReplica(pg.url, REPLICA_FLAGS);
    const b = await replica(pg.url, REPLICA_FLAGS);
    try {
      const t0 = Date.now();
      let acked = 0;
      const ended = () => a.child.exitCode !== null || a.child.signalCode !== null;
      const streaming = writeStream(() => a, { prefix: 'restart', count: 150, concurrency: 4, retry: true, stop: ended, onAck: (n) => (acked = n) });
      await until(async () => acked >= 30, 20_000, '30 writes');
      console.log(`[fault 2] restart('fast') at ${since(t0)}, ${acked} acknowledged`);
      await pg.restart('fast');
      console.log(`[fault 2] PostgreSQL back at ${since(t0)}`);
      await until(async () => acked >= 80 || ended(), 20_000, '80 writes');
      expect(ended(), `the replica ended:\n${a.output()}`).toBe(false);
      console.log(`[fault 2] stop('immediate') at ${since(t0)}, ${acked} acknowledged`);
      await pg.stop('immediate');
      await new Promise((r) => setTimeout(r, 500));
      await pg.start();
      console.log(`[fault 2] PostgreSQL back at ${since(t0)}`);
      const stream = await streaming;
      expect(ended(), `the replica ended:\n${a.output()}`).toBe(false);
      console.log(`[fault 2] stream done at ${since(t0)}: ${stream.acked.length} acknowledged, ${stream.committedUnanswered.length} committed unanswered, ${stream.failures.length} failed attempts retried`);
      for (const id of stream.committedUnanswered) console.log(`[fault 2] ${id} committed, but its client was told: ${stream.failures.find((f) => f.id === id)?.message}`);
      const codes = new Set(stream.failures.map((f) => (f.kind === 'error' ? `${f.status} ${f.code} retryable=${f.retryable}` : `no answer: ${f.message}`)));
      expect(stream.failures.length).toBeGreaterThan(0); // the faults were felt
      expect([...codes]).toEqual(['503 DATABASE_UNAVAILABLE retryable=true']);
      // A write whose connection died during COMMIT is answered with what happened (commit-outcome.ts),
      // so no client is told "nothing was saved" about a write that was.
      expect(stream.committedUnanswered).toEqual([]);
      const all = stream.acked;
      expect(all).toHaveLength(150);
      expect(await missingInDatabase(pg, all)).toEqual([]);
      for (const s of [a, b]) await until(async () => (await readyz(s)) === 200, 15_000, 'ready again');
      await expectSameAsDatabase(pg.url, [a, b]);
      console.log(`[fault 2] both replicas ready and equal to the database at ${since(t0)}`);
    } finally {
      await pg.start();
      await Promise.all([a.kill('SIGKILL'), b.close()]);
    }
  }, 60_000);

  it('does not skip a change committed after a crash handed out again the transaction ids a replica had read past', async () => {
    // Transactions whose commit never reached the disk (a NOTIFY, sent after every write, commits
    // asynchronously) are forgotten by crash recovery, and their ids are handed out again: a replica
    // whose cursor (a snapshot's xmin) went past them must still read a change committed under them.
    const a = await replica(pg.url, REPLICA_FLAGS);
    const b = await replica(pg.url, REPLICA_FLAGS);
    try {
      for (let i = 0; i < 5; i++) await pg.query('NOTIFY corridor_changes');
      await (b.store as PostgresStore).catchUp();
      const before = (await pg.query<{ xid: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xid')).rows[0]!.xid;
      await pg.stop('immediate');
      await pg.start();
      const stream = await writeStream(() => a, { prefix: 'after-crash', count: 1, concurrency: 1, retry: true });
      expect(stream.acked).toEqual(['after-crash-0']);
      const { rows } = await pg.query<{ xid: string; seq: number }>(`SELECT xmin::text AS xid, version AS seq FROM corridor_entities WHERE id = 'after-crash-0'`);
      console.log(`[fault 2] snapshot xmin before the crash ${before}; the write after it committed as transaction ${rows[0]!.xid}`);
      // Read-your-writes on the other replica, by the write's seq.
      const read = await gql(b, '{ entity(id: "after-crash-0") { id } }', {}, { 'x-corridor-min-seq': String(rows[0]!.seq) });
      expect(read.body.data?.entity).toEqual({ id: 'after-crash-0' });
      await expectSameAsDatabase(pg.url, [a, b], 5_000);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 30_000);
});

describe('3. a hung PostgreSQL (SIGSTOP)', () => {
  it('marks replicas not ready, keeps answering reads, fails a write instead of hanging, and recovers on SIGCONT', async () => {
    const c = await replica(pg.url, IMPATIENT);
    const d = await replica(pg.url, IMPATIENT);
    try {
      for (const s of [c, d]) await until(async () => (await readyz(s)) === 200, 10_000, 'ready');
      const t0 = Date.now();
      pg.pause();
      let write;
      try {
        write = createTopic(c, 'written-while-hung', AbortSignal.timeout(20_000));
        await until(async () => (await readyz(c)) === 503 && (await readyz(d)) === 503, 10_000, 'not ready');
        console.log(`[fault 3] both replicas not ready ${since(t0)} after the pause`);
        expect(await labelOf(d, 'kazakhstan')).toBe('Kazakhstan');
        expect(await labelOf(c, 'kazakhstan')).toBe('Kazakhstan');
        expect(await write).toMatchObject({ kind: 'error', code: 'DATABASE_UNAVAILABLE', retryable: true, status: 503 });
        console.log(`[fault 3] the write failed ${since(t0)} after the pause`);
      } finally {
        pg.resume();
      }
      const t1 = Date.now();
      for (const s of [c, d]) await until(async () => (await readyz(s)) === 200, 15_000, 'ready again');
      console.log(`[fault 3] both ready again ${since(t1)} after the resume`);
      expect((await createTopic(c, 'written-after-hang')).kind).toBe('acked');
      await expectSameAsDatabase(pg.url, [c, d]);
    } finally {
      pg.resume();
      await Promise.all([c.close(), d.close()]);
    }
  }, 60_000);
});

describe('4. the connection to PostgreSQL goes silent (a TCP proxy stops forwarding)', () => {
  it('marks the replica not ready without hanging requests, and catches it up when the connection heals', async () => {
    const proxy = await startTcpProxy(pg.port);
    const behind = await replica(`postgres://postgres@127.0.0.1:${proxy.port}/corridor`, IMPATIENT);
    const direct = await replica(pg.url, IMPATIENT);
    try {
      await until(async () => (await readyz(behind)) === 200, 10_000, 'ready');
      const t0 = Date.now();
      proxy.silence();
      await until(async () => (await readyz(behind)) === 503, 10_000, 'not ready');
      console.log(`[fault 4] the replica behind the proxy not ready ${since(t0)} after silence()`);
      expect(await labelOf(behind, 'kazakhstan')).toBe('Kazakhstan');
      const write = await createTopic(behind, 'written-while-silent', AbortSignal.timeout(20_000));
      expect(write).toMatchObject({ kind: 'error', code: 'DATABASE_UNAVAILABLE', retryable: true, status: 503 });
      console.log(`[fault 4] its write failed ${since(t0)} after silence()`);
      const elsewhere = await writeStream(() => direct, { prefix: 'silent', count: 20, concurrency: 2 });
      expect(elsewhere.acked).toHaveLength(20);
      const t1 = Date.now();
      proxy.heal();
      await until(async () => (await readyz(behind)) === 200, 15_000, 'ready again');
      console.log(`[fault 4] ready again ${since(t1)} after heal()`);
      expect(await labelOf(behind, 'silent-19')).toBe('Fault topic silent-19');
      await expectSameAsDatabase(pg.url, [behind, direct]);
    } finally {
      proxy.heal();
      await Promise.all([behind.close(), direct.close()]);
      await proxy.close();
    }
  }, 60_000);
});

describe('5. a replica down (SIGSTOP) while 1,000 changes are made through another', () => {
  it('catches up when continued: its data equal to the database, its subscription in change-log order', async () => {
    const down = await childReplica(pg.url, REPLICA_FLAGS);
    const writer = await replica(pg.url, REPLICA_FLAGS);
    const seen = await openChangeStream(down);
    try {
      // A first write seen on the stream: the subscription is live before the replica goes down.
      const before = await statusOf(writer);
      expect((await createTopic(writer, 'before-down')).kind).toBe('acked');
      await until(async () => seen.events.length === 1, 10_000, 'the first event');
      freeze(down, true);
      const t0 = Date.now();
      const stream = await writeStream(() => writer, { prefix: 'while-down', count: 1_000, concurrency: 8 });
      console.log(`[fault 5] 1,000 writes acknowledged in ${since(t0)} while the replica was stopped`);
      expect(stream.acked).toHaveLength(1_000);
      const t1 = Date.now();
      freeze(down, false);
      await until(async () => seen.events.flatMap((e) => e.ids).length >= 1_001, 20_000, 'every change on the subscription');
      console.log(`[fault 5] its subscription delivered them all ${since(t1)} after SIGCONT`);
      const delivered = seen.events.flatMap((e) => e.ids);
      expect(delivered).toEqual(await createdInLogOrder(pg, before.appliedSeq));
      const seqs = seen.events.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      const held = await expectSameAsDatabase(pg.url, [down, writer]);
      expect(held.entityCount).toBe(before.entityCount + 1_001);
    } finally {
      seen.close();
      await down.kill('SIGKILL');
      await writer.close();
    }
  }, 60_000);
});
