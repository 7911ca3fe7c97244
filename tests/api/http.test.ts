import { auditServer } from 'graphql-http';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realServer } from '../helpers/server.js';

let server: Awaited<ReturnType<typeof realServer>>;
beforeAll(async () => {
  server = await realServer(['--max-body-bytes', '2000', '--rate-limit-per-minute', '100000']);
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL over HTTP', () => {
  it('passes every check of graphql-http’s audit suite', async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const failing = results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failing).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });

  it('answers /healthz once the graph is loaded', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', dataOk: true, entities: 31, relations: 88 });
  });

  it('serves GraphiQL to a browser, with the example query preloaded', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('EuToAfghanistan');
  });

  it('refuses a body over maxBodyBytes with 413, by Content-Length or while streaming', async () => {
    const big = JSON.stringify({ query: `{ search(text: "${'x'.repeat(3000)}") { score } }` });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      for (let i = 0; i < 5; i++) req.write(big.slice(i * 700, (i + 1) * 700));
      req.end();
    });
    expect(chunked).toBe(413);
  });

  it('requires the CSRF header on a form-like POST, not on JSON', async () => {
    const form = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7Bstats%7BentityCount%7D%7D' });
    expect(form.status).toBe(403);
    expect((await post(JSON.stringify({ query: '{ stats { entityCount } }' }))).status).toBe(200);
  });

  it('says where things are for an unknown path', async () => {
    const res = await fetch(`${server.url}/nope`);
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].message).toContain('/graphql');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds its requests per minute', async () => {
    const limited = await realServer(['--rate-limit-per-minute', '5']);
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 7; i++) {
        const res = await fetch(`${limited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
        await res.arrayBuffer();
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      // Health checks are never limited: a load balancer must not see a busy client as a dead server.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
