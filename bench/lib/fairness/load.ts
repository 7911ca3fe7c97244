import { percentile } from '../stats.js';

/** What one client's closed loop of requests saw. */
export interface LoopResult {
  /** Latencies (ms) of answers that were 200 without errors. */
  latencies: number[];
  ok: number;
  /** Answers marked truncated (still useful, but cut). */
  truncated: number;
  rateLimited: number;
  overloaded: number;
  otherErrors: number;
  /** First Retry-After seen on a 429, in seconds. */
  retryAfter: number | null;
  seconds: number;
}

export interface Body {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * `connections` closed loops (each sends its next request when the last is answered) from one client
 * (one X-Forwarded-For address; the server runs with --trust-proxy) until `stop()` says so. Bodies are
 * read whole but not parsed unless small: the load generator shares the 2 cores with the server.
 */
export async function closedLoops(port: number, client: string, connections: number, next: (i: number) => Body, stop: () => boolean): Promise<LoopResult> {
  const r: LoopResult = { latencies: [], ok: 0, truncated: 0, rateLimited: 0, overloaded: 0, otherErrors: 0, retryAfter: null, seconds: 0 };
  const started = performance.now();
  let n = 0;
  const loop = async () => {
    while (!stop()) {
      const body = next(n++);
      const t0 = performance.now();
      let res: Response;
      try {
        res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
          body: JSON.stringify(body),
        });
      } catch {
        r.otherErrors++;
        continue;
      }
      const text = await res.text();
      const ms = performance.now() - t0;
      if (res.status === 429) {
        r.rateLimited++;
        r.retryAfter ??= Number(res.headers.get('retry-after'));
        // A well-behaved client waits as told; the flood stops there.
        return;
      }
      if (res.status === 503) {
        r.overloaded++;
        continue;
      }
      const head = text.slice(0, 200);
      if (res.status !== 200 || head.startsWith('{"errors"')) {
        r.otherErrors++;
        continue;
      }
      r.ok++;
      if (text.includes('"truncated":true')) r.truncated++;
      r.latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  r.seconds = (performance.now() - started) / 1000;
  return r;
}

export const p50 = (r: LoopResult) => percentile(r.latencies, 50);
export const p99 = (r: LoopResult) => percentile(r.latencies, 99);

/** Runs `fn` for `seconds`, handing it a stop predicate. */
export function forSeconds<T>(seconds: number, fn: (stop: () => boolean) => Promise<T>): Promise<T> {
  const end = performance.now() + seconds * 1000;
  return fn(() => performance.now() >= end);
}
