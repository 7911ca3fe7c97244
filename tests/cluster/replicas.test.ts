import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/start.js';
import { readChangeWindow } from '../../server/store/postgres/change-window.js';
import { connectClient, createPool } from '../../server/store/postgres/connect.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { parseMapping } from '../../server/interchange/import/mapping.js';
import { importGraph } from '../../server/interchange/import/run.js';
import { sample } from '../interchange/import-helpers.js';
import { openChangeStream } from './change-stream.js';
import { createEntity, gql, importFolder, replica, until } from './cluster-helpers.js';

/**
 * Three query servers over one PostgreSQL (issue 11 §2–4): writes from any of them, seen by all,
 * races decided by the database, and a change-log cursor that skips nothing.
 */
let pg: PgCluster;
let a: RunningServer;
let b: RunningServer;
let c: RunningServer;

beforeAll(async () => {
  pg = await startPgCluster();
  await importFolder(pg.url);
  [a, b, c] = (await Promise.all([0, 1, 2].map(() => replica(pg.url, ['--min-seq-wait-ms', '1000'])))) as [RunningServer, RunningServer, RunningServer];
}, 60_000);

afterAll(async () => {
  await Promise.all([a, b, c].map((s) => s?.close()));
  await pg?.destroy();
});

const entityOn = async (s: RunningServer, id: string) => (await gql(s, `{ entity(id: ${JSON.stringify(id)}) { id label description } }`)).body.data?.entity;
const checksum = async (s: RunningServer) => (await gql(s, '{ dataStatus { checksum appliedSeq } }')).body.data.dataStatus;

describe('a cluster of three replicas', () => {
  it('serves a write made on one from the others, at once when asked with its seq (read-your-writes)', async () => {
    const w = await gql(a, createEntity('Water diplomacy'));
    expect(w.body.errors).toBeUndefined();
    const seq = w.body.data.applyChanges.seq as number;
    expect(seq).toBeGreaterThan(1); // 1 is the import
    for (const s of [b, c]) {
      const r = await gql(s, '{ entity(id: "water-diplomacy") { label } dataStatus { backend appliedSeq } }', {}, { 'x-corridor-min-seq': String(seq) });
      expect(r.body.data.entity).toEqual({ label: 'Water diplomacy' });
      expect(r.body.data.dataStatus.backend).toBe('postgres');
      expect(r.body.data.dataStatus.appliedSeq).toBeGreaterThanOrEqual(seq);
    }
  });

  it('takes the seq as a URL parameter too, for clients that cannot set headers', async () => {
    const seq = (await gql(a, createEntity('Snow leopard survey'))).body.data.applyChanges.seq as number;
    const res = await fetch(`${c.url}/graphql?minSeq=${seq}&query=${encodeURIComponent('{ entity(id: "snow-leopard-survey") { label } }')}`);
    expect(((await res.json()) as any).data.entity).toEqual({ label: 'Snow leopard survey' });
    const bad = await fetch(`${c.url}/graphql?minSeq=soon&query=${encodeURIComponent('{ stats { entityCount } }')}`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('minSeq must be a change seq');
  });

  it('answers 503 NOT_CAUGHT_UP when asked for a change it has not applied within the wait', async () => {
    const r = await gql(b, '{ dataStatus { appliedSeq } }', {}, { 'x-corridor-min-seq': '999999' }); // waits --min-seq-wait-ms (1 s here)
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('1');
    expect(r.body.errors[0].extensions.code).toBe('NOT_CAUGHT_UP');
  });

  it('announces a write made through one replica on the changes subscription of another, with the same seq', async () => {
    const stream = await openChangeStream(b, { fields: 'kind by changes { op }' });
    try {
      await new Promise((r) => setTimeout(r, 200));
      const w = await gql(c, createEntity('Glacier monitoring'));
      const event = await until(async () => stream.events.find((e) => e.ids.includes('glacier-monitoring')), 10_000, 'the event on B');
      expect(event.raw).toEqual({ kind: 'COMMIT', by: 'curator', seq: w.body.data.applyChanges.seq, changes: [{ op: 'createEntity', id: 'glacier-monitoring' }] });
    } finally {
      stream.close();
    }
  });

  it('lets one of two replicas racing on one record win and refuses the other with CONFLICT naming it', async () => {
    // Hold the row so both writers plan against the same record and queue on its lock; then let go.
    const holder = await connectClient({ url: pg.url });
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM corridor_entities WHERE id = 'kazakhstan' FOR UPDATE`);
    const patch = (text: string) => `mutation { updateEntity(id: "kazakhstan", patch: { description: ${JSON.stringify(text)} }) { id description } }`;
    const fromA = gql(a, patch('Written through replica A.'));
    const fromB = gql(b, patch('Written through replica B.'));
    await until(async () => (await holder.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rows[0].n >= 2, 10_000, 'both writers waiting');
    await holder.query('COMMIT');
    await holder.end();
    const results = await Promise.all([fromA, fromB]);
    const won = results.filter((r) => !r.body.errors);
    const lost = results.filter((r) => r.body.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(lost[0]!.body.errors[0].message).toContain('entity "kazakhstan" was changed by another writer');
    const winner = won[0]!.body.data.updateEntity.description;
    for (const s of [a, b, c]) await until(async () => (await entityOn(s, 'kazakhstan'))?.description === winner, 10_000, 'the winner everywhere');
  });

  it('lets one of two replicas creating the same entity win and refuses the other with CONFLICT naming it', async () => {
    // A transaction of our own inserts the id and waits: both writers queue on the primary key; then it rolls back.
    const holder = await connectClient({ url: pg.url });
    await holder.query('BEGIN');
    await holder.query(`INSERT INTO corridor_entities (id, kind, file, ord, record, version) VALUES ('sister-cities', 'Topic', 'entities/topic.json', 0, '{}', 0)`);
    const fromA = gql(a, createEntity('Sister cities'));
    const fromB = gql(b, createEntity('Sister cities'));
    await until(async () => (await holder.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rows[0].n >= 2, 10_000, 'both writers waiting');
    await holder.query('ROLLBACK');
    await holder.end();
    const results = await Promise.all([fromA, fromB]);
    const lost = results.filter((r) => r.body.errors);
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(lost[0]!.body.errors[0].message).toContain('entity "sister-cities" was created by another writer meanwhile');
    for (const s of [a, b, c]) await until(async () => (await entityOn(s, 'sister-cities'))?.label === 'Sister cities', 10_000, 'the winner everywhere');
  });

  it('does not skip a change whose transaction drew its seq first and committed last', async () => {
    // A writer by hand, doing what write.ts does, held open for 2 s while replica A commits five writes.
    const held = await connectClient({ url: pg.url });
    await held.query('BEGIN');
    const seq = (await held.query(`SELECT nextval('corridor_change_seq')::int AS seq`)).rows[0].seq as number;
    const record = { id: 'held-topic', kind: 'Topic', label: 'Held topic', aliases: [], created: { by: 'held', at: new Date().toISOString() } };
    await held.query(`INSERT INTO corridor_entities (id, kind, file, ord, record, version) VALUES ('held-topic', 'Topic', 'entities/topic.json', $1, $2, $1)`, [seq * 1048576, JSON.stringify(record)]);
    const later: number[] = [];
    for (let i = 0; i < 5; i++) later.push((await gql(a, createEntity(`Later topic ${i}`))).body.data.applyChanges.seq);
    expect(Math.min(...later)).toBeGreaterThan(seq); // drawn after, committed before
    // A plain `seq > last` cursor would now read the five and move past the held seq for good. Here B
    // holds them back while an older transaction is open, and says it is behind.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await entityOn(b, 'later-topic-4')).toBeNull();
    expect((await gql(b, '{ dataStatus { lagMs } }')).body.data.dataStatus.lagMs).toBeGreaterThanOrEqual(1_500);
    const payload = { entities: [['held-topic', 'entities/topic.json', record]], jobs: [{ by: 'held', results: [{ op: 'createEntity', id: 'held-topic', entityIds: ['held-topic'], relationIds: [], sourceIds: [], deletedRelationIds: [] }] }] };
    await held.query(`INSERT INTO corridor_changes (seq, actor, changes) VALUES ($1, 'held', $2)`, [seq, JSON.stringify(payload)]);
    await held.query('COMMIT');
    await held.query('NOTIFY corridor_changes');
    await held.end();
    for (const s of [a, b, c]) {
      await until(async () => (await entityOn(s, 'held-topic'))?.label === 'Held topic', 10_000, 'the held change everywhere');
      for (let i = 0; i < 5; i++) expect(await entityOn(s, `later-topic-${i}`)).not.toBeNull();
    }
  });

  it('leaves every replica with the same records as a server that loads the database afresh', async () => {
    const fresh = await replica(pg.url);
    try {
      const expected = await checksum(fresh);
      for (const s of [a, b, c]) await until(async () => (await checksum(s)).checksum === expected.checksum, 10_000, 'equal checksums');
    } finally {
      await fresh.close();
    }
  });
});

describe('a server far behind', () => {
  it('is told to load a fresh snapshot rather than replay more than the window limit', async () => {
    const pool = createPool({ url: pg.url });
    try {
      const { cursor } = (await readChangeWindow(pool, '0')) as { cursor: string };
      for (let i = 0; i < 4; i++) await gql(a, createEntity(`Backlog topic ${i}`));
      await until(async () => {
        const w = await readChangeWindow(pool, cursor, 3);
        return 'tooMany' in w;
      }, 10_000, 'four changes past the cursor');
      const w = await readChangeWindow(pool, cursor, 10);
      expect('rows' in w && w.rows.map((r) => r.payload.jobs![0]!.results[0]!.id)).toEqual([0, 1, 2, 3].map((i) => `backlog-topic-${i}`));
    } finally {
      await pool.end();
    }
  });
});

describe('a vocabulary change through one replica', () => {
  it('reaches the others: they load the graph again, with the new kinds and the imported relations', async () => {
    const files = ['movies.csv', 'actors.csv', 'roles.csv'].map((f) => sample(`csv/neo4j-admin/${f}`));
    const done = await importGraph(a.store, files, { actor: 'curator', mapping: parseMapping({}), addToVocabulary: true, status: 'reviewed' });
    expect(done.losses).toEqual([]);
    for (const s of [b, c]) {
      await until(async () => (await gql(s, '{ relation(id: "keanu-acted-in-tt0133093") { id } }')).body.data.relation, 10_000, 'the import elsewhere');
      const kinds = (await gql(s, '{ vocabulary { entityKinds { id } } }')).body.data.vocabulary.entityKinds.map((k: { id: string }) => k.id);
      expect(kinds).toEqual(expect.arrayContaining(['Movie', 'Actor']));
    }
    const sums = await Promise.all([a, b, c].map(checksum));
    expect(new Set(sums.map((x) => x.checksum)).size).toBe(1);
  });
});

describe('resuming the changes subscription', () => {
  it('continues on another replica after the last event seen on one, missing nothing', async () => {
    const first = await openChangeStream(b, { fields: 'id' });
    await new Promise((r) => setTimeout(r, 200));
    await gql(a, createEntity('Resume topic 0'));
    const seen = await until(async () => first.events.find((e) => e.ids.includes('resume-topic-0')), 10_000, 'the first event');
    first.close();
    // The subscriber is gone while three more writes land, through two replicas.
    const seqs: number[] = [];
    for (const [i, s] of [a, b, a].entries()) seqs.push((await gql(s, createEntity(`Resume topic ${i + 1}`))).body.data.applyChanges.seq);
    const resumed = await openChangeStream(c, { after: seen.raw.id });
    try {
      seqs.push((await gql(b, createEntity('Resume topic 4'))).body.data.applyChanges.seq);
      await until(async () => resumed.events.length >= 4, 10_000, 'four events after resuming');
      expect(resumed.events.map((e) => e.seq)).toEqual(seqs);
      expect(resumed.events.map((e) => e.ids[0])).toEqual([1, 2, 3, 4].map((i) => `resume-topic-${i}`));
    } finally {
      resumed.close();
    }
  });

  it('refuses an id it cannot resume from, naming the argument', async () => {
    const res = await fetch(`${b.url}/graphql?query=${encodeURIComponent('subscription { changes(after: "not-an-id") { id } }')}`, { headers: { accept: 'text/event-stream' } });
    const text = await res.text();
    expect(text).toContain('"code":"EVENT_UNKNOWN"');
    expect(text).toContain('"argument":"after"');
  });
});
