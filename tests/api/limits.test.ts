import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi({ limits: { maxQueryDepth: 8, maxAliases: 5, maxTokens: 400, maxDirectives: 3, maxCost: 2_000, maxVisited: 3 } });
});
afterAll(() => api.close());

describe('query limits (each a setting with its own error)', () => {
  it('refuses a query nested deeper than maxQueryDepth', async () => {
    const deep = '{ entity(id: "eu") { relations { edges { node { from { relations { edges { node { to { id } } } } } } } } } }';
    const { status, body } = await api.gql(deep);
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/depth/i);
  });

  it('refuses more aliases than maxAliases', async () => {
    const q = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: entity(id: "eu") { id }`).join(' ')} }`;
    const { status, body } = await api.gql(q);
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/aliases/i);
  });

  it('refuses a document of more than maxTokens tokens', async () => {
    const q = `{ ${Array.from({ length: 150 }, () => 'stats { entityCount }').join(' ')} }`;
    const { status, body } = await api.gql(q);
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/token/i);
  });

  it('refuses more directives than maxDirectives', async () => {
    const q = '{ stats { entityCount @include(if: true) @include(if: true) @include(if: true) @include(if: true) } }';
    const { status, body } = await api.gql(q);
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/directive/i);
  });

  it('counts the traversal cost from literal arguments', async () => {
    const { status, body } = await api.gql('{ neighborhood(id: "eu", depth: 3, limit: 1000) { truncated } }');
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 3000, maxCost: 2000 } });
    expect(body.data ?? null).toBeNull();
  });

  it('counts the traversal cost from variables too, so a variable cannot smuggle a large limit in', async () => {
    const q = 'query($n: Int!, $d: Int!) { neighborhood(id: "eu", depth: $d, limit: $n) { truncated } }';
    expect((await api.gql(q, { n: 1000, d: 3 })).body.errors![0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
    expect((await api.gql(q, { n: 100, d: 3 })).body.errors).toBeUndefined();
  });

  it('multiplies nested lists: entities(first: 50) × relations(first: 50) is over 2,000', async () => {
    const q = 'query($f: Int) { entities(first: 50) { edges { node { relations(first: $f) { totalCount } } } } }';
    const over = await api.gql(q, { f: 50 });
    expect(over.body.errors![0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 50 + 50 * 50 });
    expect((await api.gql(q, { f: 10 })).body.errors).toBeUndefined();
  });

  it('stops a traversal at the visit budget and says so instead of running on', async () => {
    const { body } = await api.gql('{ neighborhood(id: "eu", depth: 3, limit: 500) { truncated truncatedReason entities { id } } }');
    expect(body.data.neighborhood).toMatchObject({ truncated: true, truncatedReason: 'VISIT_BUDGET' });
  });
});

describe('errors in production mode', () => {
  it('masks unexpected errors: no message details, no stack trace', async () => {
    const prod = await testApi({ production: true });
    try {
      prod.store.kg.search.search = () => {
        throw new Error('secret detail at /srv/corridor/internal.ts:12');
      };
      const { body } = await prod.gql('{ search(text: "eu") { score } }');
      expect(body.errors![0].message).toBe('Unexpected error.');
      expect(JSON.stringify(body)).not.toMatch(/secret|stack|internal\.ts/);
    } finally {
      await prod.close();
    }
  });

  it('keeps expected errors (bad input) readable', async () => {
    const prod = await testApi({ production: true });
    try {
      const { body } = await prod.gql('{ neighborhood(id: "eu", depth: 9) { truncated } }');
      expect(body.errors![0].message).toBe('depth must be an integer from 1 to 3 (got 9)');
    } finally {
      await prod.close();
    }
  });
});
