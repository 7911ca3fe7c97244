import type pg from 'pg';
import type { DatasetFiles, FileText } from '../../model/dataset.js';
import { entitiesFileText, relationsFileText } from '../serialize.js';
import type { Entity, Relation } from '../../model/records.js';
import { sourceMetaFile, sourceTextFile, VOCABULARY_FILE } from '../layout.js';
import { copyOutRows } from './copy-rows.js';

/** Files assembled from the database are named like this in messages ("postgres:entities/places.json"). */
export const dbPath = (rel: string) => `postgres:${rel}`;

/** One consistent read of the whole database: the data folder it holds, and where the change log stood. */
export interface DbSnapshot {
  files: DatasetFiles;
  /** display path -> path relative to a data folder */
  relative: Map<string, string>;
  /** Review log entries, per source in log order, as stored. */
  reviews: Array<{ source: string; record: unknown }>;
  /** Originals (HTML, Markdown) by the file name the source's metadata gives. */
  originals: Map<string, string>;
  /** Where to follow from: every change with horizon below it is in the snapshot. */
  horizon: string;
  /** Changes at or above the horizon that the snapshot already holds (skipped when followed). */
  seen: Set<number>;
  /** Highest seq in the snapshot (null: no change yet). */
  lastSeq: number | null;
}

/**
 * Reads everything with COPY inside one REPEATABLE READ transaction, so the graph is one snapshot of
 * the database; `seen` lists the changes from `from` (default: the snapshot's xmin) on that it holds; records arrive parsed (`FileText.value`), and a file's text is only printed if
 * validation has an issue to locate in it.
 */
export async function readSnapshot(client: pg.ClientBase, from?: string): Promise<DbSnapshot> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const h = await client.query<{ horizon: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon');
    // Following resumes at `from` (a reload keeps its cursor), else at the snapshot's own horizon.
    const horizon = from ?? h.rows[0]!.horizon;
    const relative = new Map<string, string>();
    const fileText = (rel: string, text: string): FileText => {
      relative.set(dbPath(rel), rel);
      return { file: dbPath(rel), text };
    };
    const vocab = await client.query<{ document: string }>('SELECT document FROM corridor_vocabulary');
    if (vocab.rows.length === 0) throw new Error('the database holds no Corridor data yet: load a data folder with `npm run db:import -- graph-data`');
    const vocabulary = fileText(VOCABULARY_FILE, vocab.rows[0]!.document);

    const entityFiles = await recordFiles<Entity>(client, 'corridor_entities', relative, entitiesFileText, 'entities');
    const relationFiles = await recordFiles<Relation>(client, 'corridor_relations', relative, relationsFileText, 'relations');

    const sources: DatasetFiles['sources'] = [];
    const originals = new Map<string, string>();
    await copyOutRows(client, 'SELECT id, meta, text, original_file, original FROM corridor_sources ORDER BY id', ([id, meta, text, originalFile, original]) => {
      sources.push({ meta: fileText(sourceMetaFile(id!), meta!), text: fileText(sourceTextFile(id!), text!) });
      if (originalFile !== null && original !== null) originals.set(originalFile!, original!);
    });
    const reviews: DbSnapshot['reviews'] = [];
    await copyOutRows(client, 'SELECT source_id, record FROM corridor_reviews ORDER BY source_id, ord', ([source, record]) => reviews.push({ source: source!, record: JSON.parse(record!) }));

    const later = await client.query<{ seq: number }>('SELECT seq FROM corridor_changes WHERE horizon >= $1::xid8', [horizon]);
    const last = await client.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM corridor_changes');
    await client.query('COMMIT');
    return {
      files: { vocabulary, entityFiles, relationFiles, sources },
      relative,
      reviews,
      originals,
      horizon,
      seen: new Set(later.rows.map((r) => r.seq)),
      lastSeq: last.rows[0]!.seq,
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}

/** Entity or relation rows grouped into the files they belong in, in file order. */
async function recordFiles<T>(client: pg.ClientBase, table: string, relative: Map<string, string>, print: (records: T[]) => string, key: 'entities' | 'relations'): Promise<FileText[]> {
  const byFile = new Map<string, T[]>();
  let current: T[] | null = null;
  let currentFile = '';
  await copyOutRows(client, `SELECT file, record FROM ${table} ORDER BY file, ord`, ([file, record]) => {
    if (file !== currentFile || !current) {
      currentFile = file!;
      current = byFile.get(currentFile) ?? [];
      byFile.set(currentFile, current);
    }
    current.push(JSON.parse(record!) as T);
  });
  return [...byFile].map(([rel, records]) => {
    relative.set(dbPath(rel), rel);
    return {
      file: dbPath(rel),
      value: { [key]: records },
      get text() {
        return print(records);
      },
    };
  });
}
