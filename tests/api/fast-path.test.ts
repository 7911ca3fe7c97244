import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realServer } from '../helpers/server.js';

const TOKEN = 'fast-path-token-0123456789abcdef';
let server: Awaited<ReturnType<typeof realServer>>;
beforeAll(async () => {
  server = await realServer(['--max-cost', '5000', '--max-aliases', '3'], { CORRIDOR_TOKENS: `fast:editor:${TOKEN}` });
});
afterAll(() => server.close());

/**
 * The HTTP layer answers plain JSON POSTs itself through Yoga's envelop pipeline (http/graphql-fast-path.ts)
 * and leaves browser requests (with an Origin header) to Yoga. Both must answer alike.
 */
async function both(body: object, headers: Record<string, string> = {}) {
  const send = async (extra: Record<string, string>) => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...extra }, body: JSON.stringify(body) });
    const json = await res.json();
    // Yoga drops `locations` from errors raised in graphql-jit's compiled code; the fast path keeps them.
    for (const e of json.errors ?? []) delete e.locations;
    return { status: res.status, type: res.headers.get('content-type'), body: json, auth: res.headers.get('www-authenticate') };
  };
  return { fast: await send({}), yoga: await send({ origin: server.url }) };
}

const cases: Array<[string, object, Record<string, string>?]> = [
  ['a query', { query: '{ entity(id: "EU") { id label } }' }],
  ['variables and an operation name', { query: 'query A($id: ID!) { entity(id: $id) { id } } query B { stats { entityCount } }', operationName: 'A', variables: { id: 'titr' } }],
  ['graphql-response+json accepted', { query: '{ stats { relationCount } }' }, { accept: 'application/graphql-response+json' }],
  ['a validation error (json)', { query: '{ nope }' }, { accept: 'application/json' }],
  ['a validation error (graphql-response+json)', { query: '{ nope }' }, { accept: 'application/graphql-response+json' }],
  ['an alias limit error', { query: '{ a: stats { version } b: stats { version } c: stats { version } d: stats { version } }' }, { accept: 'application/graphql-response+json' }],
  ['a resolver error', { query: '{ neighborhood(id: "nowhere") { truncated } }' }],
  ['a cost limit error', { query: '{ neighborhood(id: "eu", depth: 3, limit: 2000) { truncated } }' }, { accept: 'application/graphql-response+json' }],
  ['a write without a token', { query: 'mutation { deleteRelation(id: "x") { id } }' }, { accept: 'application/graphql-response+json' }],
  ['a refused write', { query: 'mutation { deleteRelation(id: "x") { id } }' }, { authorization: `Bearer ${TOKEN}` }],
];

describe('fast path for JSON POSTs', () => {
  it.each(cases)('answers %s exactly as Yoga does', async (_name, body, headers) => {
    const { fast, yoga } = await both(body, headers);
    expect(fast).toEqual(yoga);
  });

  it('masks an unexpected error on both paths alike', async () => {
    const search = server.store.kg.search.search;
    server.store.kg.search.search = () => {
      throw new Error('internal detail');
    };
    try {
      const { fast, yoga } = await both({ query: '{ search(text: "eu") { score } }' });
      expect(fast).toEqual(yoga);
      expect(JSON.stringify(fast.body)).not.toContain('internal detail');
    } finally {
      server.store.kg.search.search = search;
    }
  });

  it('applies a write on both paths', async () => {
    const mutation = (id: string) => ({ query: `mutation { reviewRelation(id: "${id}", status: REVIEWED, note: "both paths") { id status review { by } } }` });
    const { fast, yoga } = await both(mutation('eu-counterbalances-china'), { authorization: `Bearer ${TOKEN}` });
    expect(fast.body.data.reviewRelation.review.by).toBe('fast');
    expect(yoga.body.data.reviewRelation.review.by).toBe('fast');
  });
});
