import { post } from '../http.js';
import { percentile } from '../stats.js';
import { subscribeChanges } from './change-feed.js';
import { EDITOR, type Replica } from './replicas.js';
import type { LagRun } from './result.js';
import { classifyWrite, type DistinctWrites } from './write-bodies.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Write-to-visible lag: writes sent at a steady `rate` per second (open loop: on schedule, whether or
 * not earlier ones were answered) through replica `a`, and for each acknowledged write the time until
 * replica `b`'s `changes` subscription delivers an event with its seq — the moment b serves it.
 */
export async function writeToVisible(a: Replica, b: Replica, rate: number, seconds: number, writes: DistinctWrites): Promise<LagRun> {
  const feed = await subscribeChanges(b.port);
  await sleep(200); // the subscription is registered once the stream is open; let it settle
  const acks: Array<{ sent: number; acked: number; seq: number }> = [];
  let failed = 0;
  let firstError: string | null = null;
  const inFlight: Promise<void>[] = [];
  const t0 = performance.now();
  const count = Math.round(rate * seconds);
  try {
    for (let i = 0; i < count; i++) {
      await sleep(t0 + (i * 1000) / rate - performance.now());
      const sent = performance.now();
      inFlight.push(
        post(a.port, writes.next(), EDITOR).then(
          (reply) => {
            const acked = performance.now();
            const outcome = classifyWrite(reply.status, reply.text);
            if ('seq' in outcome) acks.push({ sent, acked, seq: outcome.seq });
            else {
              failed++;
              firstError ??= outcome.error;
            }
          },
          (e: Error) => {
            failed++;
            firstError ??= e.message;
          },
        ),
      );
    }
    await Promise.all(inFlight);
    const deadline = performance.now() + 5_000;
    while (acks.some((w) => !feed.arrivals.has(w.seq)) && performance.now() < deadline) await sleep(50);
  } finally {
    feed.close();
  }
  const seen = acks.filter((w) => feed.arrivals.has(w.seq));
  const visible = seen.map((w) => feed.arrivals.get(w.seq)! - w.acked);
  const endToEnd = seen.map((w) => feed.arrivals.get(w.seq)! - w.sent);
  const ack = acks.map((w) => w.acked - w.sent);
  return {
    rate,
    seconds,
    sent: count,
    acknowledged: acks.length,
    failed,
    firstError,
    missing: acks.length - seen.length,
    ackP50ms: percentile(ack, 50),
    ackP99ms: percentile(ack, 99),
    visibleP50ms: percentile(visible, 50),
    visibleP99ms: percentile(visible, 99),
    visibleMaxMs: visible.length ? Math.max(...visible) : Number.NaN,
    endToEndP50ms: percentile(endToEnd, 50),
    endToEndP99ms: percentile(endToEnd, 99),
  };
}
