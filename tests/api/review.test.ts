import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../server/store/files/store.js';
import { realServer } from '../helpers/server.js';

const TOKEN = 'review-token-0123456789abcdef';
const ARTICLE = `Brussels and Tashkent agree on raw materials

The European Union signed a memorandum of understanding with Uzbekistan on critical raw materials in April 2024. Uzbekistan borders Afghanistan. Kazakhstan is a member of the Shanghai Cooperation Organisation. Kyrgyzstan is a member of the Eurasian Economic Union.
`;

let server: Awaited<ReturnType<typeof realServer>>;
let source: string;
let candidates: Array<{ id: string; type: string; from: string; to: string; confidence: number; extractor: { rule: string } }>;
let proposed: Array<{ id: string; label: string; kind: string; aliases: string[] }>;

const gql = async (query: string, variables?: object, token: string | null = TOKEN) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
};
const ok = async (query: string, variables?: object) => {
  const r = await gql(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
};
const version = async () => (await ok('{ dataStatus { version } }')).dataStatus.version as number;
const reviewsFile = async () => JSON.parse(readFileSync(path.join(await server.saved(), 'reviews', `${source}.json`), 'utf8'));

beforeAll(async () => {
  server = await realServer([], { CORRIDOR_TOKENS: `reviewer:editor:${TOKEN}` });
  const d = await ok(`mutation($text: String!) { ingestSource(input: { text: $text }) {
    source { id } candidates { id type from to confidence extractor { rule } } proposedEntities { id label kind aliases } } }`, { text: ARTICLE });
  source = d.ingestSource.source.id;
  candidates = d.ingestSource.candidates;
  proposed = d.ingestSource.proposedEntities;
});
afterAll(() => server.close());

const QUEUE = `query($source: ID!, $filter: ReviewQueueFilter, $first: Int, $after: String) { reviewQueue(source: $source, filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id type confidence status evidence { extractor { rule } } } } } }`;
const queue = async (variables: object = {}) => (await ok(QUEUE, { source, ...variables })).reviewQueue;
const REVIEW = `mutation($ids: [ID!]!, $decision: ReviewDecision!, $edit: RelationPatch, $note: String) {
  reviewRelations(ids: $ids, decision: $decision, edit: $edit, note: $note) {
    version entries { id by at relation decision before after undoneBy note } relations { id status confidence hedge review { by note } } } }`;
const LOG = `query($source: ID, $first: Int, $after: String) { reviewLog(source: $source, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id relation decision undoneBy note before after } } } }`;

describe('reviewQueue', () => {
  it('lists the extracted candidates of the source, highest confidence first, ties by id, a page at a time', async () => {
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    const all = await queue({ first: 50 });
    const ids = all.edges.map((e: any) => e.node.id);
    expect(new Set(ids)).toEqual(new Set(candidates.map((c) => c.id)));
    const expected = [...candidates].sort((a, b) => b.confidence - a.confidence || (a.id < b.id ? -1 : 1)).map((c) => c.id);
    expect(ids).toEqual(expected);
    expect(all.edges.every((e: any) => e.node.status === 'extracted')).toBe(true);

    const first = await queue({ first: 2 });
    expect(first.totalCount).toBe(ids.length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await queue({ first: 50, after: first.pageInfo.endCursor });
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual(ids);
  });

  it('filters by rule, type and least confidence', async () => {
    const rule = candidates[0]!.extractor.rule;
    const byRule = await queue({ filter: { rules: [rule] } });
    expect(byRule.edges.map((e: any) => e.node.id).sort()).toEqual(candidates.filter((c) => c.extractor.rule === rule).map((c) => c.id).sort());
    const type = candidates.at(-1)!.type;
    const byType = await queue({ filter: { types: [type] } });
    expect(byType.edges.map((e: any) => e.node.id).sort()).toEqual(candidates.filter((c) => c.type === type).map((c) => c.id).sort());
    const top = Math.max(...candidates.map((c) => c.confidence));
    const confident = await queue({ filter: { minConfidence: top } });
    expect(confident.edges.map((e: any) => e.node.id).sort()).toEqual(candidates.filter((c) => c.confidence >= top).map((c) => c.id).sort());
    const unknown = await gql(QUEUE, { source, filter: { types: ['member'] } });
    expect(unknown.errors![0].message).toContain('unknown relation type "member"');
  });
});

describe('reviewRelations and undoReview', () => {
  it('accepts, rejects and edits in one commit each, logs before and after, and undoes a decision', async () => {
    const [a, b, c] = candidates.map((x) => x.id);
    const v0 = await version();
    const accepted = (await ok(REVIEW, { ids: [a], decision: 'ACCEPT', note: 'checked against the text' })).reviewRelations;
    expect(accepted.version).toBe(v0 + 1);
    expect(accepted.relations[0]).toMatchObject({ id: a, status: 'reviewed', review: { by: 'reviewer', note: 'checked against the text' } });
    expect(accepted.entries[0]).toMatchObject({ relation: a, decision: 'ACCEPT', by: 'reviewer', note: 'checked against the text', undoneBy: null });
    expect(JSON.parse(accepted.entries[0].before).status).toBe('extracted');
    expect(JSON.parse(accepted.entries[0].after).status).toBe('reviewed');

    const rejected = (await ok(REVIEW, { ids: [b], decision: 'REJECT' })).reviewRelations;
    expect(rejected.relations[0].status).toBe('rejected');
    const edited = (await ok(REVIEW, { ids: [c], decision: 'EDIT', edit: { confidence: 0.5, hedge: 'planned' } })).reviewRelations;
    expect(edited.relations[0]).toMatchObject({ status: 'extracted', confidence: 0.5, hedge: 'planned' });
    expect(edited.version).toBe(v0 + 3);

    const left = (await queue()).edges.map((e: any) => e.node.id);
    expect(left).toContain(c);
    expect(left).not.toContain(a);
    expect(left).not.toContain(b);
    expect((await ok(`{ source(id: "${source}") { pendingCount } }`)).source.pendingCount).toBe(candidates.length - 2);

    // The log is data in the data folder, oldest first; the API lists it newest first.
    const file = (await reviewsFile());
    expect(file.reviews.map((e: any) => [e.relation, e.decision])).toEqual([[a, 'ACCEPT'], [b, 'REJECT'], [c, 'EDIT']]);
    const log = (await ok(LOG, { source })).reviewLog;
    expect(log.totalCount).toBe(3);
    expect(log.edges.map((e: any) => e.node.decision)).toEqual(['EDIT', 'REJECT', 'ACCEPT']);

    const undone = (await ok('mutation($entry: ID!) { undoReview(entry: $entry) { entries { id decision relation before after } relations { id status review { by } } } }', { entry: rejected.entries[0].id }))
      .undoReview;
    expect(undone.relations[0]).toEqual({ id: b, status: 'extracted', review: null });
    expect(undone.entries[0]).toMatchObject({ decision: 'UNDO', relation: b });
    expect(JSON.parse(undone.entries[0].before).status).toBe('rejected');
    const after = (await ok(LOG, { source, first: 1 })).reviewLog.edges[0].node;
    expect(after).toMatchObject({ decision: 'UNDO', relation: b });
    expect((await reviewsFile()).reviews.find((e: any) => e.id === rejected.entries[0].id).undoneBy).toBe(undone.entries[0].id);

    const again = await gql('mutation($entry: ID!) { undoReview(entry: $entry) { version } }', { entry: rejected.entries[0].id });
    expect(again.errors![0].extensions.issues[0]).toMatchObject({ code: 'CONFLICT', path: '$.entry' });
    expect(again.errors![0].message).toContain('already undone');
  });

  it('refuses to undo a decision on a relation changed since, and one deleted since', async () => {
    const id = candidates[0]!.id;
    const decided = (await ok(REVIEW, { ids: [id], decision: 'EDIT', edit: { note: 'first look' } })).reviewRelations.entries[0].id;
    await ok(REVIEW, { ids: [id], decision: 'EDIT', edit: { note: 'second look' } });
    const changed = await gql('mutation($entry: ID!) { undoReview(entry: $entry) { version } }', { entry: decided });
    expect(changed.errors![0].extensions.issues[0].code).toBe('CONFLICT');
    expect(changed.errors![0].message).toMatch(/changed after review entry .*; undo ".*" first/);
    const last = (await ok(LOG, { source, first: 1 })).reviewLog.edges[0].node.id;
    await ok(`mutation { deleteRelation(id: "${id}") { id } }`);
    const gone = await gql('mutation($entry: ID!) { undoReview(entry: $entry) { version } }', { entry: last });
    expect(gone.errors![0].extensions.issues[0].code).toBe('NOT_FOUND');
    expect(gone.errors![0].message).toContain(`relation "${id}" was deleted after this decision`);
  });

  it('refuses a review without a token, and an unknown relation with nothing written', async () => {
    const anonymous = await gql(REVIEW, { ids: [candidates[1]!.id], decision: 'ACCEPT' }, null);
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const before = readFileSync(path.join(await server.saved(), 'reviews', `${source}.json`), 'utf8');
    const unknown = await gql(REVIEW, { ids: [candidates[1]!.id, 'no-such-relation'], decision: 'ACCEPT' });
    expect(unknown.errors![0].extensions.issues[0]).toMatchObject({ code: 'NOT_FOUND', path: '$.ids[1]' });
    const badEdit = await gql(REVIEW, { ids: [candidates[1]!.id], decision: 'EDIT', edit: { confidence: 1.5 } });
    expect(badEdit.errors![0].extensions.issues[0]).toMatchObject({ code: 'SCHEMA', path: '$.edit.confidence' });
    const noEdit = await gql(REVIEW, { ids: [candidates[1]!.id], decision: 'EDIT' });
    expect(noEdit.errors![0].extensions.issues[0]).toMatchObject({ code: 'SCHEMA', path: '$.ids[0].edit' });
    expect(readFileSync(path.join(await server.saved(), 'reviews', `${source}.json`), 'utf8')).toBe(before);
    expect((await ok(`{ relation(id: "${candidates[1]!.id}") { status } }`)).relation.status).toBe('extracted');
  });

  it('keeps the log across a restart: the files are read back into the same log', async () => {
    const store = await Store.open({ dataDir: await server.saved(), watch: false, fsync: false, log: () => {} });
    try {
      const served = (await ok(LOG, { source, first: 100 })).reviewLog;
      expect(store.reviews.ofSource(source).length).toBe(served.totalCount);
      expect(store.reviews.newestFirst().map((e) => e.id)).toEqual(served.edges.map((e: any) => e.node.id));
    } finally {
      await store.close();
    }
  });
});

describe('mergeEntities', () => {
  it('refuses a merge that would turn a relation between the two into a self-loop, naming it', async () => {
    const p = proposed.find((e) => candidates.some((c) => c.to === e.id || c.from === e.id))!;
    const rel = candidates.find((c) => c.to === p.id || c.from === p.id)!;
    const other = rel.from === p.id ? rel.to : rel.from;
    const { errors } = await gql(`mutation { mergeEntities(keep: "${other}", merge: "${p.id}") { id } }`);
    expect(errors![0].extensions.issues[0]).toMatchObject({ code: 'IN_USE', path: '$.merge' });
    expect(errors![0].message).toContain(`"${rel.id}"`);
  });

  it('moves relations and names to the kept entity in one commit, fills its empty fields, and deletes the merged one', async () => {
    const p = proposed.find((e) => candidates.some((c) => c.to === e.id || c.from === e.id))!;
    const moved = candidates.filter((c) => c.to === p.id || c.from === p.id).map((c) => c.id);
    await ok(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }`, { input: { id: 'merge-target', kind: p.kind, label: 'Merge target', aliases: ['Target'] } });
    const v0 = await version();
    const merged = (await ok(`mutation { mergeEntities(keep: "merge-target", merge: "${p.id}") { id label aliases status relations { edges { node { id } } } } }`)).mergeEntities;
    expect(await version()).toBe(v0 + 1);
    expect(merged).toMatchObject({ id: 'merge-target', label: 'Merge target', status: 'reviewed' });
    expect(merged.aliases).toEqual(['Target', p.label, ...p.aliases.filter((a) => a !== p.label)]);
    expect(merged.relations.edges.map((e: any) => e.node.id).sort()).toEqual([...moved].sort());
    for (const id of moved) {
      const r = (await ok(`{ relation(id: "${id}") { from { id } to { id } } }`)).relation;
      expect([r.from.id, r.to.id]).toContain('merge-target');
    }
    const gone = await ok(`{ entities(first: 100) { edges { node { id } } } }`);
    expect(gone.entities.edges.map((e: any) => e.node.id)).not.toContain(p.id);
    expect((await ok(`{ entity(id: ${JSON.stringify(p.label)}) { id } }`)).entity.id).toBe('merge-target');
    const entityFiles = readFileSync(path.join(await server.saved(), 'entities', `${p.kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.json`), 'utf8');
    expect(entityFiles).not.toContain(`"id": "${p.id}"`);
  });

  it('accepts and renames a proposed entity with updateEntity', async () => {
    const used = proposed.filter((e) => candidates.some((c) => c.to === e.id || c.from === e.id));
    expect(used.length).toBeGreaterThanOrEqual(2);
    const p = used[1]!; // the first was merged away above
    expect((await ok(`{ entity(id: "${p.id}") { status } }`)).entity.status).toBe('proposed');
    const d = (await ok(`mutation { updateEntity(id: "${p.id}", patch: { status: null, label: "${p.label} (accepted)" }) { status label } }`)).updateEntity;
    expect(d).toEqual({ status: 'reviewed', label: `${p.label} (accepted)` });
  });
});
