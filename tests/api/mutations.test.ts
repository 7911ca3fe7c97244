import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from '../../server/model/dataset.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { asEditor, asReader, testApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeEach(async () => {
  api = await testApi({ writable: true });
});
afterEach(() => api.close());

const ARTICLE = 'eu-central-asia-summit-2024';
const QUOTE = 'Kazakhstan, a key player in this relationship, is responsible for a major portion of the EU\'s trade in the region';
/** A file as durably stored (the data folder, or an export of the database under the postgres project). */
const fileText = async (rel: string) => readFileSync(path.join(await api.saved(), rel), 'utf8');
const edit = (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, asEditor);
const ok = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await edit(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
};
async function expectValidOnDisk() {
  const result = validateDataset((await readDatasetFiles(await api.saved())).files);
  expect(result.issues).toEqual([]);
}

const CREATE_RELATION = `mutation($input: CreateRelationInput!) { createRelation(input: $input) {
  id type from { id } to { id } status confidence evidence { quote start end source { id } } created { by at } } }`;
const relationInput = (extra: object = {}) => ({ type: 'has_interest_in', from: 'european-union', to: 'kazakhstan', confidence: 0.8, evidence: [{ source: ARTICLE, quote: QUOTE }], ...extra });

describe('createRelation', () => {
  it('adds a relation with its quote, fills the offsets, records who and when, and writes it to its source file', async () => {
    const d = await ok(CREATE_RELATION, { input: relationInput({ id: 'eu-interest-kz-trade' }) });
    const r = d.createRelation;
    expect(r).toMatchObject({ id: 'eu-interest-kz-trade', status: 'reviewed', from: { id: 'european-union' }, created: { by: 'test-editor' } });
    const text = readFileSync(path.join(await api.saved(), 'sources', `${ARTICLE}.txt`), 'utf8');
    expect(r.evidence[0].start).toBe(text.indexOf(QUOTE));
    expect(Date.now() - Date.parse(r.created.at)).toBeLessThan(60_000);
    const file = JSON.parse((await fileText(`relations/${ARTICLE}.json`)));
    expect(file.relations.at(-1)).toMatchObject({ id: 'eu-interest-kz-trade', created: { by: 'test-editor' } });
    const after = await api.gql('{ relation(id: "eu-interest-kz-trade") { id } entity(id: "kazakhstan") { metrics { degree } } }');
    expect(after.body.data.relation.id).toBe('eu-interest-kz-trade');
    await expectValidOnDisk();
  });

  it('derives a readable id when none is given', async () => {
    const d = await ok(CREATE_RELATION, { input: relationInput() });
    expect(d.createRelation.id).toBe('european-union-has-interest-in-kazakhstan');
  });

  it.each([
    ['an unknown entity', { to: 'kazakstan' }, 'DANGLING_RELATION', '$.input.to', 'did you mean "kazakhstan"?'],
    ['an unknown type', { type: 'has_interest' }, 'UNKNOWN_ID', '$.input.type', 'did you mean "has_interest_in"?'],
    ['a quote not in the source', { evidence: [{ source: ARTICLE, quote: 'Kazakhstan is the largest economy.' }] }, 'QUOTE_MISMATCH', '$.input.evidence[0].quote', 'not found verbatim'],
    ['wrong offsets', { evidence: [{ source: ARTICLE, quote: QUOTE, start: 5 }] }, 'QUOTE_MISMATCH', '$.input.evidence[0].quote', 'The quote does occur at'],
    ['a bad date', { pointInTime: '2024-02-31' }, 'SCHEMA', '$.input.pointInTime', 'real date'],
    ['confidence out of range', { confidence: 1.2 }, 'SCHEMA', '$.input.confidence', 'between 0 and 1'],
    ['an unknown source', { evidence: [{ source: 'nyt', quote: QUOTE }] }, 'UNKNOWN_ID', '$.input.evidence[0].source', 'unknown source "nyt"'],
  ])('refuses %s, names the field, and changes nothing', async (_what, extra, code, where, message) => {
    const before = (await fileText(`relations/${ARTICLE}.json`));
    const version = api.store.kg.version;
    const { body } = await edit(CREATE_RELATION, { input: relationInput(extra) });
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].extensions.issues[0]).toMatchObject({ code, path: where, file: '(input)' });
    expect(body.errors![0].extensions.issues[0].message).toContain(message);
    expect((await fileText(`relations/${ARTICLE}.json`))).toBe(before);
    expect(api.store.kg.version).toBe(version);
    expect(api.store.kg.graph.size).toBe(88);
  });
});

describe('updating, reviewing and deleting relations', () => {
  it('updateRelation changes fields, clears with null, and records the editor', async () => {
    const d = await ok(`mutation { updateRelation(id: "eu-counterbalances-china", patch: { confidence: 0.5, hedge: null, note: "weak claim" }) {
      confidence hedge note updated { by } } }`);
    expect(d.updateRelation).toEqual({ confidence: 0.5, hedge: null, note: 'weak claim', updated: { by: 'test-editor' } });
    const rec = JSON.parse((await fileText(`relations/${ARTICLE}.json`))).relations.find((r: any) => r.id === 'eu-counterbalances-china');
    expect(rec).toMatchObject({ confidence: 0.5, note: 'weak claim' });
    expect(rec.hedge).toBeUndefined();
  });

  it('reviewRelation records the verdict; a rejected relation is kept but hidden by default', async () => {
    const d = await ok('mutation { reviewRelation(id: "russia-has-influence-in-central-asia", status: REJECTED, note: "not stated") { status review { by note at } } }');
    expect(d.reviewRelation).toMatchObject({ status: 'rejected', review: { by: 'test-editor', note: 'not stated' } });
    const visible = await api.gql('{ relations(first: 1) { totalCount } rejected: relations(filter: { status: ["rejected"] }) { totalCount } }');
    expect(visible.body.data).toEqual({ relations: { totalCount: 87 }, rejected: { totalCount: 1 } });
  });

  it('deleteRelation removes it from the graph and the file', async () => {
    const d = await ok('mutation { deleteRelation(id: "eu-counterbalances-china") { id version } }');
    expect(d.deleteRelation.id).toBe('eu-counterbalances-china');
    expect((await fileText(`relations/${ARTICLE}.json`))).not.toContain('"eu-counterbalances-china"');
    expect((await api.gql('{ relation(id: "eu-counterbalances-china") { id } }')).body.data.relation).toBeNull();
    const missing = await edit('mutation { deleteRelation(id: "eu-counterbalances-china") { id } }');
    expect(missing.body.errors![0].extensions.issues[0]).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('entities and sources', () => {
  it('createEntity, updateEntity with alias checks, and lookups by the new alias', async () => {
    await ok('mutation { createEntity(input: { kind: "Country", label: "Mongolia", aliases: ["MN"], wikidata: "Q711" }) { id } }');
    expect(api.store.kg.resolveEntity('mn')?.id).toBe('mongolia');
    expect(JSON.parse((await fileText('entities/country.json'))).entities[0]).toMatchObject({ id: 'mongolia', created: { by: 'test-editor' } });
    const clash = await edit('mutation { updateEntity(id: "mongolia", patch: { aliases: ["EU"] }) { id } }');
    expect(clash.body.errors![0].extensions.issues[0]).toMatchObject({ code: 'ALIAS_CONFLICT', path: '$.patch.aliases[0]' });
    const d = await ok('mutation { updateEntity(id: "mongolia", patch: { description: "A landlocked state.", wikidata: null }) { description wikidata updated { by } } }');
    expect(d.updateEntity).toEqual({ description: 'A landlocked state.', wikidata: null, updated: { by: 'test-editor' } });
  });

  it('deleteEntity is refused while relations use it, and with cascade says what it removed', async () => {
    const refused = await edit('mutation { deleteEntity(id: "afghanistan") { id } }');
    expect(refused.body.errors![0].extensions.issues[0]).toMatchObject({ code: 'IN_USE' });
    expect(api.store.kg.entity('afghanistan')).toBeDefined();
    const d = await ok('mutation { deleteEntity(id: "afghanistan", cascade: true) { id deletedRelations } }');
    expect(d.deleteEntity.deletedRelations).toEqual(expect.arrayContaining(['central-asia-lies-near-afghanistan', 'afghanistan-poses-risk-of-extremism']));
    expect(d.deleteEntity.deletedRelations).toHaveLength(6);
    expect(api.store.kg.graph.size).toBe(82);
    await expectValidOnDisk();
  });

  it('createSource stores the text byte for byte, and relations can then quote it', async () => {
    const text = 'Uzbekistan and the EU signed an Enhanced Partnership and Cooperation Agreement.\nIt covers trade.\n';
    await ok('mutation($t: String!) { createSource(input: { id: "epca-note", kind: "article", title: "EPCA note", language: "en", text: $t }) { id sha256 } }', { t: text });
    expect(readFileSync(path.join(await api.saved(), 'sources', 'epca-note.txt'), 'utf8')).toBe(text);
    const d = await ok(CREATE_RELATION, { input: { type: 'strategic_partner_of', from: 'uzbekistan', to: 'european-union', confidence: 0.9, evidence: [{ source: 'epca-note', quote: 'It covers trade.' }] } });
    expect(d.createRelation.evidence[0]).toMatchObject({ start: text.indexOf('It covers'), source: { id: 'epca-note' } });
    expect((await fileText('relations/epca-note.json'))).toContain('"epca-note"');
    await expectValidOnDisk();
  });
});

describe('files stay reviewable in git', () => {
  it('a write changes only the lines of the record it touched', async () => {
    const before = (await fileText('entities/places.json')).split('\n');
    await ok('mutation { updateEntity(id: "kazakhstan", patch: { description: "Largest economy of Central Asia." }) { id } }');
    const after = (await fileText('entities/places.json')).split('\n');
    const minus = (a: string[], b: string[]) => {
      const left = [...b];
      return a.filter((line) => {
        const i = left.indexOf(line);
        if (i < 0) return true;
        left.splice(i, 1);
        return false;
      });
    };
    // The description line and the comma of the line before the new audit field; the audit object added.
    expect(minus(before, after).map((l) => l.trim())).toEqual([expect.stringContaining('"description": "Central Asian state'), '"iso3": "KAZ"']);
    expect(minus(after, before).map((l) => l.trim())).toEqual([
      '"description": "Largest economy of Central Asia.",',
      '"iso3": "KAZ",',
      '"updated": {',
      '"by": "test-editor",',
      expect.stringMatching(/^"at": "\d{4}-/),
      '}',
    ]);
  });
});

describe('applyChanges', () => {
  it('applies a batch atomically: a new entity and a relation using it', async () => {
    const d = await ok(`mutation($q: String!) { applyChanges(changes: [
      { createEntity: { id: "mongolia", kind: "Country", label: "Mongolia" } },
      { createRelation: { type: "trades_with", from: "mongolia", to: "china", confidence: 0.7, evidence: [{ source: "${ARTICLE}", quote: $q }] } }
    ]) { version results { op id } } }`, { q: QUOTE });
    expect(d.applyChanges.results.map((r: any) => r.op)).toEqual(['createEntity', 'createRelation']);
    await expectValidOnDisk();
  });

  it('applies none when one change is refused, naming which', async () => {
    const before = (await fileText('entities/places.json'));
    const { body } = await edit(`mutation { applyChanges(changes: [
      { updateEntity: { id: "kazakhstan", patch: { description: "Changed." } } },
      { deleteRelation: { id: "no-such-relation" } }
    ]) { version } }`);
    expect(body.errors![0].extensions.issues[0]).toMatchObject({ code: 'NOT_FOUND', path: '$.changes[1].deleteRelation.id' });
    expect((await fileText('entities/places.json'))).toBe(before);
    expect(api.store.kg.entity('kazakhstan')!.description).not.toBe('Changed.');
  });

  it('refuses a change that sets no operation or two', async () => {
    const { body } = await edit('mutation { applyChanges(changes: [{ deleteRelation: { id: "a" }, deleteEntity: { id: "b" } }]) { version } }');
    expect(body.errors![0].extensions.issues[0]).toMatchObject({ path: '$.changes[0]', message: 'set exactly one operation (got 2: deleteEntity, deleteRelation)' });
  });
});

describe('auth', () => {
  const write = 'mutation { deleteRelation(id: "eu-counterbalances-china") { id } }';
  it('needs a bearer token (401 UNAUTHENTICATED), a valid one (401), and the editor role (403 FORBIDDEN)', async () => {
    const none = await api.gql(write);
    expect(none.status).toBe(401);
    expect(none.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: 'writes need an Authorization: Bearer <token> header' });
    const wrong = await api.gql(write, {}, { authorization: 'Bearer not-a-real-token-at-all' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors![0].message).toBe('the bearer token is not valid');
    const reader = await api.gql(write, {}, asReader);
    expect(reader.status).toBe(403);
    expect(reader.body.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(api.store.kg.relation('eu-counterbalances-china')).toBeDefined();
  });

  it('reads stay public', async () => {
    expect((await api.gql('{ stats { relationCount } }')).status).toBe(200);
  });

  it('a server without tokens is read-only and says so', async () => {
    const ro = await testApi();
    try {
      const res = await ro.gql(write, {}, asEditor);
      expect(res.status).toBe(403);
      expect(res.body.errors![0].message).toContain('read-only: no write tokens are configured');
    } finally {
      await ro.close();
    }
  });
});
