import type { Entity } from '../model/records.js';
import type { FileWrite } from './commit.js';
import type { FileIndex } from './file-index.js';
import { sourceMetaFile, sourceTextFile } from './layout.js';
import type { Overlay } from './overlay.js';
import { entitiesFileText, relationsFileText, sourceMetaText } from './serialize.js';

/** Lets queued requests run between two files: serialising a large relation file takes tens of ms. */
const yieldToReaders = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The files a set of pending changes rewrites, with their full new content, and a function that
 * records the new file membership once the commit is durable. Only touched files are written.
 * Reads keep being served between files; they see the graph before the change, which is not applied
 * until the files are durable.
 */
export async function filesToWrite(overlay: Overlay, files: FileIndex): Promise<{ writes: FileWrite[]; install: () => void; relationFile: (id: string) => string | undefined }> {
  const entityFiles = touch(files.entityFiles, overlay.entities, (id) => files.entityFileOf(id), (e: Entity) => files.newEntityFile(e.kind));
  const { relationFiles, newRelationFile } = touchRelations(overlay, files);
  const writes: FileWrite[] = [];
  for (const [file, ids] of entityFiles) writes.push({ rel: file, content: entitiesFileText([...ids].map((id) => overlay.entity(id)!)) });
  for (const [file, ids] of relationFiles) {
    await yieldToReaders();
    writes.push({ rel: file, content: relationsFileText(ids.map((id) => overlay.relation(id)!)) });
  }
  const newSources = [...overlay.sources.values()];
  for (const s of newSources) {
    writes.push({ rel: sourceTextFile(s.id), content: s.text });
    writes.push({ rel: sourceMetaFile(s.id), content: sourceMetaText(s) });
  }
  return {
    writes,
    install: () => {
      for (const [file, ids] of entityFiles) files.entityFiles.set(file, ids);
      for (const s of newSources) files.sourceFiles.set(s.id, sourceMetaFile(s.id));
    },
    relationFile: (id) => newRelationFile.get(id),
  };
}

/** Relation files a change touches, with their new id lists: rows kept in place, new relations appended, deleted ones dropped. */
function touchRelations(overlay: Overlay, files: FileIndex): { relationFiles: Map<string, string[]>; newRelationFile: Map<string, string> } {
  const table = overlay.base.relations;
  const touched = new Set<string>();
  const newRelationFile = new Map<string, string>();
  for (const [id, r] of overlay.relations) {
    const row = table.row(id);
    if (row !== undefined) touched.add(table.fileAt(row) ?? files.newRelationFile(table.get(id)!.evidence[0]!.source));
    else if (r) {
      const file = files.newRelationFile(r.evidence[0]!.source);
      newRelationFile.set(id, file);
      touched.add(file);
    }
  }
  const relationFiles = new Map<string, string[]>();
  for (const file of touched) {
    const kept = table.idsInFile(file).filter((id) => overlay.relations.get(id) !== null);
    const added = [...newRelationFile].filter(([, f]) => f === file).map(([id]) => id);
    relationFiles.set(file, [...kept, ...added]);
  }
  return { relationFiles, newRelationFile };
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
