import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { FileIndex } from '../file-index.js';
import { sourceMetaFile } from '../layout.js';
import type { ReviewLog } from '../review-log.js';
import type { ChangePayload } from './change-payload.js';

/**
 * Applies another server's commit, as its change-log row holds it, to this server's graph. The same
 * order as applyOverlay (sources, entities, relations, then deleted entities); the caller refreshes
 * the graph once for a whole window of changes, so queries see all of it or none.
 */
export function applyChange(kg: KnowledgeGraph, files: FileIndex, reviews: ReviewLog, p: ChangePayload): void {
  for (const s of p.sources ?? []) {
    kg.putSource(s);
    files.sourceFiles.set(s.id, sourceMetaFile(s.id));
  }
  for (const [id, file, e] of p.entities ?? []) {
    if (!e) continue;
    kg.putEntity(e);
    if (files.entityFileOf(id) === undefined) (files.entityFiles.get(file) ?? files.entityFiles.set(file, new Set()).get(file)!).add(id);
  }
  for (const [id, , r] of p.relations ?? []) if (!r) kg.removeRelation(id);
  for (const [, file, r] of p.relations ?? []) if (r) kg.putRelation(r, file);
  for (const [id, , e] of p.entities ?? []) {
    if (e) continue;
    const file = files.entityFileOf(id);
    if (file) files.entityFiles.get(file)!.delete(id);
    kg.removeEntity(id);
  }
  for (const entry of p.reviews ?? []) reviews.put(entry);
}
