import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfDataDir, syntheticGraph, WRITES } from '../../bench/lib/datasets.js';
import { readCorpus } from '../../bench/lib/writes/corpus.js';
import { readConfig } from '../../server/http/config.js';
import { startServer, type RunningServer } from '../../server/http/start.js';
import { realServer } from '../helpers/server.js';
import { ROOT } from '../helpers/data-dir.js';

/**
 * Fair under load, on a graph big enough for traversals to take real time (the benchmark's 20k / 100k
 * synthetic graph): one worker thread, one running traversal per client, six waiting at most. Clients
 * are told apart by X-Forwarded-For (--trust-proxy). Assertions are about order and answers, never time.
 */
const EDITOR = 'fairness-editor-token-0123456789';
// Six-hop path searches asking for 100 paths; a scan of the whole graph for its 5,000 best connected
// entities (tens of milliseconds in a worker on this graph, little to send back).
const HEAVY = (a: string, b: string) => `{ paths(from: "${a}", to: "${b}", maxLength: 6, first: 100) { length } }`;
const SCAN = '{ graph(limit: 5000) { truncated } }';

let server: RunningServer;
let data: { dir: string; cleanup: () => void };
let ids: string[];
let pairs: Array<[string, string]>;

interface Answer {
  status: number;
  headers: Headers;
  body: any;
  at: number;
}

let clock = 0;
async function post(query: string, client: string, headers: Record<string, string> = {}, url = server.url): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.9, ${client}`, ...headers },
    body: JSON.stringify({ query }),
  });
  const body = await res.json();
  return { status: res.status, headers: res.headers, body, at: ++clock };
}

beforeAll(async () => {
  data = copyOfDataDir(syntheticGraph(WRITES).dir);
  const flags = ['--port', '0', '--data', data.dir, '--api-only', '--no-watch', '--trust-proxy', '--traversal-workers', '1'];
  const limits = ['--max-traversals-per-client', '1', '--max-queued-traversals', '6', '--deadline-ms', '60000', '--max-visited', '100000000', '--rate-limit-per-minute', '0'];
  server = await startServer(readConfig([...flags, ...limits], { CORRIDOR_FSYNC: '0', CORRIDOR_TOKENS: `fair:editor:${EDITOR}` }, ROOT), () => {});
  ids = readCorpus(data.dir).entityIds;
  // Pairs of entities late in the growth (few relations each) with at least 100 paths of up to six hops.
  pairs = [];
  for (let i = 0; pairs.length < 12 && i < 60; i++) {
    const pair: [string, string] = [ids[ids.length - 1 - i]!, ids[ids.length - 200 - 7 * i]!];
    if ((await post(HEAVY(...pair), 'setup')).body.data.paths.length === 100) pairs.push(pair);
  }
  expect(pairs.length).toBe(12);
}, 180_000);

afterAll(async () => {
  await server?.close();
  data?.cleanup();
});

describe('traversals run off the request thread', () => {
  it('answers a cheap lookup and /healthz from another client while one client has heavy traversals running and waiting', async () => {
    const heavy = pairs.slice(0, 6).map(() => post(SCAN, 'flooder'));
    await new Promise((r) => setTimeout(r, 20));
    const lookup = post(`{ entity(id: "${ids[0]}") { id label } }`, 'reader');
    const health = fetch(`${server.url}/healthz`).then(async (r) => ({ status: r.status, body: await r.json(), at: ++clock }));
    const [l, h] = await Promise.all([lookup, health]);
    const heavyDone = await Promise.all(heavy);
    expect(l.status).toBe(200);
    expect(l.body.data.entity.id).toBe(ids[0]);
    expect(h.body.status).toBe('ok');
    expect(h.body.traversals.workers).toBe(1);
    for (const r of heavyDone) expect(r.body.data.graph.truncated).toBe(true);
    // Both were answered before the flooder's last traversal finished.
    expect(Math.max(l.at, h.at)).toBeLessThan(Math.max(...heavyDone.map((r) => r.at)));
  }, 120_000);

  it('answers 503 OVERLOADED with Retry-After when the queue is full, and serves what it queued', async () => {
    const answers = await Promise.all([...pairs, ...pairs.slice(0, 2)].map(([a, b]) => post(HEAVY(a, b), 'flooder')));
    const refused = answers.filter((r) => r.status === 503);
    const served = answers.filter((r) => r.status === 200);
    // One running and six waiting fit; of fourteen sent at once, some do not.
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(served.length).toBeGreaterThanOrEqual(7);
    expect(refused.length + served.length).toBe(14);
    for (const r of refused) {
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(r.body.errors[0].extensions.code).toBe('OVERLOADED');
      expect(r.body.errors[0].message).toContain('maxQueuedTraversals');
    }
    for (const r of served) expect(r.body.data.paths.length).toBe(100);
  }, 120_000);

  it('replaces a worker that dies mid-traversal; its request gets a clean error and the next one is served', async () => {
    const sent = pairs.slice(0, 5).map(([a, b]) => post(HEAVY(a, b), 'crasher'));
    // Once the worker is on one of them (the others wait), kill its thread as a crash would.
    while (server.traversals.pool.stats().busy === 0) await new Promise((r) => setTimeout(r, 2));
    await server.traversals.pool.workerThreads[0]!.terminate();
    const answers = await Promise.all(sent);
    const failed = answers.filter((r) => r.body.errors);
    expect(failed.length).toBe(1);
    expect(failed[0]!.body.errors[0].extensions.code).toBe('TRAVERSAL_FAILED');
    expect(failed[0]!.body.errors[0].message).toContain('replaced');
    for (const r of answers.filter((x) => !x.body.errors)) expect(r.body.data.paths.length).toBe(100);
    const [a, b] = pairs[0]!;
    const next = await post(HEAVY(a, b), 'crasher');
    expect(next.status).toBe(200);
    expect(next.body.data.paths.length).toBe(100);
    expect(server.traversals.pool.stats().workers).toBe(1);
  }, 120_000);
});

describe('per-client CPU budget', () => {
  let small: RunningServer & { dataDir: string };
  beforeAll(async () => {
    // 5 ms of traversal CPU per hour: a few traversals spend it.
    small = await realServer(['--trust-proxy', '--cpu-budget-ms', '5', '--cpu-window-seconds', '3600', '--rate-limit-per-minute', '0']);
  }, 60_000);
  afterAll(async () => small?.close());

  it('reports the budget on every answer, refuses a client over it with 429 and Retry-After, and still serves others', async () => {
    const q = '{ neighborhood(id: "european-union", depth: 3, limit: 2000) { entities { id } } }';
    const first = await post(q, 'heavy-user', {}, small.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('5');
    expect(first.headers.get('x-ratelimit-resource')).toBe('traversal-cpu-ms');
    let last = first;
    for (let i = 0; i < 500 && last.status === 200; i++) last = await post(q, 'heavy-user', {}, small.url);
    expect(last.status).toBe(429);
    const retryAfter = Number(last.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    const error = last.body.errors[0];
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.retryAfterSeconds).toBe(retryAfter);
    expect(error.extensions.budget).toMatchObject({ limitMs: 5, windowSeconds: 3600, remainingMs: 0 });
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    const other = await post(q, 'light-user', {}, small.url);
    expect(other.status).toBe(200);
    expect(Number(other.headers.get('x-ratelimit-remaining'))).toBe(5);
  }, 60_000);
});
