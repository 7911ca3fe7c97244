import type pg from 'pg';
import { withKeysSetAside } from './bulk-load.js';
import { copyInRows } from './copy-rows.js';
import type { FolderRows } from './read-folder.js';

export const CHANGES_CHANNEL = 'corridor_changes';

/**
 * Loads a validated folder into the database in one transaction with COPY: all of it or, on any error,
 * nothing. An empty database is required unless `replace` (which empties it first, in the same
 * transaction). The import is one entry of the change log, `{"reload": true}`, so running servers load
 * the new graph whole; the NOTIFY that wakes them is sent after the commit.
 */
export async function importRows(client: pg.ClientBase, rows: FolderRows, opts: { replace?: boolean; actor?: string } = {}): Promise<{ seq: number }> {
  await client.query('BEGIN');
  try {
    const existing = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM corridor_vocabulary');
    if (existing.rows[0]!.n > 0) {
      if (!opts.replace) throw new Error('the database already holds a Corridor graph; pass --replace to replace it (running servers then reload it)');
      await client.query('TRUNCATE corridor_evidence, corridor_reviews, corridor_relations, corridor_entities, corridor_sources, corridor_entity_kinds, corridor_relation_types, corridor_vocabulary');
    }
    const seq = (await client.query<{ seq: number }>(`SELECT nextval('corridor_change_seq') AS seq`)).rows[0]!.seq;
    await client.query('INSERT INTO corridor_vocabulary (document) VALUES ($1)', [rows.vocabulary]);
    const v = rows.dataset.vocabulary.vocabulary;
    await copyInRows(client, 'corridor_entity_kinds', ['id'], v.entityKinds.map((k) => [k.id]));
    await copyInRows(client, 'corridor_relation_types', ['id'], v.relationTypes.map((t) => [t.id]));
    await copyInRows(client, 'corridor_sources', ['id', 'meta', 'text', 'sha256', 'original_file', 'original', 'version'], rows.sources.map((s) => [s.id, s.meta, s.text, s.sha256, s.originalFile, s.original, seq]));
    await withKeysSetAside(client, async () => {
      await copyInRows(client, 'corridor_entities', ['id', 'kind', 'status', 'file', 'ord', 'record', 'version'], rows.entities.map((e) => [e.id, e.kind, e.status, e.file, e.ord, e.record, seq]));
      await copyInRows(
        client,
        'corridor_relations',
        ['id', 'type', 'from_id', 'to_id', 'status', 'confidence', 'file', 'ord', 'record', 'version'],
        rows.relations.map((r) => [r.id, r.type, r.from, r.to, r.status, r.confidence, r.file, r.ord, r.record, seq]),
      );
      await copyInRows(client, 'corridor_evidence', ['relation_id', 'position', 'source_id'], evidenceRows(rows.relations));
      await copyInRows(client, 'corridor_reviews', ['id', 'source_id', 'relation_id', 'ord', 'record', 'version'], rows.reviews.map((r) => [r.id, r.source, r.relation, r.ord, r.record, seq]));
    });
    await client.query('INSERT INTO corridor_changes (seq, actor, changes) VALUES ($1, $2, $3)', [seq, opts.actor ?? 'db:import', JSON.stringify({ reload: true })]);
    await client.query('COMMIT');
    await client.query(`NOTIFY ${CHANGES_CHANNEL}`);
    return { seq };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}

function* evidenceRows(relations: FolderRows['relations']): Generator<Array<string | number>> {
  for (const r of relations) for (let i = 0; i < r.sources.length; i++) yield [r.id, i, r.sources[i]!];
}
