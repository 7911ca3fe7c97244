import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realServer } from '../helpers/server.js';

const TOKEN = 'fast-path-token-0123456789abcdef';
let server: Awaited<ReturnType<typeof realServer>>;
beforeAll(async () => {
  server = await realServer(['--max-cost', '5000', '--max-aliases', '3'], { CORRIDOR_TOKENS: `fast:editor:${TOKEN}` });
});
afterAll(() => server.close());

/**
 * The HTTP layer answers plain JSON POSTs itself (http/graphql-fast-path.ts: a new document through
 * Yoga's envelop pipeline, then its compiled operation from a cache) and leaves browser requests
 * (with an Origin header) to Yoga. Both must answer alike.
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
  ['an unknown operation name', { query: 'query A { stats { version } }', operationName: 'Z' }],
  ['an operation name that is no GraphQL name', { query: 'query A { stats { version } }', operationName: 'A\nquery A { stats { version } }' }],
  ['a long document (not kept compiled)', { query: `# ${'comment '.repeat(3000)}\nquery Long($id: ID!) { entity(id: $id) { id } }`, variables: { id: 'EU' } }],
  ['a syntax error', { query: '{ stats { version }' }, { accept: 'application/graphql-response+json' }],
];

describe('fast path for JSON POSTs', () => {
  it.each(cases)('answers %s exactly as Yoga does, first and again from the document cache', async (_name, body, headers) => {
    const first = await both(body, headers);
    expect(first.fast).toEqual(first.yoga);
    const again = await both(body, headers);
    expect(again.fast).toEqual(again.yoga);
    expect(again.fast).toEqual(first.fast);
  });

  it('masks an unexpected error on both paths alike', async () => {
    const search = server.store.kg.search.search;
    server.store.kg.search.search = () => {
      throw new Error('internal detail');
    };
    try {
      for (let i = 0; i < 2; i++) {
        const { fast, yoga } = await both({ query: '{ search(text: "eu") { score } }' });
        expect(fast).toEqual(yoga);
        expect(fast.status).toBe(200);
        expect(fast.body.errors[0].message).toBe('Unexpected error.');
        expect(JSON.stringify(fast.body)).not.toContain('internal detail');
      }
    } finally {
      server.store.kg.search.search = search;
    }
  });

  it('answers a cached document with each request\'s own variables', async () => {
    const query = 'query Lookup($id: ID!) { entity(id: $id) { id label } }';
    const eu = await both({ query, variables: { id: 'EU' } });
    const titr = await both({ query, variables: { id: 'titr' } });
    expect(titr.fast).toEqual(titr.yoga);
    expect(eu.fast).toEqual(eu.yoga);
    expect(eu.fast.body.data.entity.id).not.toBe(titr.fast.body.data.entity.id);
    const missing = await both({ query, variables: {} });
    expect(missing.fast).toEqual(missing.yoga);
    expect(missing.fast.status).toBe(200);
    expect(missing.fast.body.errors[0].message).toContain('$id');
  });

  it('checks the cost of a cached document against each request\'s variables', async () => {
    const query = 'query Hood($id: ID!, $limit: Int) { neighborhood(id: $id, depth: 3, limit: $limit) { truncated } }';
    const cheap = await both({ query, variables: { id: 'eu', limit: 10 } });
    expect(cheap.fast).toEqual(cheap.yoga);
    expect(cheap.fast.status).toBe(200);
    const dear = await both({ query, variables: { id: 'eu', limit: 2000 } }, { accept: 'application/graphql-response+json' });
    expect(dear.fast).toEqual(dear.yoga);
    expect(dear.fast.status).toBe(400);
    expect(dear.fast.body.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('refuses an invalid document every time it is sent', async () => {
    for (let i = 0; i < 2; i++) {
      const { fast, yoga } = await both({ query: 'query Q($id: ID!) { entity(id: $id) { nope } }', variables: { id: 'EU' } }, { accept: 'application/graphql-response+json' });
      expect(fast).toEqual(yoga);
      expect(fast.status).toBe(400);
    }
  });

  it('runs the operation each request names, for the same document', async () => {
    const query = 'query A { entity(id: "EU") { id } } query B { stats { entityCount } }';
    for (const operationName of ['A', 'B', 'A', 'B']) {
      const { fast } = await both({ query, operationName });
      expect(fast.status).toBe(200);
      expect(Object.keys(fast.body.data)).toEqual([operationName === 'A' ? 'entity' : 'stats']);
    }
  });

  // @envelop/graphql-jit kept one compiled query per parsed document, whatever operation it was
  // compiled for, so the second operation name of a document ran the first one (api/jit-per-operation.ts).
  it("Yoga's path runs the operation each request names, for the same document", async () => {
    const query = 'query C { entity(id: "EU") { id } }  query D { stats { entityCount } }';
    for (const operationName of ['C', 'D']) {
      const { yoga } = await both({ query, operationName });
      expect(Object.keys(yoga.body.data)).toEqual([operationName === 'C' ? 'entity' : 'stats']);
    }
  });

  it('knows the caller of each request for a cached mutation', async () => {
    const mutation = { query: 'mutation R($id: ID!) { reviewRelation(id: $id, status: REVIEWED, note: "cached") { id review { by } } }', variables: { id: 'eu-counterbalances-china' } };
    const anonymous = await both(mutation);
    expect(anonymous.fast).toEqual(anonymous.yoga);
    expect(anonymous.fast.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const signed = await both(mutation, { authorization: `Bearer ${TOKEN}` });
    expect(signed.fast.body.data.reviewRelation.review.by).toBe('fast');
    expect(signed.yoga.body.data.reviewRelation.review.by).toBe('fast');
  });

  it('applies a write on both paths', async () => {
    const mutation = (id: string) => ({ query: `mutation { reviewRelation(id: "${id}", status: REVIEWED, note: "both paths") { id status review { by } } }` });
    const { fast, yoga } = await both(mutation('eu-counterbalances-china'), { authorization: `Bearer ${TOKEN}` });
    expect(fast.body.data.reviewRelation.review.by).toBe('fast');
    expect(yoga.body.data.reviewRelation.review.by).toBe('fast');
  });
});
