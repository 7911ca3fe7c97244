import { MultiDirectedGraph } from 'graphology';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExplorerGraphDocument } from '../../client/src/api/generated/graphql.js';
import { decodeGraphBinary } from '../../client/src/api/graph-binary.js';
import { fillGraphFromBinary } from '../../client/src/graph/binary-graph.js';
import { fillGraph, makeVocabulary, type CorridorGraph } from '../../client/src/graph/graph-model.js';
import { generateDataset } from '../../bench/synthetic/generate.js';
import { readConfig } from '../../server/http/config.js';
import { startServer, type RunningServer } from '../../server/http/start.js';
import { ROOT } from '../helpers/data-dir.js';
import { realServer } from '../helpers/server.js';

/** The explorer's graph query with another filter: the JSON answer the binary one must match. */
const QUERY = ExplorerGraphDocument.toString().replace('graph(filter: {status: ["reviewed", "extracted", "rejected"]}, limit: $limit)', 'graph(filter: $filter, limit: $limit)').replace('($limit: Int!)', '($limit: Int!, $filter: GraphFilter)');

async function jsonGraph(server: RunningServer, filter: Record<string, unknown>, limit: number) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: { filter, limit } }) });
  const body = (await res.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function binaryGraph(server: RunningServer, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graph.bin?${query}`, { headers });
  expect(res.status).toBe(200);
  return { res, graph: decodeGraphBinary(await res.arrayBuffer()) };
}

/** Both answers as the explorer's graphology graph; float32 columns compared at float32 precision. */
async function expectSameGraph(server: RunningServer, filter: Record<string, unknown>, query: string, limit: number) {
  const json = await jsonGraph(server, filter, limit);
  const { graph: bin } = await binaryGraph(server, `${query}&limit=${limit}`);
  expect(bin.header.vocabulary).toEqual(json.vocabulary);
  expect(bin.header.truncated).toBe(json.graph.truncated);
  expect(bin.header.truncatedReason).toBe(json.graph.truncatedReason);
  expect(bin.entityIds).toEqual(json.graph.entities.map((e: { id: string }) => e.id));
  expect(bin.relationIds).toEqual(json.graph.relations.map((r: { id: string }) => r.id));

  const vocab = makeVocabulary(json.vocabulary.entityKinds, json.vocabulary.relationTypes);
  const fromJson: CorridorGraph = new MultiDirectedGraph();
  fillGraph(fromJson, json.graph.entities, json.graph.relations, vocab);
  const fromBinary: CorridorGraph = new MultiDirectedGraph();
  fillGraphFromBinary(fromBinary, bin, vocab);
  const f32 = (v: number | null) => (v === null ? null : Math.fround(v));
  const nodesOf = (g: CorridorGraph, round: boolean) =>
    g.mapNodes((key, a) => ({ key, ...a, ...(round ? { x: f32(a.x), y: f32(a.y), serverX: f32(a.serverX), serverY: f32(a.serverY), pagerank: f32(a.pagerank), betweenness: f32(a.betweenness) } : {}) }));
  expect(nodesOf(fromBinary, false)).toEqual(nodesOf(fromJson, true));
  const edgesOf = (g: CorridorGraph) => g.mapEdges((key, a, source, target) => ({ key, ends: [source, target], ...a }));
  expect(edgesOf(fromBinary)).toEqual(edgesOf(fromJson));
  return { json, bin, fromBinary };
}

describe('GET /graph.bin on the article graph', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await realServer();
    await server.store.derived.settled();
  });
  afterAll(() => server.close());

  it("decodes to the explorer's graph the JSON answer gives: same entities, relations and attributes", async () => {
    const { fromBinary, bin } = await expectSameGraph(server, { status: ['reviewed', 'extracted', 'rejected'] }, 'status=reviewed,extracted,rejected', 20_000);
    expect(fromBinary.order).toBe(31);
    expect(fromBinary.size).toBe(88);
    expect(bin.header.tables.hedges).toContain('planned');
  });

  it('answers the same filters as the graph query', async () => {
    const { bin } = await expectSameGraph(server, { types: ['shares_border_with'], minConfidence: 0.9, hideIsolated: true }, 'types=shares_border_with&minConfidence=0.9&hideIsolated=true', 10);
    expect(bin.header.truncated).toBe(true);
    expect(bin.entityIds).toHaveLength(10);
  });

  it('compresses when the client accepts it, and says how large it is when not', async () => {
    const br = await fetch(`${server.url}/graph.bin`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const gzip = await fetch(`${server.url}/graph.bin`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${server.url}/graph.bin`, { headers: { 'accept-encoding': 'identity' } });
    const bytes = await plain.arrayBuffer();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(bytes.byteLength);
    const decoded = [await br.arrayBuffer(), await gzip.arrayBuffer(), bytes].map((b) => decodeGraphBinary(b).entityIds);
    expect(decoded[0]).toEqual(decoded[2]);
    expect(decoded[1]).toEqual(decoded[2]);
  });

  it('refuses bad arguments with a JSON error naming the parameter', async () => {
    const error = async (query: string, init: RequestInit = {}) => {
      const res = await fetch(`${server.url}/graph.bin${query}`, init);
      return { status: res.status, type: res.headers.get('content-type'), error: ((await res.json()) as any).errors[0] };
    };
    const unknownType = await error('?types=shares_border');
    expect(unknownType.status).toBe(400);
    expect(unknownType.type).toMatch(/^application\/json/);
    expect(unknownType.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'types' });
    expect(unknownType.error.message).toContain('did you mean "shares_border_with"');
    expect((await error('?around=kazakhstan')).error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'around' });
    const tooMany = await error('?limit=20001');
    expect(tooMany.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'limit' });
    expect(tooMany.error.message).toContain('maxGraphLimit');
    expect((await error('?minConfidence=2')).error.extensions.parameter).toBe('minConfidence');
    const post = await error('', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.error.extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('GET /graph.bin on a generated graph', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'corridor-graph-binary-'));
  let server: RunningServer;
  beforeAll(async () => {
    const dir = path.join(work, 'graph-data');
    generateDataset(dir, { entities: 3_000, relations: 15_000, attachment: 'growing' }, path.join(ROOT, 'graph-data', 'vocabulary.json'));
    const config = readConfig(['--port', '0', '--data', dir, '--no-watch', '--api-only', '--max-graph-limit', '3000'], { CORRIDOR_FSYNC: '0' }, ROOT);
    server = await startServer(config, () => {});
    await server.store.derived.settled();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('matches the JSON answer, and sends up to maxGraphLimit entities when no limit is given', async () => {
    const { fromBinary } = await expectSameGraph(server, { status: ['reviewed', 'extracted', 'rejected'] }, 'status=reviewed,extracted,rejected', 3_000);
    expect(fromBinary.order).toBe(3_000);
    const { graph } = await binaryGraph(server, 'status=reviewed,extracted,rejected');
    expect(graph.header.entityCount).toBe(3_000);
  });

  it('matches it under a filter that truncates', async () => {
    await expectSameGraph(server, { status: ['extracted'], validAt: '2010', kinds: ['Country', 'Region', 'Topic'] }, 'status=extracted&validAt=2010&kinds=Country,Region,Topic', 500);
  });
});
