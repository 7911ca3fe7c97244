import { post } from '../http.js';
import type { GraphQLBody } from '../queries.js';
import { summarize } from '../stats.js';

export interface LoopResult {
  clients: number;
  seconds: number;
  /** Requests answered 200 without errors (for writes: acknowledged, so durable). */
  ok: number;
  failed: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  firstError: string | null;
}

/**
 * `clients` closed-loop clients, each sending its next request as soon as the previous one is
 * answered, for `seconds`. A request counts only when answered 200 with no GraphQL errors.
 */
export async function closedLoop(port: number, next: () => GraphQLBody, headers: Record<string, string>, clients: number, seconds: number): Promise<LoopResult> {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const body = next();
      const s = performance.now();
      try {
        const reply = await post(port, body, headers);
        const ok = reply.status === 200 && !reply.text.includes('"errors"');
        if (ok) latencies.push(performance.now() - s);
        else {
          failed++;
          firstError ??= `HTTP ${reply.status}: ${reply.text.slice(0, 300)}`;
        }
      } catch (e) {
        failed++;
        firstError ??= (e as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - t0) / 1000;
  const s = summarize(latencies);
  return { clients, seconds: elapsed, ok: latencies.length, failed, perSecond: latencies.length / elapsed, p50ms: s.p50, p99ms: s.p99, firstError };
}
