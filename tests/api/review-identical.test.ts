import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asEditor, testApi, type TestApi } from '../helpers/api.js';

/**
 * "Europe" is linked to the EU (a metonym, since the text names the EU) in three sentences where
 * the text means the continent; "the European Union" is the EU in the last one.
 */
const ARTICLE = `Central Asian exports find their way west

The European Union supports Kyrgyzstan. Kazakhstan exports oil to Europe. Uzbekistan exports cotton to Europe. Turkmenistan sells gas to Europe. Tajikistan exports aluminium to the European Union.
`;

let api: TestApi;
let source: string;
let candidates: Array<{ id: string; from: string; to: string }>;

const ok = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await api.gql(query, variables, asEditor);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
};
const version = async () => (await ok('{ dataStatus { version } }')).dataStatus.version as number;
const ends = async () => {
  const data = await ok(`{ ${candidates.map((c, i) => `r${i}: relation(id: "${c.id}") { id fromId toId status }`).join(' ')} }`);
  return Object.fromEntries(Object.values(data).map((r: any) => [r.id, `${r.fromId} → ${r.toId} (${r.status})`]));
};
const idOf = (from: string, to = 'european-union') => candidates.find((c) => c.from === from && c.to === to)!.id;

const IDENTICAL = `query($relation: ID!, $end: RelationEnd!) { identicalMentions(relation: $relation, end: $end) { entity { id } surfaces relations { id } } }`;
const REVIEW = `mutation($ids: [ID!]!, $decision: ReviewDecision!, $edit: RelationPatch, $applyToIdentical: [RelationEnd!]) {
  reviewRelations(ids: $ids, decision: $decision, edit: $edit, applyToIdentical: $applyToIdentical) { version entries { id relation decision note } relations { id toId status } } }`;

beforeAll(async () => {
  api = await testApi({ writable: true });
  await ok(`mutation { createEntity(input: { id: "europe", kind: "Region", label: "Europe", description: "The continent." }) { id } }`);
  const d = await ok(`mutation($text: String!) { ingestSource(input: { text: $text }) { source { id } candidates { id from to } } }`, { text: ARTICLE });
  source = d.ingestSource.source.id;
  candidates = d.ingestSource.candidates;
});
afterAll(() => api.close());

describe('identical mentions', () => {
  it('finds the other candidates where the same written form was linked to the same entity at the same end', async () => {
    expect(candidates.map((c) => `${c.from} → ${c.to}`).sort()).toEqual([
      'european-union → kyrgyzstan',
      'kazakhstan → european-union',
      'tajikistan → european-union',
      'turkmenistan → european-union',
      'uzbekistan → european-union',
    ]);
    const found = (await ok(IDENTICAL, { relation: idOf('kazakhstan'), end: 'TO' })).identicalMentions;
    expect(found.entity.id).toBe('european-union');
    expect(found.surfaces).toEqual(['Europe']);
    // Not "the European Union" (another form), not the EU as subject (another end), not itself.
    expect(found.relations.map((r: any) => r.id).sort()).toEqual([idOf('turkmenistan'), idOf('uzbekistan')].sort());
    // The EU's own name: none of the others writes it as "European Union" at the same end.
    const subject = (await ok(IDENTICAL, { relation: idOf('european-union', 'kyrgyzstan'), end: 'FROM' })).identicalMentions;
    expect(subject).toEqual({ entity: { id: 'european-union' }, surfaces: ['European Union'], relations: [] });
    const unknown = await api.gql(IDENTICAL, { relation: 'no-such-relation', end: 'TO' });
    expect(unknown.body.errors?.[0]?.message).toMatch(/relation: no relation with id "no-such-relation"/);
  });

  it('re-points only the candidate edited unless asked', async () => {
    const before = await ends();
    const r = (await ok(REVIEW, { ids: [idOf('kazakhstan')], decision: 'EDIT', edit: { to: 'europe' } })).reviewRelations;
    expect(r.entries.map((e: any) => e.relation)).toEqual([idOf('kazakhstan')]);
    const after = await ends();
    expect(after[idOf('kazakhstan')]).toBe('kazakhstan → europe (extracted)');
    expect({ ...after, [idOf('kazakhstan')]: before[idOf('kazakhstan')] }).toEqual(before);
    await ok(`mutation($entry: ID!) { undoReview(entry: $entry) { version } }`, { entry: r.entries[0].id });
    expect(await ends()).toEqual(before);
  });

  it('re-points the identical mentions too when asked: one commit, one log entry each, undoable one by one or all at once', async () => {
    const before = await ends();
    const v = await version();
    const r = (await ok(REVIEW, { ids: [idOf('kazakhstan')], decision: 'ACCEPT', edit: { to: 'europe' }, applyToIdentical: ['TO'] })).reviewRelations;
    expect(r.version).toBe(v + 1);
    expect(r.entries.map((e: any) => [e.relation, e.decision])).toEqual([
      [idOf('kazakhstan'), 'ACCEPT'],
      ...[idOf('turkmenistan'), idOf('uzbekistan')].sort().map((id) => [id, 'EDIT']),
    ]);
    expect(r.entries[1].note).toBe(`re-pointed with ${idOf('kazakhstan')}: the same mention “Europe”`);
    expect(await ends()).toEqual({
      ...before,
      [idOf('kazakhstan')]: 'kazakhstan → europe (reviewed)',
      [idOf('uzbekistan')]: 'uzbekistan → europe (extracted)',
      [idOf('turkmenistan')]: 'turkmenistan → europe (extracted)',
    });
    const log = (await ok(`query($source: ID) { reviewLog(source: $source, first: 50) { edges { node { id relation } } } }`, { source })).reviewLog.edges.map((e: any) => e.node.id);
    expect(log).toEqual(expect.arrayContaining(r.entries.map((e: any) => e.id)));

    // One entry undone: only its relation goes back.
    const [accepted, first, second] = r.entries;
    await ok(`mutation($entry: ID!) { undoReview(entry: $entry) { version } }`, { entry: first.id });
    expect((await ends())[first.relation]).toBe(before[first.relation]);
    expect((await ends())[second.relation]).toMatch(/→ europe \(extracted\)$/);
    // The rest at once, in one commit.
    const v2 = await version();
    const undone = (await ok(`mutation($entries: [ID!]!) { undoReviews(entries: $entries) { version entries { decision } } }`, { entries: [second.id, accepted.id] })).undoReviews;
    expect(undone.version).toBe(v2 + 1);
    expect(undone.entries.map((e: any) => e.decision)).toEqual(['UNDO', 'UNDO']);
    expect(await ends()).toEqual(before);
  });

  it('refuses an end the edit does not re-point, naming it, and writes nothing', async () => {
    const v = await version();
    const { body } = await api.gql(REVIEW, { ids: [idOf('kazakhstan')], decision: 'EDIT', edit: { hedge: 'planned' }, applyToIdentical: ['TO'] }, asEditor);
    expect(body.errors?.[0]?.message).toMatch(/^applyToIdentical\[0\]: the edit does not re-point "to"/);
    expect(await version()).toBe(v);
  });

  it('leaves out a candidate the re-point would turn into a self-loop', async () => {
    // Re-pointing Kazakhstan's "Europe" to Turkmenistan would make "Turkmenistan sells gas to Turkmenistan".
    const r = (await ok(REVIEW, { ids: [idOf('kazakhstan')], decision: 'EDIT', edit: { to: 'turkmenistan' }, applyToIdentical: ['TO'] })).reviewRelations;
    expect(r.relations.map((x: any) => [x.id, x.toId]).sort()).toEqual([[idOf('kazakhstan'), 'turkmenistan'], [idOf('uzbekistan'), 'turkmenistan']].sort());
    await ok(`mutation($entries: [ID!]!) { undoReviews(entries: $entries) { version } }`, { entries: r.entries.map((e: any) => e.id).reverse() });
  });

  it('takes either end of a symmetric type, whose ends are in id order, and re-points the end that holds the entity', async () => {
    const text = 'Trade with Europe\n\nThe European Union supports Kyrgyzstan. Mongolia trades with Europe. Afghanistan trades with Europe. Armenia trades with the European Union.\n';
    const made = (await ok(`mutation($text: String!) { ingestSource(input: { text: $text }) { candidates { id type from to } } }`, { text })).ingestSource.candidates;
    const trade = (other: string) => made.find((c: any) => c.type === 'trades_with' && (c.from === other || c.to === other)).id as string;
    const relation = async (id: string) => (await ok(`{ relation(id: "${id}") { fromId toId } }`)).relation;
    expect(await relation(trade('mongolia'))).toEqual({ fromId: 'european-union', toId: 'mongolia' });
    expect(await relation(trade('afghanistan'))).toEqual({ fromId: 'afghanistan', toId: 'european-union' });
    const found = (await ok(IDENTICAL, { relation: trade('mongolia'), end: 'FROM' })).identicalMentions;
    expect(found.relations.map((r: any) => r.id)).toEqual([trade('afghanistan')]);

    await ok(REVIEW, { ids: [trade('mongolia')], decision: 'EDIT', edit: { from: 'europe' }, applyToIdentical: ['FROM'] });
    expect(await relation(trade('mongolia'))).toEqual({ fromId: 'europe', toId: 'mongolia' });
    expect(await relation(trade('afghanistan'))).toEqual({ fromId: 'afghanistan', toId: 'europe' });
    expect(await relation(trade('armenia'))).toEqual({ fromId: 'armenia', toId: 'european-union' });
  });
});
