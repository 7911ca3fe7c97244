import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { Entity, Relation } from '../../model/records.js';
import type { FileWrite } from './commit.js';
import type { FileIndex } from '../file-index.js';
import { ENTITIES_DIR } from '../layout.js';
import { patchRecordsText, recordText } from './patch-records.js';
import { canonicalEntity, canonicalRelation, entitiesFileText, relationsFileText } from '../serialize.js';

/** Lets queued reads run between two files: serialising a large relation file takes tens of ms. */
const yieldToReaders = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Where the current text of record files can be read, and which of them the store wrote itself (canonical, so patchable). */
export interface OwnTexts {
  dataDir: string;
  own: ReadonlySet<string>;
}

/**
 * The new canonical text of one record file (entities/… or relations/…) holding `ids` in this order.
 * When the store wrote the file's current text itself, only the records in `changed` are serialised
 * and the others copied from it (patch-records.ts); otherwise every record is serialised.
 */
export async function recordFileText(rel: string, ids: string[], changed: ReadonlySet<string>, record: (id: string) => Entity | Relation, texts?: OwnTexts): Promise<string> {
  const entities = rel.startsWith(`${ENTITIES_DIR}/`);
  const canonical = entities ? (id: string) => canonicalEntity(record(id) as Entity) : (id: string) => canonicalRelation(record(id) as Relation);
  const old = texts?.own.has(rel) ? await readFile(path.join(texts.dataDir, rel), 'utf8').catch(() => null) : null;
  const patched = old === null ? null : patchRecordsText(old, entities ? 'entities' : 'relations', ids, changed, (id) => recordText(canonical(id)));
  if (patched !== null) return patched;
  return entities ? entitiesFileText(ids.map((id) => record(id) as Entity)) : relationsFileText(ids.map((id) => record(id) as Relation));
}

/**
 * The canonical text of each record file the change log holds commits for, as the graph holds it
 * now: how the log is folded back into the files. The graph already holds every logged commit, so
 * writing these files (one atomic commit) makes the log redundant. Records keep their order in the
 * file; new ones were appended when they were applied. `dirty` maps each file to the ids the log
 * changed in it.
 */
export async function foldWrites(kg: KnowledgeGraph, files: FileIndex, dirty: Map<string, Set<string>>, texts: OwnTexts): Promise<FileWrite[]> {
  const writes: FileWrite[] = [];
  for (const rel of [...dirty.keys()].sort()) {
    await yieldToReaders();
    const entities = rel.startsWith(`${ENTITIES_DIR}/`);
    const ids = entities ? [...(files.entityFiles.get(rel) ?? [])] : kg.relations.idsInFile(rel);
    const record = entities ? (id: string) => kg.entity(id)! : (id: string) => kg.relation(id)!;
    writes.push({ rel, content: await recordFileText(rel, ids, dirty.get(rel)!, record, texts) });
  }
  return writes;
}
