import type { ValidDataset } from '../model/dataset.js';
import { fileForNewEntity, fileForNewRelation } from './layout.js';

/**
 * Which file each entity and source lives in, in file order, so a write rewrites only the files it
 * touches and keeps every other record where a curator put it. (Relations carry their file in the
 * RelationTable, as a column.) New records go to the file their kind (entities) or their first
 * evidence's source (relations) names.
 */
export class FileIndex {
  /** relative path -> ids in file order */
  readonly entityFiles = new Map<string, Set<string>>();
  readonly sourceFiles = new Map<string, string>();

  constructor(ds: ValidDataset, relative: Map<string, string>) {
    const rel = (display: string) => relative.get(display) ?? display;
    for (const [file, ids] of ds.entityFiles) this.entityFiles.set(rel(file), new Set(ids));
    for (const [id, file] of ds.sourceFiles) this.sourceFiles.set(id, rel(file));
  }

  entityFileOf(id: string): string | undefined {
    return findFile(this.entityFiles, id);
  }

  newEntityFile(kind: string): string {
    return fileForNewEntity(kind);
  }
  newRelationFile(sourceId: string): string {
    return fileForNewRelation(sourceId);
  }

}

/** Few files, many records: asking each file's set is cheaper than a second map of every id. */
function findFile(files: Map<string, Set<string>>, id: string): string | undefined {
  for (const [file, ids] of files) if (ids.has(id)) return file;
  return undefined;
}
