import { loadavg } from 'node:os';
import { startPgCluster } from '../../../tests/helpers/pg-cluster.js';
import { startChild } from '../child.js';
import { LARGE, specName, syntheticGraph, WRITES } from '../datasets.js';
import { dataOf, post } from '../http.js';
import { benchFile } from '../paths.js';
import { hoodBody } from '../queries.js';
import { medianEntity } from '../sample.js';
import { degreesVia } from '../throughput.js';
import { readCorpus } from '../writes/corpus.js';
import { cpuCaps } from './cpu-cap.js';
import { databaseUrl, dbActivity, activitySince, sql } from './database.js';
import { writeToVisible } from './lag.js';
import { balancedReads } from './reads.js';
import { REPLICA_FLAGS, settled, startReplicas, statusOf, stopReplicas, type Replica } from './replicas.js';
import { clusterTables } from './report.js';
import type { ClusterResult, ImportTiming, ReadRun, ReadScaling, WriteRun } from './result.js';
import { DistinctWrites } from './write-bodies.js';
import { coresDuring } from './process-cpu.js';
import { writeThroughput } from './write-throughput.js';

const IMPORT_DB = 'corridor_import';
const CLUSTER_DB = 'corridor';
/** CPU share of each replica in the read measurement (cores): three of them leave the load generator most of the second core. */
const CAP_CORES = 0.3;
const WRITERS = 8;
const LAG_RATE = 200;
const READ_CONNECTIONS_PER_REPLICA = 8;

/** Times `npm run db:import`'s two halves in a child process. */
async function importTimed(dir: string, url: string): Promise<ImportTiming> {
  const child = startChild<ImportTiming>(benchFile('lib/cluster/import-child.ts'), { args: [dir, url], nodeFlags: ['--max-old-space-size=8192'], timeoutMs: 600_000 });
  try {
    return await child.message;
  } finally {
    await child.stop();
  }
}

/**
 * `npm run bench -- --only=cluster` (issue 11 §5): on a throwaway PostgreSQL cluster (fsync and
 * synchronous_commit on) and three query replicas on loopback, each a child process: bulk import of
 * the 100k / 500k graph; acknowledged writes/s of 8 closed-loop writers through one replica and over
 * two, on the 20k / 100k graph; write-to-visible lag on another replica at 200 writes/s; 2-hop reads/s
 * across 1, 2 and 3 replicas each capped to the same CPU share (cgroups), with the database's
 * transaction counters showing that reads make no query.
 */
export async function clusterSection(opts: { quick: boolean; log: (m: string) => void }): Promise<{ result: ClusterResult; table: string }> {
  const { log, quick } = opts;
  const started = performance.now();
  const loadStart = loadavg().slice(0, 2);
  const large = syntheticGraph(LARGE);
  const small = syntheticGraph(WRITES);
  log('cluster: starting a throwaway PostgreSQL cluster (fsync on)…');
  const pg = await startPgCluster({ database: IMPORT_DB });
  const clusterUrl = databaseUrl(pg.url, CLUSTER_DB);
  let replicas: Replica[] = [];
  const caps = cpuCaps(`corridor-bench-${process.pid}`);
  try {
    const [settings] = await sql<{ version: string; fsync: string; sc: string; sb: string }>(
      pg.url,
      "SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sc, current_setting('shared_buffers') AS sb",
    );
    const imports: ClusterResult['imports'] = [];
    for (const [spec, g, db] of [[LARGE, large, IMPORT_DB], [WRITES, small, CLUSTER_DB]] as const) {
      if (db !== IMPORT_DB) await sql(pg.url, `CREATE DATABASE ${db}`);
      log(`cluster: importing ${specName(spec)} (readFolderRows, then importRows)…`);
      const t = await importTimed(g.dir, databaseUrl(pg.url, db));
      imports.push({ graph: specName(spec), ...t });
      log(`cluster:   ${(t.readMs / 1000).toFixed(1)} s + ${(t.importMs / 1000).toFixed(1)} s = ${(t.totalMs / 1000).toFixed(1)} s, ${t.databaseMB.toFixed(0)} MB`);
    }
    await sql(clusterUrl, `DROP DATABASE ${IMPORT_DB} WITH (FORCE)`);

    log(`cluster: starting 3 replicas on ${specName(WRITES)}…`);
    replicas = await startReplicas(clusterUrl, 3);
    const [a, b] = replicas as [Replica, Replica, Replica];
    const writes = new DistinctWrites(readCorpus(small.dir).entityIds, `r${process.pid}`);

    const writeSeconds = quick ? 3 : 10;
    await writeThroughput([a], WRITERS, 1, writes); // warm-up: connections, JIT
    const writeRuns: WriteRun[] = [];
    for (const through of [[a], [a, b]]) {
      log(`cluster: ${WRITERS} writers through ${through.length} replica(s) for ${writeSeconds} s…`);
      const { value, cores } = await coresDuring([...replicas.map((r) => r.pid), pg.pid()], () => writeThroughput(through, WRITERS, writeSeconds, writes));
      const run: WriteRun = { ...value, replicaCores: cores.slice(0, -1), postgresCores: cores.at(-1)! };
      writeRuns.push(run);
      log(`cluster:   ${run.perSecond.toFixed(0)} writes/s, ${run.commits} commits, ${run.conflicts} conflicts, ${run.otherErrors} other errors${run.firstError ? ` (first: ${run.firstError})` : ''}; cores: replicas ${run.replicaCores.map((c) => c.toFixed(2)).join(' / ')}, PostgreSQL ${run.postgresCores.toFixed(2)}`);
    }

    const lagSeconds = quick ? 3 : 10;
    log(`cluster: write-to-visible lag, ${LAG_RATE} writes/s through A for ${lagSeconds} s, seen on B…`);
    const lag = await writeToVisible(a, b, LAG_RATE, lagSeconds, writes);
    log(`cluster:   p50 ${lag.visibleP50ms.toFixed(1)} ms, p99 ${lag.visibleP99ms.toFixed(1)} ms after the answer; ${lag.missing} missing`);

    const reads = await readScaling(replicas, { url: pg.url, name: CLUSTER_DB }, caps, quick, log);
    const result: ClusterResult = {
      postgres: { version: settings!.version, fsync: settings!.fsync, synchronousCommit: settings!.sc, sharedBuffers: settings!.sb },
      replicaFlags: REPLICA_FLAGS,
      imports,
      writes: writeRuns,
      lag,
      reads,
      loadAverage: { start: loadStart, end: loadavg().slice(0, 2) },
      seconds: (performance.now() - started) / 1000,
    };
    return { result, table: clusterTables(result) };
  } finally {
    if ('release' in caps) caps.release();
    await stopReplicas(replicas);
    await pg.destroy();
  }
}

/** Reads/s of the 2-hop query over 1, 2, 3 replicas (two rounds, order reversed in the second), each replica capped to the same CPU share. */
async function readScaling(replicas: Replica[], db: { url: string; name: string }, caps: ReturnType<typeof cpuCaps>, quick: boolean, log: (m: string) => void): Promise<ReadScaling> {
  const seq = Math.max(...(await Promise.all(replicas.map(async (r) => (await statusOf(r.port)).appliedSeq ?? 0))));
  log('cluster: waiting until every replica has applied every write and recomputed its layout…');
  await settled(replicas, seq);
  const port = replicas[0]!.port;
  const center = medianEntity(await degreesVia(port));
  const body = hoodBody(center.id);
  const reply = await post(port, body);
  const answer = dataOf<{ neighborhood: { entities: unknown[]; relations: unknown[] } }>(reply, '2-hop').neighborhood;
  const capVia = 'unavailable' in caps ? `not capped: ${caps.unavailable}` : `cgroups ${caps.kind}`;
  if (!('unavailable' in caps)) for (const r of replicas) caps.cap(r.pid, CAP_CORES);
  log(`cluster: reads, ${capVia}${'unavailable' in caps ? '' : `, ${CAP_CORES} CPU per replica`}…`);
  const seconds = quick ? 3 : 8;
  await balancedReads(replicas, READ_CONNECTIONS_PER_REPLICA, body, 2, db); // warm-up, every replica
  const runs: ReadRun[] = [];
  for (const n of quick ? [1, 2, 3] : [1, 2, 3, 3, 2, 1]) {
    const run = await balancedReads(replicas.slice(0, n), READ_CONNECTIONS_PER_REPLICA, body, seconds, db);
    runs.push(run);
    log(`cluster:   ${n} replica(s): ${run.perSecond.toFixed(0)} reads/s, p50 ${run.p50ms.toFixed(1)} ms; database: ${run.db.xactCommit} transactions, ${run.db.tupReturned} rows returned${run.failed ? `; ${run.failed} failed: ${run.firstError}` : ''}`);
  }
  const before = await dbActivity(db.url, db.name);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const idle = { seconds, db: activitySince(before, await dbActivity(db.url, db.name)) };
  const meanPerSecond: Record<number, number> = {};
  for (const n of [1, 2, 3]) {
    const of = runs.filter((r) => r.replicas === n);
    meanPerSecond[n] = of.reduce((s, r) => s + r.perSecond, 0) / of.length;
  }
  return {
    graph: specName(WRITES),
    center: { id: center.id, degree: center.degree },
    answer: { entities: answer.entities.length, relations: answer.relations.length, bytes: reply.text.length },
    capCores: 'unavailable' in caps ? null : CAP_CORES,
    capVia,
    runs,
    idle,
    meanPerSecond,
    ratio3to1: meanPerSecond[3]! / meanPerSecond[1]!,
  };
}
