import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Overlay } from './overlay.js';
import type { ReviewLog } from './review-log.js';

/**
 * Applies a durable commit to the graph in one synchronous step: no query runs between the first and
 * the last line. `install` records the new file membership; `relationFile` names the file of a new
 * relation. Shared by both persistences.
 */
export function applyOverlay(kg: KnowledgeGraph, reviews: ReviewLog, overlay: Overlay, install: () => void, relationFile: (id: string) => string | undefined): void {
  for (const s of overlay.sources.values()) kg.putSource(s);
  for (const e of overlay.entities.values()) if (e) kg.putEntity(e);
  for (const [id, r] of overlay.relations) if (!r) kg.removeRelation(id);
  for (const r of overlay.relations.values()) if (r) kg.putRelation(r, relationFile(r.id));
  for (const [id, e] of overlay.entities) if (!e) kg.removeEntity(id);
  for (const entry of overlay.reviews.values()) reviews.put(entry);
  install();
  kg.refresh();
}
