import type { Entity, Relation } from '../model/records.js';
import type { FileWrite } from './commit.js';
import type { FileIndex } from './file-index.js';
import { sourceMetaFile, sourceTextFile } from './layout.js';
import type { Overlay } from './overlay.js';
import { entitiesFileText, relationsFileText, sourceMetaText } from './serialize.js';

/**
 * The files a set of pending changes rewrites, with their full new content, and a function that
 * records the new file membership once the commit is durable. Only touched files are written.
 */
export function filesToWrite(overlay: Overlay, files: FileIndex): { writes: FileWrite[]; install: () => void } {
  const entityFiles = touch(files.entityFiles, overlay.entities, (id) => files.entityFileOf(id), (e: Entity) => files.newEntityFile(e.kind));
  const relationFiles = touch(files.relationFiles, overlay.relations, (id) => files.relationFileOf(id), (r: Relation) => files.newRelationFile(r.evidence[0]!.source));
  const writes: FileWrite[] = [];
  for (const [file, ids] of entityFiles) writes.push({ rel: file, content: entitiesFileText([...ids].map((id) => overlay.entity(id)!)) });
  for (const [file, ids] of relationFiles) writes.push({ rel: file, content: relationsFileText([...ids].map((id) => overlay.relation(id)!)) });
  const newSources = [...overlay.sources.values()];
  for (const s of newSources) {
    writes.push({ rel: sourceTextFile(s.id), content: s.text });
    writes.push({ rel: sourceMetaFile(s.id), content: sourceMetaText(s) });
  }
  return {
    writes,
    install: () => {
      for (const [file, ids] of entityFiles) files.entityFiles.set(file, ids);
      for (const [file, ids] of relationFiles) files.relationFiles.set(file, ids);
      for (const s of newSources) files.sourceFiles.set(s.id, sourceMetaFile(s.id));
    },
  };
}

/** New id sets for every file a change touches: updated records stay in place, new ones are appended, deleted ones dropped. */
function touch<T>(
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
