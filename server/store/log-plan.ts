import type { Entity, Relation } from '../model/records.js';
import type { LogEntry } from './change-log.js';
import type { FileIndex } from './file-index.js';
import type { Overlay } from './overlay.js';
import { canonicalEntity, canonicalRelation } from './serialize.js';
import { touch } from './write-plan.js';

/** Whether a commit can go to the change log: it writes entity and relation records only (no sources, reviews or vocabulary). */
export function loggable(overlay: Overlay): boolean {
  return overlay.sources.size === 0 && overlay.reviews.size === 0 && overlay.vocabularyAdditions.length === 0;
}

/**
 * The change-log entry of a commit (records by the file they belong in: the file they are in, or for
 * new ones the file of their kind or first evidence's source, as filesToWrite places them), and the
 * same file membership bookkeeping filesToWrite hands back, for applying the commit to the graph.
 */
export function logPlan(overlay: Overlay, files: FileIndex): { entry: LogEntry; install: () => void; relationFile: (id: string) => string | undefined } {
  const byFile = new Map<string, Array<[string, object | null]>>();
  const put = (file: string, id: string, record: object | null) => (byFile.get(file) ?? byFile.set(file, []).get(file)!).push([id, record]);
  const entityFiles = touch(files.entityFiles, overlay.entities, (id) => files.entityFileOf(id), (e: Entity) => files.newEntityFile(e.kind));
  for (const [id, e] of overlay.entities) {
    const file = files.entityFileOf(id) ?? (e ? files.newEntityFile(e.kind) : undefined);
    if (file) put(file, id, e ? canonicalEntity(e) : null);
  }
  const table = overlay.base.relations;
  const newRelationFile = new Map<string, string>();
  for (const [id, r] of overlay.relations) {
    const row = table.row(id);
    let file: string | undefined;
    if (row !== undefined) file = table.fileAt(row) ?? files.newRelationFile(table.get(id)!.evidence[0]!.source);
    else if (r) newRelationFile.set(id, (file = files.newRelationFile(r.evidence[0]!.source)));
    if (file) put(file, id, r ? canonicalRelation(r as Relation) : null);
  }
  return {
    entry: [...byFile],
    install: () => {
      for (const [file, ids] of entityFiles) files.entityFiles.set(file, ids);
    },
    relationFile: (id) => newRelationFile.get(id),
  };
}
