import type { GraphQLBody } from '../queries.js';
import { percentile } from '../stats.js';
import { activitySince, dbActivity } from './database.js';
import type { Replica } from './replicas.js';
import type { ReadRun } from './result.js';

/**
 * Closed-loop reads (each connection sends its next request when the last is answered, keep-alive)
 * of one body, `perReplica` connections per replica, each request to the replica with the fewest
 * requests in flight, ties in turn (nginx's least_conn, HAProxy's leastconn: plain round-robin lets
 * connections pile up behind a replica its CPU cap has just paused, starving the others). Counts answers 200 without errors, and reads the database's
 * pg_stat_database counters before and after: a replica serves reads from memory, so reads should add
 * nothing to them beyond the replicas' own change-log polling.
 */
export async function balancedReads(replicas: Replica[], perReplica: number, body: GraphQLBody, seconds: number, db: { url: string; name: string }): Promise<ReadRun> {
  const payload = JSON.stringify(body);
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  let turn = 0;
  const inFlight = replicas.map(() => 0);
  const pick = () => {
    let best = turn++ % replicas.length;
    for (let k = 0; k < replicas.length; k++) {
      const i = (turn + k) % replicas.length;
      if (inFlight[i]! < inFlight[best]!) best = i;
    }
    return best;
  };
  const before = await dbActivity(db.url, db.name);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const connection = async () => {
    while (performance.now() < end) {
      const target = pick();
      const port = replicas[target]!.port;
      inFlight[target]!++;
      const s = performance.now();
      try {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
        const text = await res.text();
        if (res.status === 200 && !text.startsWith('{"errors"')) latencies.push(performance.now() - s);
        else {
          failed++;
          firstError ??= `HTTP ${res.status}: ${text.slice(0, 200)}`;
        }
      } catch (e) {
        failed++;
        firstError ??= (e as Error).message;
      } finally {
        inFlight[target]!--;
      }
    }
  };
  await Promise.all(Array.from({ length: perReplica * replicas.length }, connection));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const after = await dbActivity(db.url, db.name);
  return {
    replicas: replicas.length,
    connections: perReplica * replicas.length,
    seconds: elapsed,
    ok: latencies.length,
    failed,
    firstError,
    perSecond: latencies.length / elapsed,
    p50ms: percentile(latencies, 50),
    p99ms: percentile(latencies, 99),
    clientCores: (cpu.user + cpu.system) / 1e6 / elapsed,
    db: activitySince(before, after),
  };
}
