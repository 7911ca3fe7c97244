import type pg from 'pg';
import { Entity as EntityRecord, Relation as RelationRecord, type Entity, type Relation, type Source } from '../../model/records.js';
import type { ValidationIssue } from '../../model/issues.js';
import type { RecordWrite } from '../record-plan.js';
import { canonicalRelation, type ReviewEntry } from '../review-log.js';
import { sourceMetaText } from '../serialize.js';
import type { ChangePayload } from './change-payload.js';
import { isRetryable } from './connect.js';
import { dbPath } from './load.js';
import { sameRecord } from './same-record.js';

/** New records are placed after every record already in their file: a change's seq times this, plus its index. */
const ORD_STRIDE = 1 << 20;

/** What one commit writes, planned and validated by the shared writer (plan-batch.ts). */
export interface DbCommit {
  entities: RecordWrite<Entity>[];
  relations: RecordWrite<Relation>[];
  sources: Source[];
  /** Originals of new sources, by source id. */
  originals: Map<string, string>;
  reviews: ReviewEntry[];
  vocabulary: { before: string; after: string; kinds: string[]; types: string[] } | null;
  jobs: ChangePayload['jobs'];
}

/** The records as this server had them when it validated the commit: what the rows must still hold. */
export interface CommitBase {
  entity(id: string): Entity | undefined;
  relation(id: string): Relation | undefined;
  review(id: string): ReviewEntry | undefined;
}

/** Another writer changed a record this commit read: nothing was written; the client may retry. */
export class WriteConflict extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(issue.message);
    this.name = 'WriteConflict';
  }
}

/** The database could not be reached or went away mid-commit: nothing was acknowledged; retry. */
export class DatabaseUnavailable extends Error {
  readonly retryable = true;
  constructor(cause: Error) {
    super(`the database is unavailable (${cause.message}); nothing was saved, try again`);
    this.name = 'DatabaseUnavailable';
  }
}

/**
 * The connection was lost while COMMIT was under way: the commit may or may not have happened. The
 * store finds out (commit-outcome.ts) before answering, rather than say "nothing was saved" wrongly.
 */
export class CommitOutcomeUnknown extends Error {
  constructor(
    readonly seq: number,
    readonly backendPid: number,
    override readonly cause: Error,
  ) {
    super(`the connection to the database was lost while change ${seq} was being committed (${cause.message})`);
    this.name = 'CommitOutcomeUnknown';
  }
}

/** The database went away during COMMIT and did not come back in time to say whether the change was saved. */
export class CommitUnknownError extends Error {
  readonly code = 'COMMIT_OUTCOME_UNKNOWN';
  constructor(
    readonly seq: number,
    cause: Error,
  ) {
    super(`the database went away while change ${seq} was being committed (${cause.message}) and has not said whether it was saved; before retrying, ask any server for it: a request with the header x-corridor-min-seq: ${seq} is answered once it is there`);
    this.name = 'CommitUnknownError';
  }
}

/** A lost or silent connection (not an SQL error): no ROLLBACK is sent on it, it is dropped. */
const connectionLost = (e: Error) => !(e as { code?: string }).code && isRetryable(e);

const conflict = (file: string, path: string, message: string) => new WriteConflict({ code: 'CONFLICT', file: dbPath(file), path, message });

/**
 * One commit as one PostgreSQL transaction, acknowledged (resolved) only after COMMIT returned with
 * synchronous_commit on. Every record it changes is locked (SELECT … FOR UPDATE, in id order so two
 * writers cannot deadlock on one table) and must still be what this server validated against;
 * otherwise the transaction is rolled back with WriteConflict naming the record. The change-log row
 * is the last statement, so its horizon (postgres/follow.ts) is taken after every lock was granted.
 */
export async function commitToDb(pool: pg.Pool, c: DbCommit, base: CommitBase, actor: string, at: string): Promise<{ seq: number }> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    throw new DatabaseUnavailable(e as Error);
  }
  let broken = false;
  let committing: number | null = null;
  try {
    await client.query('BEGIN; SET LOCAL synchronous_commit = on'); // one round trip (simple query protocol)
    await checkRecords(client, 'corridor_entities', c.entities, (id) => base.entity(id), 'entity', (v) => EntityRecord.parse(v));
    await checkRecords(client, 'corridor_relations', c.relations, (id) => base.relation(id), 'relation', (v) => RelationRecord.parse(v));
    await checkReviews(client, c.reviews, base);
    if (c.vocabulary) {
      const row = await client.query<{ document: string }>('SELECT document FROM corridor_vocabulary FOR UPDATE');
      if (row.rows[0]?.document !== c.vocabulary.before) throw conflict('vocabulary.json', '$', 'the vocabulary was changed by another writer since this server loaded it; try again');
    }
    const seq = (await client.query<{ seq: number }>(`SELECT nextval('corridor_change_seq') AS seq`)).rows[0]!.seq;
    if (c.vocabulary) {
      await client.query('UPDATE corridor_vocabulary SET document = $1', [c.vocabulary.after]);
      await client.query('INSERT INTO corridor_entity_kinds (id) SELECT unnest($1::text[])', [c.vocabulary.kinds]);
      await client.query('INSERT INTO corridor_relation_types (id) SELECT unnest($1::text[])', [c.vocabulary.types]);
    }
    await writeEntities(client, c.entities, base, seq);
    await writeRelations(client, c.relations, base, seq);
    await writeSources(client, c.sources, c.originals, seq);
    await writeReviews(client, c.reviews, base, seq);
    const payload: ChangePayload = c.vocabulary
      ? { reload: true, jobs: c.jobs }
      : { entities: c.entities, relations: c.relations, sources: c.sources, reviews: c.reviews, jobs: c.jobs };
    await client.query('INSERT INTO corridor_changes (seq, actor, at, changes) VALUES ($1, $2, $3, $4)', [seq, actor, at, JSON.stringify(payload)]);
    committing = seq;
    await client.query('COMMIT');
    return { seq };
  } catch (e) {
    if (connectionLost(e as Error)) {
      // A ROLLBACK on a dead or silent connection would only wait out another timeout.
      broken = true;
      if (committing !== null) throw new CommitOutcomeUnknown(committing, (client as pg.PoolClient & { processID: number }).processID, e as Error);
    } else {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
    }
    throw asWriteError(e as Error);
  } finally {
    client.release(broken);
  }
}

function asWriteError(e: Error): Error {
  if (e instanceof WriteConflict) return e;
  const pgErr = e as Error & { code?: string; detail?: string; table?: string; constraint?: string };
  const created = pgErr.code === '23505' ? /^Key \(id\)=\((.*)\) already exists/.exec(pgErr.detail ?? '') : null;
  const kind = { corridor_entities: 'entity', corridor_relations: 'relation', corridor_sources: 'source', corridor_reviews: 'review entry' }[pgErr.table ?? ''];
  if (created && kind) return conflict(pgErr.table!, '$', `${kind} "${created[1]}" was created by another writer meanwhile; nothing was saved, try again`);
  if (pgErr.code === '23505' || pgErr.code === '23503' || pgErr.code === '40P01' || pgErr.code === '40001') {
    const what = pgErr.detail ?? pgErr.message;
    return conflict(pgErr.table ?? '(database)', '$', `another writer changed the same records at the same time (${what}); nothing was saved, try again`);
  }
  if (isRetryable(e)) return new DatabaseUnavailable(e);
  return e;
}

/**
 * Locks the rows a commit changes and checks each still holds what this server validated against.
 * A row is read through the record schema first (defaults filled in, as the graph holds it), so a
 * record stored without an optional list compares equal to the same record in the graph.
 */
async function checkRecords<T>(client: pg.ClientBase, table: string, writes: RecordWrite<T>[], current: (id: string) => T | undefined, what: string, normalise: (v: unknown) => unknown): Promise<void> {
  // Only records this server holds need checking: a new one that another writer created meanwhile
  // fails its INSERT on the primary key, which is reported as the same CONFLICT.
  if (!writes.some(([id]) => current(id) !== undefined)) return;
  const ids = writes.map(([id]) => id);
  const rows = await client.query<{ id: string; record: string }>(`SELECT id, record::text AS record FROM ${table} WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, [ids]);
  const stored = new Map(rows.rows.map((r) => [r.id, r.record]));
  for (const [id, file] of writes) {
    const mine = current(id);
    const theirs = stored.get(id);
    if (mine === undefined && theirs !== undefined) throw conflict(file, '$', `${what} "${id}" was created by another writer meanwhile; nothing was saved, try again`);
    if (mine !== undefined && theirs === undefined) throw conflict(file, '$', `${what} "${id}" was deleted by another writer meanwhile; nothing was saved`);
    if (mine !== undefined && !sameRecord(mine, normalise(JSON.parse(theirs!)))) throw conflict(file, '$', `${what} "${id}" was changed by another writer meanwhile; nothing was saved, try again`);
  }
}

async function checkReviews(client: pg.ClientBase, reviews: ReviewEntry[], base: CommitBase): Promise<void> {
  const existing = reviews.filter((r) => base.review(r.id));
  if (existing.length === 0) return;
  const rows = await client.query<{ id: string; record: string }>('SELECT id, record::text AS record FROM corridor_reviews WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [existing.map((r) => r.id)]);
  const stored = new Map(rows.rows.map((r) => [r.id, JSON.parse(r.record) as unknown]));
  for (const r of existing) {
    const { source: _s, ...mine } = base.review(r.id)!;
    if (!sameRecord(mine, stored.get(r.id))) throw conflict(`reviews/${r.source}.json`, '$', `review entry "${r.id}" was changed by another writer meanwhile; try again`);
  }
}

async function writeEntities(client: pg.ClientBase, writes: RecordWrite<Entity>[], base: CommitBase, seq: number): Promise<void> {
  const gone = writes.filter(([, , e]) => !e).map(([id]) => id);
  const added = writes.filter(([id, , e]) => e && !base.entity(id)) as Array<[string, string, Entity]>;
  const changed = writes.filter(([id, , e]) => e && base.entity(id)) as Array<[string, string, Entity]>;
  if (added.length > 0) {
    await client.query(
      `INSERT INTO corridor_entities (id, kind, status, file, ord, record, version)
       SELECT id, kind, status, file, ord, record, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::json[]) AS u(id, kind, status, file, ord, record)`,
      [added.map(([id]) => id), added.map(([, , e]) => e.kind), added.map(([, , e]) => e.status ?? null), added.map(([, f]) => f), added.map((_, i) => seq * ORD_STRIDE + i), added.map(([, , e]) => JSON.stringify(e)), seq],
    );
  }
  if (changed.length > 0) {
    await client.query(
      `UPDATE corridor_entities AS t SET kind = u.kind, status = u.status, record = u.record, version = $5
       FROM unnest($1::text[], $2::text[], $3::text[], $4::json[]) AS u(id, kind, status, record) WHERE t.id = u.id`,
      [changed.map(([id]) => id), changed.map(([, , e]) => e.kind), changed.map(([, , e]) => e.status ?? null), changed.map(([, , e]) => JSON.stringify(e)), seq],
    );
  }
  if (gone.length > 0) await client.query('DELETE FROM corridor_entities WHERE id = ANY($1::text[])', [gone]);
}

async function writeRelations(client: pg.ClientBase, writes: RecordWrite<Relation>[], base: CommitBase, seq: number): Promise<void> {
  const gone = writes.filter(([, , r]) => !r).map(([id]) => id);
  const added = writes.filter(([id, , r]) => r && !base.relation(id)) as Array<[string, string, Relation]>;
  const changed = writes.filter(([id, , r]) => r && base.relation(id)) as Array<[string, string, Relation]>;
  const cols = (list: Array<[string, string, Relation]>) => [
    list.map(([id]) => id),
    list.map(([, , r]) => r.type),
    list.map(([, , r]) => r.from),
    list.map(([, , r]) => r.to),
    list.map(([, , r]) => r.status),
    list.map(([, , r]) => r.confidence ?? null),
    list.map(([, , r]) => JSON.stringify(r)),
  ];
  if (gone.length > 0 || changed.length > 0) await client.query('DELETE FROM corridor_evidence WHERE relation_id = ANY($1::text[])', [[...gone, ...changed.map(([id]) => id)]]);
  if (gone.length > 0) await client.query('DELETE FROM corridor_relations WHERE id = ANY($1::text[])', [gone]);
  if (added.length > 0) {
    await client.query(
      `INSERT INTO corridor_relations (id, type, from_id, to_id, status, confidence, record, file, ord, version)
       SELECT id, type, from_id, to_id, status, confidence, record, file, ord, $10
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::json[], $8::text[], $9::bigint[]) AS u(id, type, from_id, to_id, status, confidence, record, file, ord)`,
      [...cols(added), added.map(([, f]) => f), added.map((_, i) => seq * ORD_STRIDE + i), seq],
    );
  }
  if (changed.length > 0) {
    await client.query(
      `UPDATE corridor_relations AS t SET type = u.type, from_id = u.from_id, to_id = u.to_id, status = u.status, confidence = u.confidence, record = u.record, version = $8
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::json[]) AS u(id, type, from_id, to_id, status, confidence, record) WHERE t.id = u.id`,
      [...cols(changed), seq],
    );
  }
  const kept = [...added, ...changed];
  if (kept.length > 0) {
    const ev = kept.flatMap(([id, , r]) => r.evidence.map((e, i) => [id, i, e.source] as const));
    await client.query('INSERT INTO corridor_evidence (relation_id, position, source_id) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])', [ev.map((e) => e[0]), ev.map((e) => e[1]), ev.map((e) => e[2])]);
  }
}

async function writeSources(client: pg.ClientBase, sources: Source[], originals: Map<string, string>, seq: number): Promise<void> {
  for (const s of sources) {
    const original = s.original ? (originals.get(s.id) ?? null) : null;
    await client.query('INSERT INTO corridor_sources (id, meta, text, sha256, original_file, original, version) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      s.id,
      sourceMetaText(s),
      s.text,
      s.sha256,
      original === null ? null : s.original!.file,
      original,
      seq,
    ]);
  }
}

async function writeReviews(client: pg.ClientBase, reviews: ReviewEntry[], base: CommitBase, seq: number): Promise<void> {
  const row = (r: ReviewEntry) => {
    const { source: _s, ...record } = r;
    return JSON.stringify({ ...record, before: canonicalRelation(r.before), after: canonicalRelation(r.after) });
  };
  const added = reviews.filter((r) => !base.review(r.id));
  const changed = reviews.filter((r) => base.review(r.id));
  if (added.length > 0) {
    await client.query(
      `INSERT INTO corridor_reviews (id, source_id, relation_id, ord, record, version) SELECT id, source_id, relation_id, ord, record, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::json[]) AS u(id, source_id, relation_id, ord, record)`,
      [added.map((r) => r.id), added.map((r) => r.source), added.map((r) => r.relation), added.map((_, i) => seq * ORD_STRIDE + i), added.map(row), seq],
    );
  }
  for (const r of changed) await client.query('UPDATE corridor_reviews SET record = $2, version = $3 WHERE id = $1', [r.id, row(r), seq]);
}
