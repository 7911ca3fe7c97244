import type { Audit, Relation } from '../model/records.js';
import { issueAt, type Place } from '../model/rules.js';
import type { Change } from './changes.js';
import type { Overlay } from './overlay.js';
import { acceptRelation, planChange, result, type Outcome } from './plan.js';
import type { ReviewDecision, ReviewEntry } from './review-log.js';

const STATUS_OF = { ACCEPT: 'reviewed', REJECT: 'rejected' } as const;

/**
 * A reviewer's decision on one relation: the edit first (a RelationPatch, checked like
 * updateRelation), then the status (ACCEPT → reviewed, REJECT → rejected; EDIT leaves it), then a
 * log entry with the relation before and after, in the log of the source of its first evidence.
 */
export function decideReview(overlay: Overlay, change: Extract<Change, { op: 'decideReview' }>, place: Place, actor: string, now: string): Outcome {
  const before = overlay.relation(change.id);
  if (!before) return { issues: [issueAt(place, 'NOT_FOUND', `no relation with id "${change.id}"`)] };
  const hasEdit = change.edit !== undefined && change.edit !== null;
  if (change.decision === 'EDIT' && !hasEdit) return { issues: [issueAt(place, 'SCHEMA', 'decision EDIT needs an "edit" to apply', ['edit'])] };
  if (hasEdit) {
    // The edit is one input shared by every id: its issues point at it ($.edit.<field>).
    const edited = planChange(overlay, { op: 'updateRelation', id: change.id, patch: change.edit }, { ...place, path: ['edit'] }, actor, now);
    if ('issues' in edited) return { issues: edited.issues.map((i) => ({ ...i, path: i.path.replace(/^\$\.edit\.patch/, '$.edit') })) };
  }
  if (change.decision !== 'EDIT') {
    const decided = planChange(overlay, { op: 'reviewRelation', id: change.id, status: STATUS_OF[change.decision], note: change.note }, place, actor, now);
    if ('issues' in decided) return decided;
  }
  const after = overlay.relation(change.id)!;
  const entry = logEntry(overlay, before.evidence[0]!.source, { relation: change.id, decision: change.decision, by: actor, at: now, ...(change.note ? { note: change.note } : {}), before, after });
  return result('decideReview', change.id, { relationIds: [change.id], entityIds: [after.from, after.to], reviewEntryIds: [entry.id] });
}

/**
 * Undoes a logged decision: the relation is restored to the entry's `before` (stamped as updated by
 * the undoer), an UNDO entry is logged, and the entry is marked `undoneBy` it. Refused when the
 * entry is already undone, the relation was deleted since, or changed since (undo the later decision first).
 */
export function undoReview(overlay: Overlay, change: Extract<Change, { op: 'undoReview' }>, place: Place, actor: string, now: string): Outcome {
  const entry = overlay.review(change.entry);
  if (!entry) return { issues: [issueAt(place, 'NOT_FOUND', `no review log entry "${change.entry}"`, ['entry'])] };
  if (entry.undoneBy) return { issues: [issueAt(place, 'CONFLICT', `review entry "${entry.id}" was already undone by "${entry.undoneBy}"`, ['entry'])] };
  const current = overlay.relation(entry.relation);
  if (!current) return { issues: [issueAt(place, 'NOT_FOUND', `relation "${entry.relation}" was deleted after this decision, so it cannot be restored; create it again instead`, ['entry'])] };
  if (!sameRelation(current, entry.after)) {
    const later = latestEntryOn(overlay, entry.relation);
    const hint = later && later.id !== entry.id ? `; undo "${later.id}" first` : '; it was edited outside the review log';
    return { issues: [issueAt(place, 'CONFLICT', `relation "${entry.relation}" changed after review entry "${entry.id}"${hint}`, ['entry'])] };
  }
  const audit: Audit = { by: actor, at: now };
  const restored: Relation = { ...entry.before, updated: audit };
  const issues = acceptRelation(overlay, restored, place);
  if (issues.length > 0) return { issues };
  const undo = logEntry(overlay, entry.source, { relation: entry.relation, decision: 'UNDO', by: actor, at: now, undoes: entry.id, before: current, after: overlay.relation(entry.relation)! });
  overlay.reviews.set(entry.id, { ...entry, undoneBy: undo.id });
  return result('undoReview', entry.relation, { relationIds: [entry.relation], entityIds: [restored.from, restored.to], reviewEntryIds: [undo.id] });
}

/** Adds an entry to a source's log with the next free id `<source>/<n>`. */
function logEntry(overlay: Overlay, source: string, fields: Omit<ReviewEntry, 'id' | 'source'> & { decision: ReviewDecision }): ReviewEntry {
  let n = overlay.reviewCount(source) + 1;
  while (overlay.review(`${source}/${n}`)) n++;
  const entry: ReviewEntry = { id: `${source}/${n}`, source, ...fields };
  overlay.reviews.set(entry.id, entry);
  return entry;
}

/** Equal as data: key order and absent-vs-undefined fields do not count. */
function sameRelation(a: Relation, b: Relation): boolean {
  return JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
}
function sortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => [k, sortedKeys(o[k])]));
}

/** The newest decision on a relation, pending ones included. */
function latestEntryOn(overlay: Overlay, relation: string): ReviewEntry | undefined {
  const all = [...overlay.reviewLog.newestFirst(), ...overlay.reviews.values()].filter((e) => e.relation === relation);
  return all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
}
