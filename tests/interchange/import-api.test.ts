import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { asEditor, asReader, testApi, type TestApi } from '../helpers/api.js';
import { SAMPLES } from './import-helpers.js';

const IMPORT = `mutation($input: ImportGraphInput!, $dry: Boolean) {
  importGraph(input: $input, dryRun: $dry) {
    committed version source format entitiesRead relationsRead entitiesCreated entitiesMerged relationsCreated
    mappings { what foreign mapsTo count } losses { place reason } merges { foreign entity by }
  }
}`;

describe('GraphQL importGraph', () => {
  let api: TestApi;
  const text = readFileSync(path.join(SAMPLES, 'graphml/gephi-test_cdata.graphml'), 'utf8');
  const input = { text, fileName: 'cdata.graphml', mapping: JSON.stringify({ defaultKind: 'Topic', edges: { type: 'label' }, types: { foobar: 'cooperates_on' } }) };
  beforeAll(async () => {
    api = await testApi({ writable: true });
  });
  afterAll(() => api.close());

  it('needs the editor role', async () => {
    const res = await api.gql(IMPORT, { input, dry: true }, asReader);
    expect(res.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('a dry run reports and writes nothing; the commit shows record evidence with the record text', async () => {
    const dry = await api.gql(IMPORT, { input, dry: true }, asEditor);
    expect(dry.body.data.importGraph).toMatchObject({ committed: false, version: null, source: 'cdata', format: 'graphml', entitiesRead: 2, relationsRead: 1, relationsCreated: 1 });
    expect(dry.body.data.importGraph.mappings).toEqual([
      { what: 'node-kind', foreign: '(none)', mapsTo: 'Topic', count: 2 },
      { what: 'edge-type', foreign: 'foobar', mapsTo: 'cooperates_on', count: 1 },
    ]);
    expect(api.store.kg.source('cdata')).toBeUndefined();
    const done = await api.gql(IMPORT, { input }, asEditor);
    expect(done.body.data.importGraph).toMatchObject({ committed: true, version: expect.any(Number) });
    const rel = await api.gql('{ relation(id: "e0") { evidence { kind locator quote start end source { kind } } } }');
    expect(rel.body.data.relation.evidence[0]).toMatchObject({ kind: 'record', locator: 'edge:e0', source: { kind: 'dataset' } });
    expect(rel.body.data.relation.evidence[0].quote).toMatch(/^<edge id="e0" source="n0" target="n1">[\s\S]*foobar[\s\S]*<\/edge>$/);
  });

  it('a dry run without a mapping answers the mapping it inferred, and that mapping imports as it said', async () => {
    const bare = { text, fileName: 'cdata.graphml' };
    const api = await testApi({ writable: true }); // a graph without the file the test above commits
    onTestFinished(() => api.close());
    const dry = await api.gql(`mutation($input: ImportGraphInput!) { importGraph(input: $input, dryRun: true) { mapping losses { reason } } }`, { input: bare }, asEditor);
    const inferred = JSON.parse(dry.body.data.importGraph.mapping);
    expect(inferred).toEqual(expect.objectContaining({ kinds: expect.any(Object), types: expect.any(Object) }));
    // The user edits what was inferred (here: gives the foreign edge type a vocabulary type) and runs it again.
    const edited = JSON.stringify({ ...inferred, defaultKind: 'Topic', edges: { ...inferred.edges, type: 'label' }, types: { ...inferred.types, foobar: 'cooperates_on' } });
    const again = await api.gql(IMPORT, { input: { ...bare, mapping: edited }, dry: true }, asEditor);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.importGraph).toMatchObject({ relationsCreated: 1, entitiesCreated: 2, losses: [] });
  });

  it('bad input is a clear error naming the place', async () => {
    const res = await api.gql(IMPORT, { input: { text: '<graphml><graph><node id="a"></graph></graphml>', fileName: 'bad.graphml' } }, asEditor);
    expect(res.body.errors![0]).toMatchObject({ extensions: { code: 'IMPORT_PARSE', place: expect.stringMatching(/^line 1, column \d+$/) } });
  });
});
