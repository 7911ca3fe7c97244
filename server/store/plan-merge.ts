import { foldText } from '../model/ids.js';
import type { Entity } from '../model/records.js';
import { issueAt, type Place } from '../model/rules.js';
import type { Change } from './changes.js';
import type { Overlay } from './overlay.js';
import { notFound, planChange, result, type Outcome } from './plan.js';

/**
 * Merges entity `merge` into `keep`, through the same checks as the single changes it is made of:
 * each relation of `merge` is re-pointed to `keep` (ids kept), `merge` is deleted, and `keep` gains
 * `merge`'s label and aliases as aliases (folded duplicates dropped) and any of description,
 * wikidata, iso2, iso3 and properties it lacks. A relation between the two would become a self-loop:
 * the merge is refused (IN_USE) naming it. `merge`'s id does not resolve afterwards (its names do).
 */
export function mergeEntities(overlay: Overlay, change: Extract<Change, { op: 'mergeEntities' }>, place: Place, actor: string, now: string): Outcome {
  const keep = overlay.entity(change.keep);
  if (!keep) return notFound(overlay, 'entity', change.keep, place, 'keep');
  const merge = overlay.entity(change.merge);
  if (!merge) return notFound(overlay, 'entity', change.merge, place, 'merge');
  if (keep.id === merge.id) return { issues: [issueAt(place, 'CONFLICT', `"keep" and "merge" are the same entity "${keep.id}"`, ['merge'])] };

  const moved = overlay.relationIdsOf(merge.id);
  const between = moved.filter((id) => {
    const r = overlay.relation(id)!;
    return r.from === keep.id || r.to === keep.id;
  });
  if (between.length > 0) {
    const list = between.map((id) => `"${id}"`).join(', ');
    const one = between.length === 1;
    return {
      issues: [issueAt(place, 'IN_USE', `relation${one ? '' : 's'} ${list} link${one ? 's' : ''} "${merge.id}" and "${keep.id}": merged, ${one ? 'it' : 'they'} would point from an entity to itself; delete or re-point ${one ? 'it' : 'them'} first`, ['merge'])],
    };
  }

  const sub = (c: Change) => planChange(overlay, c, place, actor, now);
  for (const id of moved) {
    const r = overlay.relation(id)!;
    const out = sub({ op: 'updateRelation', id, patch: { ...(r.from === merge.id ? { from: keep.id } : {}), ...(r.to === merge.id ? { to: keep.id } : {}) } });
    if ('issues' in out) return out;
  }
  const deleted = sub({ op: 'deleteEntity', id: merge.id, cascade: false });
  if ('issues' in deleted) return deleted;
  const updated = sub({ op: 'updateEntity', id: keep.id, patch: mergedFields(keep, merge) });
  if ('issues' in updated) return updated;
  return result('mergeEntities', keep.id, { entityIds: [keep.id, merge.id], relationIds: moved });
}

/** The patch that gives `keep` the names of `merge` and the fields it lacks. */
function mergedFields(keep: Entity, merge: Entity): Record<string, unknown> {
  const seen = new Set([foldText(keep.label)]);
  const aliases: string[] = [];
  for (const name of [...keep.aliases, merge.label, ...merge.aliases]) {
    const key = foldText(name);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(name);
  }
  const patch: Record<string, unknown> = { aliases };
  for (const field of ['description', 'wikidata', 'iso2', 'iso3'] as const) if (keep[field] === undefined && merge[field] !== undefined) patch[field] = merge[field];
  if (merge.properties) patch.properties = { ...merge.properties, ...keep.properties };
  return patch;
}
