import { TEST_BACKEND } from '../helpers/backend.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(() => api.close());

const data = async (query: string, variables?: Record<string, unknown>) => {
  const { status, body } = await api.gql(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
};
const errorOf = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await api.gql(query, variables);
  expect(body.errors?.length, 'expected an error').toBeGreaterThan(0);
  return body.errors![0];
};

describe('Query.entity', () => {
  it('answers "what is the Middle Corridor?" with its description and evidence-backed relations', async () => {
    const d = await data(`{ entity(id: "Middle Corridor") { id label kind aliases description x y
      metrics { degree inDegree outDegree pagerank betweenness community }
      relations(first: 50) { totalCount edges { node { type label from { id } to { id } evidence { quote start end source { id text } } } } } } }`);
    const e = d.entity;
    expect(e).toMatchObject({ id: 'titr', kind: 'TransportCorridor' });
    expect(e.aliases).toEqual(expect.arrayContaining(['TITR', 'Middle Corridor']));
    expect(e.metrics.degree).toBe(e.relations.totalCount);
    expect(e.metrics.degree).toBe(e.metrics.inDegree + e.metrics.outDegree);
    expect(e.metrics.pagerank).toBeGreaterThan(0);
    const targets = e.relations.edges.filter((x: any) => x.node.type === 'passes_through').map((x: any) => x.node.to.id);
    expect(targets).toEqual(expect.arrayContaining(['kazakhstan', 'caspian-sea', 'azerbaijan', 'georgia', 'turkiye']));
    for (const { node } of e.relations.edges) for (const ev of node.evidence) expect(ev.source.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('is null for an unknown name', async () => {
    expect((await data('{ entity(id: "atlantis") { id } }')).entity).toBeNull();
  });
});

describe('Query.search', () => {
  it('ranks the exact alias first and limits by first and kinds', async () => {
    const d = await data('{ search(text: "middle corridor", first: 3) { score entity { id } } }');
    expect(d.search[0].entity.id).toBe('titr');
    expect(d.search.length).toBeLessThanOrEqual(3);
    const k = await data('{ search(text: "a", kinds: ["Country"], first: 50) { entity { kind } } }');
    expect(k.search.every((h: any) => h.entity.kind === 'Country')).toBe(true);
  });

  it('refuses an unknown kind with a suggestion', async () => {
    const e = await errorOf('{ search(text: "x", kinds: ["Countries"]) { score } }');
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('did you mean "Country"?');
  });
});

describe('connections', () => {
  it('pages through all entities with Relay cursors, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const d: any = await data('query($after: String) { entities(first: 7, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }', { after });
      const c = d.entities;
      total = c.totalCount;
      seen.push(...c.edges.map((x: any) => x.node.id));
      expect(c.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(c.pageInfo.startCursor).toBe(c.edges[0].cursor);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBe(31);
  });

  it('filters relations by type, status, kind, confidence, source, date and entity', async () => {
    const count = async (filter: object) => (await data('query($f: RelationFilter) { relations(filter: $f, first: 1) { totalCount } }', { f: filter })).relations.totalCount;
    const all = await count({});
    expect(all).toBe(88);
    expect(await count({ types: ['shares_border_with'] })).toBe(24);
    expect((await count({ status: ['reviewed'] })) + (await count({ status: ['extracted'] }))).toBe(all);
    expect(await count({ source: 'corridor-reference-geography' })).toBe(11);
    expect(await count({ source: 'country-borders-and-regions' })).toBe(25);
    expect(await count({ minConfidence: 0.9 })).toBeLessThan(all);
    expect(await count({ validAt: '2023' })).toBeLessThan(await count({ validAt: '2025' }));
    expect(await count({ kinds: ['Country'] })).toBeGreaterThan(0);
    expect(await count({ entity: 'Middle Corridor' })).toBe((await data('{ entity(id: "titr") { metrics { degree } } }')).entity.metrics.degree);
  });

  it('refuses a page size above the cap, and a forged cursor', async () => {
    const e = await errorOf('{ entities(first: 101) { totalCount } }');
    expect(e).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(e.message).toBe('first must be an integer from 0 to 100 (got 101)');
    expect((await errorOf('{ entities(after: "nonsense") { totalCount } }')).message).toContain('is not a cursor');
  });
});

describe('Query.neighborhood', () => {
  it('returns the 1-hop neighbourhood with the relations among it', async () => {
    const d = await data('{ neighborhood(id: "kazakhstan") { truncated truncatedReason entities { id } relations { fromId toId } } }');
    const ids = d.neighborhood.entities.map((e: any) => e.id);
    expect(ids[0]).toBe('kazakhstan');
    expect(ids).toEqual(expect.arrayContaining(['european-union', 'critical-raw-materials', 'central-asia', 'russia', 'china']));
    for (const r of d.neighborhood.relations) expect(ids).toEqual(expect.arrayContaining([r.fromId, r.toId]));
    expect(d.neighborhood.truncated).toBe(false);
  });

  it('answers "what does Kazakhstan have that the EU needs?" by following types', async () => {
    const has = await data('{ neighborhood(id: "kazakhstan", direction: OUT, types: ["has_deposits_of"]) { entities { id } } }');
    const needed = await data('{ neighborhood(id: "critical-raw-materials", direction: IN, types: ["needs"]) { entities { id } } }');
    expect(has.neighborhood.entities.map((e: any) => e.id)).toContain('critical-raw-materials');
    expect(needed.neighborhood.entities.map((e: any) => e.id)).toContain('european-union');
  });

  it('truncates at the limit and says why', async () => {
    const d = await data('{ neighborhood(id: "european-union", depth: 2, limit: 5) { truncated truncatedReason entities { id } } }');
    expect(d.neighborhood).toMatchObject({ truncated: true, truncatedReason: 'NODE_LIMIT' });
    expect(d.neighborhood.entities).toHaveLength(5);
  });

  it('refuses depth beyond the maximum, an unknown centre and an unknown type', async () => {
    expect((await errorOf('{ neighborhood(id: "eu", depth: 4) { truncated } }')).message).toBe('depth must be an integer from 1 to 3 (got 4)');
    const nf = await errorOf('{ neighborhood(id: "kazakstan") { truncated } }');
    expect(nf.extensions.code).toBe('NOT_FOUND');
    expect(nf.message).toContain('did you mean "kazakhstan"?');
    expect((await errorOf('{ neighborhood(id: "eu", types: ["neds"]) { truncated } }')).message).toContain('did you mean "needs"?');
  });
});

describe('Query.paths', () => {
  it('answers "how is the EU connected to Afghanistan?" shortest first, hop by hop with quotes', async () => {
    const d = await data(`{ paths(from: "EU", to: "Afghanistan", maxLength: 3, first: 5) { length entities { id }
      relations { id } hops { from { id } to { id } relations { label evidence { quote source { id } } } } } }`);
    const p = d.paths;
    expect(p.length).toBeGreaterThan(1);
    expect(p[0].entities.map((e: any) => e.id)).toEqual(['european-union', 'central-asia', 'afghanistan']);
    expect(p.map((x: any) => x.length)).toEqual([...p.map((x: any) => x.length)].sort((a: number, b: number) => a - b));
    for (const path of p) {
      expect(path.hops).toHaveLength(path.length);
      expect(path.relations).toHaveLength(path.length);
      for (const hop of path.hops) expect(hop.relations[0].evidence[0].quote.length).toBeGreaterThan(10);
    }
  });

  it('follows direction when asked and refuses lengths beyond the maximum', async () => {
    const d = await data('{ paths(from: "afghanistan", to: "european-union", direction: OUT) { length } }');
    expect(d.paths).toEqual([]);
    expect((await errorOf('{ paths(from: "eu", to: "china", maxLength: 7) { length } }')).message).toBe('maxLength must be an integer from 1 to 6 (got 7)');
  });
});

describe('Query.graph, stats, sources, vocabulary, dataStatus, limits', () => {
  it('returns the whole graph with positions, and filters it', async () => {
    const d = await data('{ graph { truncated entities { id x y } relations { id } } }');
    expect(d.graph.entities).toHaveLength(31);
    expect(d.graph.relations).toHaveLength(88);
    const reviewed = await data('{ graph(filter: { status: ["reviewed"], hideIsolated: true }) { entities { id } relations { status } } }');
    expect(reviewed.graph.relations.every((r: any) => r.status === 'reviewed')).toBe(true);
    const cut = await data('{ graph(limit: 3) { truncated truncatedReason entities { id metrics { degree } } } }');
    expect(cut.graph).toMatchObject({ truncated: true, truncatedReason: 'NODE_LIMIT' });
    expect(cut.graph.entities[0].metrics.degree).toBeGreaterThan(5);
  });

  it('answers "which relations come from the article and which from reference data?"', async () => {
    const d = await data('{ stats { entityCount relationCount sourceCount byKind { key count } byType { key count } byStatus { key count } bySource { key count } version } sources { id kind title relationCount text } }');
    expect(d.stats).toMatchObject({ entityCount: 31, relationCount: 88, sourceCount: 3 });
    const bySource = Object.fromEntries(d.stats.bySource.map((c: any) => [c.key, c.count]));
    expect(bySource).toEqual({ 'eu-central-asia-summit-2024': 52, 'corridor-reference-geography': 11, 'country-borders-and-regions': 25 });
    const kinds = Object.fromEntries(d.sources.map((s: any) => [s.id, s.kind]));
    expect(kinds).toEqual({ 'eu-central-asia-summit-2024': 'article', 'corridor-reference-geography': 'reference', 'country-borders-and-regions': 'dataset' });
    expect(d.stats.byKind.reduce((s: number, c: any) => s + c.count, 0)).toBe(31);
  });

  it('describes its vocabulary, its data status and its limits', async () => {
    const d = await data('{ vocabulary { entityKinds { id color count } relationTypes { id label inverseLabel symmetric wikidata count } hedges { id } statuses } dataStatus { ok version errors { code } writable derivedVersion backend connected lagMs appliedSeq } limits { maxPageSize maxDepth maxCost } }');
    expect(d.vocabulary.relationTypes.find((t: any) => t.id === 'shares_border_with')).toMatchObject({ symmetric: true, wikidata: 'P47', count: 24 });
    expect(d.vocabulary.statuses).toEqual(['reviewed', 'extracted', 'rejected']);
    expect(d.dataStatus).toMatchObject({ ok: true, errors: [], writable: false, backend: TEST_BACKEND, connected: true });
    // Over PostgreSQL the graph is at the import's change, caught up; with files there is no change log.
    if (TEST_BACKEND === 'postgres') {
      expect(d.dataStatus.appliedSeq).toBe(1);
      expect(d.dataStatus.lagMs).toBeLessThan(5_000);
    }
    else expect(d.dataStatus).toMatchObject({ appliedSeq: null, lagMs: null });
    expect(d.dataStatus.derivedVersion).toBe(d.dataStatus.version);
    expect(d.limits).toEqual({ maxPageSize: 100, maxDepth: 3, maxCost: 50000 });
  });

  it('rejects bad filter values with the field named', async () => {
    expect((await errorOf('{ graph(filter: { validAt: "2024-13" }) { truncated } }')).message).toContain('filter.validAt');
    expect((await errorOf('{ graph(filter: { minConfidence: 2 }) { truncated } }')).message).toContain('filter.minConfidence must be between 0 and 1');
    expect((await errorOf('{ graph(filter: { source: "nyt" }) { truncated } }')).message).toContain('unknown source "nyt"');
  });
});
