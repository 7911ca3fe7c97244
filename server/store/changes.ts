import { z } from 'zod';
import { Id } from '../model/ids.js';
import { PartialDate } from '../model/date-schema.js';
import { ENTITY_STATUSES, Entity, EvidenceFields, Properties, Relation, SourceMeta, STATUSES } from '../model/records.js';

/**
 * The inputs of writes, one schema each, built from the record schemas so that a mutation is checked
 * by the same rules as `npm run validate`. Server-kept fields (created, updated, review) are not
 * input; `id` is optional on create (a readable one is derived from the label or the relation).
 */
const EntityFields = Entity.omit({ created: true, updated: true });
export const CreateEntityInput = EntityFields.extend({ id: Id.optional() });
/** A patch: absent fields stay, null clears an optional field. */
export const EntityPatch = z.strictObject({
  kind: z.string().min(1).optional(),
  label: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).optional(),
  description: EntityFields.shape.description.nullable(),
  wikidata: EntityFields.shape.wikidata.nullable(),
  iso2: EntityFields.shape.iso2.nullable(),
  iso3: EntityFields.shape.iso3.nullable(),
  status: z.enum(ENTITY_STATUSES).nullable().optional(),
  properties: Properties.nullable().optional(),
});

/**
 * Evidence as input: a quote (offsets may be left out when it occurs exactly once in the source text)
 * or a record of a dataset source by `locator`.
 */
export const EvidenceInput = EvidenceFields
  .superRefine((v, ctx) => {
    if (v.locator === undefined && v.quote === undefined) ctx.addIssue({ code: 'custom', path: ['quote'], message: 'required: give the supporting "quote" (or a "locator" for a record of a dataset source)' });
    if (v.locator !== undefined && v.quote !== undefined) ctx.addIssue({ code: 'custom', path: ['locator'], message: 'give a "quote" or a "locator", not both' });
  });

const RelationFields = Relation.omit({ created: true, updated: true, review: true, evidence: true });
export const CreateRelationInput = RelationFields.extend({
  id: Id.optional(),
  status: z.enum(STATUSES).default('reviewed'),
  evidence: z.array(EvidenceInput).min(1, 'every relation needs at least one evidence item'),
});
export const RelationPatch = z.strictObject({
  type: z.string().min(1).optional(),
  from: Id.optional(),
  to: Id.optional(),
  status: z.enum(STATUSES).optional(),
  confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  hedge: z.string().nullable().optional(),
  pointInTime: PartialDate.nullable().optional(),
  start: PartialDate.nullable().optional(),
  end: PartialDate.nullable().optional(),
  note: z.string().nullable().optional(),
  properties: Properties.nullable().optional(),
  evidence: z.array(EvidenceInput).min(1, 'every relation needs at least one evidence item').optional(),
});

export const CreateSourceInput = SourceMeta.omit({ $schema: true, created: true, sha256: true }).extend({
  id: Id.optional(),
  text: z.string().min(1, 'a source needs its text, so quotes can be checked against it'),
  /** The document the text was extracted from (HTML, Markdown): kept beside it as `<id>.html` / `<id>.md`. */
  original: z.strictObject({ mediaType: z.enum(['text/html', 'text/markdown']), text: z.string().min(1) }).optional(),
});

export type Change =
  | { op: 'createEntity'; input: unknown }
  | { op: 'updateEntity'; id: string; patch: unknown }
  | { op: 'deleteEntity'; id: string; cascade: boolean }
  | { op: 'createRelation'; input: unknown }
  | { op: 'updateRelation'; id: string; patch: unknown }
  | { op: 'reviewRelation'; id: string; status: string; note?: string | null }
  | { op: 'deleteRelation'; id: string }
  | { op: 'createSource'; input: unknown }
  /** Moves `merge`'s relations and names to `keep`, fills `keep`'s empty fields from it, deletes `merge`. */
  | { op: 'mergeEntities'; keep: string; merge: string }
  /** A logged review decision on one relation: the edit (if any), the new status, a log entry with before and after. */
  | { op: 'decideReview'; id: string; decision: 'ACCEPT' | 'REJECT' | 'EDIT'; edit?: unknown; note?: string | null }
  /** Restores the relation a logged decision changed to how it was before, logs that, and marks the entry undone. */
  | { op: 'undoReview'; entry: string }
  /** Vocabulary additions (an import's unknown kinds and types, with --add-to-vocabulary): appended to vocabulary.json. */
  | { op: 'addEntityKind'; input: unknown }
  | { op: 'addRelationType'; input: unknown };

/** What one accepted change did, for the answer and the change feed. */
export interface ChangeResult {
  op: Change['op'];
  /** The record created, changed or deleted. */
  id: string;
  entityIds: string[];
  relationIds: string[];
  sourceIds: string[];
  /** Relations removed along with an entity (cascade). */
  deletedRelationIds: string[];
  /** Review log entries written (decideReview, undoReview). */
  reviewEntryIds?: string[];
}
