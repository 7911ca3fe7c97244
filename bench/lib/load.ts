import autocannon from 'autocannon';
import type { GraphQLBody } from './queries.js';

export interface LoadOptions {
  connections: number;
  /** Seconds of measured load. */
  duration: number;
  /** Seconds of unmeasured load first. */
  warmup: number;
}

export interface LoadResult {
  rps: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  /** Errors, timeouts and non-2xx answers: any of them makes the run invalid. */
  failures: number;
}

function fire(port: number, body: string, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration,
  });
}

/** POSTs the same GraphQL body over `connections` keep-alive connections: warm-up, then a measured run. */
export async function load(port: number, body: GraphQLBody, opts: LoadOptions): Promise<LoadResult> {
  const text = JSON.stringify(body);
  if (opts.warmup > 0) await fire(port, text, opts.connections, opts.warmup);
  const r = await fire(port, text, opts.connections, opts.duration);
  return {
    rps: r.requests.total / r.duration,
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    requests: r.requests.total,
    failures: r.errors + r.timeouts + r.non2xx,
  };
}
