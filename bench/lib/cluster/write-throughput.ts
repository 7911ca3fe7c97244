import { post } from '../http.js';
import { percentile } from '../stats.js';
import { EDITOR, type Replica } from './replicas.js';
import type { WriteRun } from './result.js';
import { classifyWrite, type DistinctWrites } from './write-bodies.js';

/**
 * `writers` closed-loop writers (each sends its next write when the last is answered) for `seconds`,
 * writer i through replica i mod n: all through one replica, or spread over several. Counts
 * acknowledged writes, CONFLICTs and other failures, and the commits (distinct seqs) they made.
 */
export async function writeThroughput(replicas: Replica[], writers: number, seconds: number, writes: DistinctWrites): Promise<Omit<WriteRun, 'replicaCores' | 'postgresCores'>> {
  const latencies: number[] = [];
  const seqs = new Set<number>();
  let conflicts = 0;
  let otherErrors = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const writer = async (i: number) => {
    const port = replicas[i % replicas.length]!.port;
    while (performance.now() < end) {
      const s = performance.now();
      let outcome: ReturnType<typeof classifyWrite>;
      try {
        const reply = await post(port, writes.next(), EDITOR);
        outcome = classifyWrite(reply.status, reply.text);
      } catch (e) {
        outcome = { error: (e as Error).message, conflict: false };
      }
      if ('seq' in outcome) {
        latencies.push(performance.now() - s);
        seqs.add(outcome.seq);
        continue;
      }
      if (outcome.conflict) conflicts++;
      else otherErrors++;
      firstError ??= outcome.error;
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, i) => writer(i)));
  const elapsed = (performance.now() - t0) / 1000;
  return {
    replicas: replicas.length,
    writers,
    seconds: elapsed,
    ok: latencies.length,
    perSecond: latencies.length / elapsed,
    conflicts,
    otherErrors,
    firstError,
    commits: seqs.size,
    p50ms: percentile(latencies, 50),
    p99ms: percentile(latencies, 99),
  };
}
