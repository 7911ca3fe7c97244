import { int, ms, table } from '../table.js';
import type { ClusterResult } from './result.js';

const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** One table per measurement of the cluster section, each with its target. */
export function clusterTables(r: ClusterResult): string {
  const pgLine = `PostgreSQL ${r.postgres.version} (throwaway cluster: fsync ${r.postgres.fsync}, synchronous_commit ${r.postgres.synchronousCommit}, shared_buffers ${r.postgres.sharedBuffers}); replicas: ${r.replicaFlags.join(' ')}; load average ${r.loadAverage.start.map((l) => l.toFixed(2)).join(' / ')} at the start, ${r.loadAverage.end.map((l) => l.toFixed(2)).join(' / ')} at the end; ${(r.seconds / 60).toFixed(1)} min`;

  const imports = table(
    'Cluster: bulk import (npm run db:import: readFolderRows = read + validate the folder; importRows = COPY in one transaction)',
    ['graph', 'entities', 'relations', 'readFolderRows', 'migrate', 'importRows', 'total', 'database', 'target ≤ 30 s'],
    r.imports.map((i) => [i.graph, int(i.entities), int(i.relations), s(i.readMs), s(i.migrateMs), s(i.importMs), s(i.totalMs), `${int(i.databaseMB)} MB`, i.relations >= 500_000 ? mark(i.totalMs <= 30_000) : '']),
  );

  const writes = table(
    `Cluster: acknowledged writes/s, ${r.writes[0]?.writers ?? 8} closed-loop writers (applyChanges: createEntity / updateEntity, each on its own record), ${r.imports[1]?.graph ?? ''}`,
    ['through', 'writes/s', 'acknowledged', 'commits', 'writes/commit', 'p50 / p99 ms', 'CONFLICT', 'other errors', 'cores: replicas A / B / C, PostgreSQL', 'target ≥ 500/s'],
    r.writes.map((w) => [
      `${w.replicas} replica${w.replicas > 1 ? 's' : ''}`,
      int(w.perSecond),
      int(w.ok),
      int(w.commits),
      (w.ok / Math.max(1, w.commits)).toFixed(1),
      `${ms(w.p50ms)} / ${ms(w.p99ms)}`,
      String(w.conflicts),
      w.otherErrors ? `${w.otherErrors}: ${w.firstError}` : '0',
      `${w.replicaCores.map((c) => c.toFixed(2)).join(' / ')}, ${w.postgresCores.toFixed(2)}`,
      mark(w.perSecond >= 500),
    ]),
  );

  const l = r.lag;
  const lag = table(
    `Cluster: write-to-visible lag, ${l.rate} writes/s for ${l.seconds} s through replica A (open loop), seen on replica B's changes subscription (SSE)`,
    ['measure', 'p50 ms', 'p99 ms', 'note'],
    [
      ['B announces it, after A answered', ms(l.visibleP50ms), ms(l.visibleP99ms), `max ${ms(l.visibleMaxMs)} ms; target p99 ≤ 100 ms: ${mark(l.visibleP99ms <= 100)}`],
      ['B announces it, after A was sent it', ms(l.endToEndP50ms), ms(l.endToEndP99ms), ''],
      ['A answers the write', ms(l.ackP50ms), ms(l.ackP99ms), `${l.acknowledged} of ${l.sent} acknowledged, ${l.failed} failed${l.firstError ? ` (${l.firstError})` : ''}, ${l.missing} never announced on B`],
    ],
  );

  const rd = r.reads;
  const base = rd.meanPerSecond[1]!;
  const idleRate = rd.idle.db.xactCommit / rd.idle.seconds;
  const reads = table(
    `Cluster: 2-hop reads/s (neighborhood depth 2, limit 200, of ${rd.center.id}, degree ${rd.center.degree}: ${rd.answer.entities} entities, ${rd.answer.relations} relations, ${int(rd.answer.bytes)} bytes), to the replica with the fewest requests in flight, 8 connections per replica; ${rd.capCores === null ? rd.capVia : `each replica capped to ${rd.capCores} CPU (${rd.capVia})`}`,
    ['replicas', 'reads/s', '× 1 replica', 'p50 / p99 ms', 'failed', 'client cores', 'db transactions (idle rate)', 'db rows returned', 'transactions per 1,000 reads beyond idle'],
    rd.runs.map((x) => [
      String(x.replicas),
      int(x.perSecond),
      (x.perSecond / base).toFixed(2),
      `${ms(x.p50ms)} / ${ms(x.p99ms)}`,
      String(x.failed),
      x.clientCores.toFixed(2),
      `${int(x.db.xactCommit)} (${int(idleRate * x.seconds)})`,
      int(x.db.tupReturned),
      ((Math.max(0, x.db.xactCommit - idleRate * x.seconds) / Math.max(1, x.ok)) * 1000).toFixed(1),
    ]),
  );
  const summary = `mean reads/s: 1 replica ${int(base)}, 2 replicas ${int(rd.meanPerSecond[2]!)}, 3 replicas ${int(rd.meanPerSecond[3]!)}; 3 / 1 = ${rd.ratio3to1.toFixed(2)}× (target ≥ 2.5×: ${mark(rd.ratio3to1 >= 2.5)}). Idle for ${rd.idle.seconds} s the three replicas' change-log polling made ${rd.idle.db.xactCommit} transactions and returned ${int(rd.idle.db.tupReturned)} rows.`;
  return [pgLine, imports, writes, lag, reads, summary].join('\n');
}
