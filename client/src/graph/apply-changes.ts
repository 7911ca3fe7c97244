import { request } from '../api/client.js';
import type { ChangeEvent } from '../api/live-changes.js';
import { ChangedEntityQuery, ChangedRelationQuery } from '../api/operations.js';
import { upsertEdge, upsertNode, type CorridorGraph, type Vocabulary } from './graph-model.js';

/**
 * Applies one committed change to the open graph: deleted relations and entities go, changed or new
 * ones are re-read from the API (entities first, so new relations find their ends) and upserted.
 * Returns the ids touched, so panels showing them can refresh. A RELOAD is the caller's to handle.
 */
export async function applyChangeEvent(graph: CorridorGraph, vocab: Vocabulary, event: ChangeEvent): Promise<Set<string>> {
  const touched = new Set<string>();
  const deleted = new Set(event.changes.flatMap((c) => c.deletedRelationIds));
  const deletedEntities = new Set(event.changes.filter((c) => c.op === 'deleteEntity').map((c) => c.id));
  for (const id of deleted) if (graph.hasEdge(id)) (graph.dropEdge(id), touched.add(id));
  for (const id of deletedEntities) if (graph.hasNode(id)) (graph.dropNode(id), touched.add(id));

  const entityIds = [...new Set(event.changes.flatMap((c) => c.entityIds))].filter((id) => !deletedEntities.has(id));
  const relationIds = [...new Set(event.changes.flatMap((c) => c.relationIds))].filter((id) => !deleted.has(id));
  const entities = await Promise.all(entityIds.map((id) => request(ChangedEntityQuery, { id }).then((d) => [id, d.entity] as const)));
  for (const [id, e] of entities) {
    touched.add(id);
    // entity(id:) also matches aliases: an answer with another id means this one is gone.
    if (e && e.id === id) upsertNode(graph, e, vocab);
    else if (graph.hasNode(id)) graph.dropNode(id);
  }
  const relations = await Promise.all(relationIds.map((id) => request(ChangedRelationQuery, { id }).then((d) => [id, d.relation] as const)));
  for (const [id, r] of relations) {
    touched.add(id);
    if (r) upsertEdge(graph, r, vocab);
    else if (graph.hasEdge(id)) graph.dropEdge(id);
  }
  return touched;
}
