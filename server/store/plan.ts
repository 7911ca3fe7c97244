import { slugify } from '../model/ids.js';
import { sha256 } from '../model/dataset.js';
import type { ValidationIssue } from '../model/issues.js';
import { Entity, Relation, SourceMeta, type Audit, type Evidence, type Source } from '../model/records.js';
import { checkEntity, checkRelation, issueAt, parseWith, quoteProblem, suggestion, type Place } from '../model/rules.js';
import { CreateEntityInput, CreateRelationInput, CreateSourceInput, EntityPatch, EvidenceInput, RelationPatch, type Change, type ChangeResult } from './changes.js';
import { ORIGINAL_EXTENSIONS } from './layout.js';
import type { Overlay } from './overlay.js';
import { mergeEntities } from './plan-merge.js';
import { decideReview, undoReview } from './plan-review.js';
import { EntityKind, RelationType } from '../model/vocabulary.js';
import type { z } from 'zod';

type Outcome = { ok: ChangeResult } | { issues: ValidationIssue[] };

/**
 * Validates one change against the overlay (the graph plus the changes accepted before it in the same
 * commit) and, when it is valid, records its effect in the overlay. A refused change leaves the
 * overlay as it was (the caller undoes partial effects of a multi-change request).
 */
export function planChange(overlay: Overlay, change: Change, place: Place, actor: string, now: string): Outcome {
  const audit: Audit = { by: actor, at: now };
  switch (change.op) {
    case 'createEntity':
      return createEntity(overlay, change.input, place, audit);
    case 'updateEntity':
      return updateEntity(overlay, change.id, change.patch, place, audit);
    case 'deleteEntity':
      return deleteEntity(overlay, change.id, change.cascade, place);
    case 'createRelation':
      return createRelation(overlay, change.input, place, audit);
    case 'updateRelation':
      return updateRelation(overlay, change.id, change.patch, place, audit);
    case 'reviewRelation':
      return reviewRelation(overlay, change, place, audit);
    case 'deleteRelation':
      return deleteRelation(overlay, change.id, place);
    case 'createSource':
      return createSource(overlay, change.input, place, audit);
    case 'mergeEntities':
      return mergeEntities(overlay, change, place, actor, now);
    case 'decideReview':
      return decideReview(overlay, change, place, actor, now);
    case 'undoReview':
      return undoReview(overlay, change, place, actor, now);
    case 'addEntityKind':
      return addToVocabulary(overlay, 'entityKinds', change.input, place);
    case 'addRelationType':
      return addToVocabulary(overlay, 'relationTypes', change.input, place);
  }
}

export type { Outcome };

export const result = (op: Change['op'], id: string, parts: Partial<ChangeResult> = {}): Outcome => ({
  ok: { op, id, entityIds: [], relationIds: [], sourceIds: [], deletedRelationIds: [], ...parts },
});

function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export function notFound(overlay: Overlay, what: 'entity' | 'relation', id: string, place: Place, field: string): Outcome {
  const known = what === 'entity' ? overlay.entityIds() : [...overlay.base.graph.edges(), ...[...overlay.relations].filter(([, r]) => r).map(([k]) => k)];
  return { issues: [issueAt(place, 'NOT_FOUND', `no ${what} with id "${id}"${suggestion(id, known)}`, [field])] };
}

function nameIssues(overlay: Overlay, e: Entity, place: Place): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const names: Array<[string, Array<string | number>]> = [[e.label, ['label']], ...e.aliases.map((a, i): [string, Array<string | number>] => [a, ['aliases', i]])];
  for (const [name, sub] of names) {
    const owner = overlay.nameOwner(name);
    if (owner !== undefined && owner !== e.id) issues.push(issueAt(place, 'ALIAS_CONFLICT', `"${name}" already names entity "${owner}"; an alias must point to one entity`, sub));
  }
  return issues;
}

function acceptEntity(overlay: Overlay, e: Entity, place: Place): ValidationIssue[] {
  const checked = parseWith(Entity, e, place);
  if ('issues' in checked) return checked.issues;
  const issues = [...checkEntity(checked.value, place, overlay), ...nameIssues(overlay, checked.value, place)];
  if (issues.length === 0) overlay.entities.set(e.id, checked.value);
  return issues;
}

function createEntity(overlay: Overlay, input: unknown, place: Place, audit: Audit): Outcome {
  const parsed = parseWith(CreateEntityInput, input, place);
  if ('issues' in parsed) return parsed;
  const { id: given, ...fields } = parsed.value;
  if (given && overlay.entity(given)) return { issues: [issueAt(place, 'DUPLICATE_ID', `entity id "${given}" is already used`, ['id'])] };
  const id = given ?? uniqueId(slugify(fields.label), (c) => overlay.entity(c) !== undefined);
  const issues = acceptEntity(overlay, { id, ...fields, created: audit, updated: audit }, place);
  return issues.length ? { issues } : result('createEntity', id, { entityIds: [id] });
}

function applyPatch<T extends object>(record: T, patch: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

function updateEntity(overlay: Overlay, id: string, patch: unknown, place: Place, audit: Audit): Outcome {
  const prior = overlay.entity(id);
  if (!prior) return notFound(overlay, 'entity', id, place, 'id');
  const parsed = parseWith(EntityPatch, patch, { ...place, path: [...place.path, 'patch'] });
  if ('issues' in parsed) return parsed;
  const issues = acceptEntity(overlay, { ...applyPatch(prior, parsed.value), updated: audit }, { ...place, path: [...place.path, 'patch'] });
  return issues.length ? { issues } : result('updateEntity', id, { entityIds: [id] });
}

function deleteEntity(overlay: Overlay, id: string, cascade: boolean, place: Place): Outcome {
  if (!overlay.entity(id)) return notFound(overlay, 'entity', id, place, 'id');
  const touching = overlay.relationIdsOf(id);
  if (touching.length > 0 && !cascade) {
    const list = touching.slice(0, 10).map((r) => `"${r}"`).join(', ') + (touching.length > 10 ? ', …' : '');
    return {
      issues: [issueAt(place, 'IN_USE', `entity "${id}" is used by ${touching.length} relation${touching.length === 1 ? '' : 's'} (${list}); delete them first or pass cascade: true`, ['id'])],
    };
  }
  for (const r of touching) overlay.relations.set(r, null);
  overlay.entities.set(id, null);
  return result('deleteEntity', id, { entityIds: [id], relationIds: touching, deletedRelationIds: touching });
}

/** Fills missing offsets from a unique occurrence and checks given ones; issues name the evidence item. */
function resolveEvidence(overlay: Overlay, items: z.infer<typeof EvidenceInput>[], place: Place): { evidence: Evidence[] } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const evidence: Evidence[] = [];
  items.forEach((ev, i) => {
    const source: Source | undefined = overlay.source(ev.source);
    if (!source) {
      issues.push(issueAt(place, 'UNKNOWN_ID', `unknown source "${ev.source}"${suggestion(ev.source, overlay.sourceIds())}`, ['evidence', i, 'source']));
      return;
    }
    if (ev.locator !== undefined) {
      evidence.push({ source: ev.source, locator: ev.locator, ...(ev.extractor ? { extractor: ev.extractor } : {}) });
      return; // resolved against the dataset by checkRelation
    }
    const quote = ev.quote!;
    let { start, end } = ev;
    if (start === undefined) {
      const at = source.text.indexOf(quote);
      if (at < 0) {
        issues.push(issueAt(place, 'QUOTE_MISMATCH', `quote is not found verbatim in source "${source.id}"`, ['evidence', i, 'quote']));
        return;
      }
      if (source.text.indexOf(quote, at + 1) >= 0) {
        issues.push(issueAt(place, 'QUOTE_MISMATCH', `quote occurs more than once in source "${source.id}"; give "start" to say which`, ['evidence', i, 'start']));
        return;
      }
      start = at;
    }
    end ??= start + quote.length;
    const problem = quoteProblem(quote, start, end, source);
    if (problem) issues.push(issueAt(place, problem.code, problem.message, ['evidence', i, 'quote']));
    else {
      const { prefix, suffix, extractor } = ev;
      evidence.push({ source: ev.source, quote, start, end, ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}), ...(extractor ? { extractor } : {}) });
    }
  });
  return issues.length ? { issues } : { evidence };
}

/** Validates a whole relation record against the overlay and, when valid, records it there. */
export function acceptRelation(overlay: Overlay, r: Relation, place: Place): ValidationIssue[] {
  const checked = parseWith(Relation, r, place);
  if ('issues' in checked) return checked.issues;
  const issues = checkRelation(checked.value, place, overlay);
  if (issues.length === 0) overlay.relations.set(r.id, checked.value);
  return issues;
}

function createRelation(overlay: Overlay, input: unknown, place: Place, audit: Audit): Outcome {
  const parsed = parseWith(CreateRelationInput, input, place);
  if ('issues' in parsed) return parsed;
  const { id: given, evidence: evInput, ...fields } = parsed.value;
  if (given && overlay.relation(given)) return { issues: [issueAt(place, 'DUPLICATE_ID', `relation id "${given}" is already used`, ['id'])] };
  const ev = resolveEvidence(overlay, evInput, place);
  if ('issues' in ev) return ev;
  const id = given ?? uniqueId(slugify(`${fields.from} ${fields.type} ${fields.to}`), (c) => overlay.relation(c) !== undefined);
  const issues = acceptRelation(overlay, { id, ...fields, evidence: ev.evidence, created: audit, updated: audit }, place);
  return issues.length ? { issues } : result('createRelation', id, { relationIds: [id], entityIds: [fields.from, fields.to] });
}

function updateRelation(overlay: Overlay, id: string, patch: unknown, place: Place, audit: Audit): Outcome {
  const prior = overlay.relation(id);
  if (!prior) return notFound(overlay, 'relation', id, place, 'id');
  const at = { ...place, path: [...place.path, 'patch'] };
  const parsed = parseWith(RelationPatch, patch, at);
  if ('issues' in parsed) return parsed;
  const { evidence: evInput, ...rest } = parsed.value;
  let evidence = prior.evidence;
  if (evInput) {
    const ev = resolveEvidence(overlay, evInput, at);
    if ('issues' in ev) return ev;
    evidence = ev.evidence;
  }
  const next = { ...applyPatch(prior, rest), evidence, updated: audit };
  // A new pointInTime replaces start/end and the other way round, so a patch need not clear them.
  if (rest.pointInTime) delete (next as Partial<Relation>).start, delete (next as Partial<Relation>).end;
  if (rest.start || rest.end) delete (next as Partial<Relation>).pointInTime;
  const issues = acceptRelation(overlay, next, at);
  return issues.length ? { issues } : result('updateRelation', id, { relationIds: [id], entityIds: [next.from, next.to] });
}

function reviewRelation(overlay: Overlay, change: Extract<Change, { op: 'reviewRelation' }>, place: Place, audit: Audit): Outcome {
  const prior = overlay.relation(change.id);
  if (!prior) return notFound(overlay, 'relation', change.id, place, 'id');
  const review = { by: audit.by, at: audit.at, ...(change.note ? { note: change.note } : {}) };
  const issues = acceptRelation(overlay, { ...prior, status: change.status as Relation['status'], review, updated: audit }, place);
  return issues.length ? { issues } : result('reviewRelation', change.id, { relationIds: [change.id], entityIds: [prior.from, prior.to] });
}

function deleteRelation(overlay: Overlay, id: string, place: Place): Outcome {
  const prior = overlay.relation(id);
  if (!prior) return notFound(overlay, 'relation', id, place, 'id');
  overlay.relations.set(id, null);
  return result('deleteRelation', id, { relationIds: [id], entityIds: [prior.from, prior.to], deletedRelationIds: [id] });
}

function createSource(overlay: Overlay, input: unknown, place: Place, audit: Audit): Outcome {
  const parsed = parseWith(CreateSourceInput, input, place);
  if ('issues' in parsed) return parsed;
  const { id: given, text, original, ...meta } = parsed.value;
  if (given && overlay.source(given)) return { issues: [issueAt(place, 'DUPLICATE_ID', `source id "${given}" is already used`, ['id'])] };
  const id = given ?? uniqueId(slugify(meta.title), (c) => overlay.source(c) !== undefined);
  const kept = original ? { original: { file: `${id}.${ORIGINAL_EXTENSIONS[original.mediaType]}`, mediaType: original.mediaType, sha256: sha256(original.text) } } : {};
  const checked = parseWith(SourceMeta, { id, ...meta, ...kept, sha256: sha256(text), created: audit }, place);
  if ('issues' in checked) return checked;
  overlay.sources.set(id, { ...checked.value, text });
  if (original) overlay.originals.set(id, original.text);
  return result('createSource', id, { sourceIds: [id] });
}

/** Appends a kind or type to the vocabulary; refused when the id is taken or the record invalid. */
function addToVocabulary(overlay: Overlay, list: 'entityKinds' | 'relationTypes', input: unknown, place: Place): Outcome {
  const op = list === 'entityKinds' ? 'addEntityKind' : 'addRelationType';
  if (list === 'entityKinds') {
    const parsed = parseWith(EntityKind, input, place);
    if ('issues' in parsed) return parsed;
    if (overlay.vocabulary.kinds.has(parsed.value.id)) return { issues: [issueAt(place, 'DUPLICATE_ID', `entity kind "${parsed.value.id}" is already in the vocabulary`, ['id'])] };
    overlay.addToVocabulary({ list, value: parsed.value });
    return result(op, parsed.value.id);
  }
  const parsed = parseWith(RelationType, input, place);
  if ('issues' in parsed) return parsed;
  if (overlay.vocabulary.types.has(parsed.value.id)) return { issues: [issueAt(place, 'DUPLICATE_ID', `relation type "${parsed.value.id}" is already in the vocabulary`, ['id'])] };
  overlay.addToVocabulary({ list, value: parsed.value });
  return result(op, parsed.value.id);
}
