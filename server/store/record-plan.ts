import type { Entity, Relation } from '../model/records.js';
import type { FileIndex } from './file-index.js';
import type { Overlay } from './overlay.js';
import { canonicalEntity, canonicalRelation } from './serialize.js';

/** A record a commit writes, with the file it belongs in; null: deleted. */
export type RecordWrite<T> = [id: string, file: string, record: T | null];

/**
 * The entity and relation records of a commit, each with the file it belongs in (the file it is in,
 * or for a new one the file of its kind or first evidence's source, as filesToWrite places them), and
 * the file membership bookkeeping for applying the commit to the graph. Used by the file change log
 * and by PostgreSQL, which keeps each record's file so an export prints the same folder.
 */
export function recordPlan(overlay: Overlay, files: FileIndex): { entities: RecordWrite<Entity>[]; relations: RecordWrite<Relation>[]; install: () => void; relationFile: (id: string) => string | undefined } {
  const entities: RecordWrite<Entity>[] = [];
  // File membership changes, applied in place at install: copying a file's id set per commit (as
  // filesToWrite must, to print the file) cost O(entities in the file) for every write.
  const joins: Array<[file: string, id: string]> = [];
  const leaves: Array<[file: string, id: string]> = [];
  for (const [id, e] of overlay.entities) {
    const current = files.entityFileOf(id);
    const file = current ?? (e ? files.newEntityFile(e.kind) : undefined);
    if (!file) continue;
    entities.push([id, file, e ? canonicalEntity(e) : null]);
    if (!e && current) leaves.push([current, id]);
    else if (e && !current) joins.push([file, id]);
  }
  const table = overlay.base.relations;
  const newRelationFile = new Map<string, string>();
  const relations: RecordWrite<Relation>[] = [];
  for (const [id, r] of overlay.relations) {
    const row = table.row(id);
    let file: string | undefined;
    if (row !== undefined) file = table.fileAt(row) ?? files.newRelationFile(table.get(id)!.evidence[0]!.source);
    else if (r) newRelationFile.set(id, (file = files.newRelationFile(r.evidence[0]!.source)));
    if (file) relations.push([id, file, r ? canonicalRelation(r as Relation) : null]);
  }
  return {
    entities,
    relations,
    install: () => {
      for (const [file, id] of leaves) files.entityFiles.get(file)?.delete(id);
      for (const [file, id] of joins) (files.entityFiles.get(file) ?? files.entityFiles.set(file, new Set()).get(file)!).add(id);
    },
    relationFile: (id) => newRelationFile.get(id),
  };
}

/** New id sets for every file a change touches: updated records stay in place, new ones are appended, deleted ones dropped. */
export function touch<T>(
  current: Map<string, Set<string>>,
  changes: Map<string, T | null>,
  fileOf: (id: string) => string | undefined,
  fileForNew: (record: T) => string,
): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  const copy = (file: string) => {
    let s = next.get(file);
    if (!s) next.set(file, (s = new Set(current.get(file) ?? [])));
    return s;
  };
  for (const [id, record] of changes) {
    const file = fileOf(id);
    if (record === null) {
      if (file) copy(file).delete(id);
    } else copy(file ?? fileForNew(record)).add(id);
  }
  return next;
}
