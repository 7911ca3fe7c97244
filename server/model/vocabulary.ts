import { z } from 'zod';
import { Id } from './ids.js';
import { RelationPattern } from './relation-patterns.js';

const TypeId = z.string().regex(/^[a-z]+(?:_[a-z]+)*$/, 'must be lowercase words joined by underscores, e.g. "shares_border_with"');
const KindId = z.string().regex(/^[A-Z][A-Za-z]+$/, 'must be a PascalCase word, e.g. "Country"');

export const EntityKind = z.strictObject({
  id: KindId,
  label: z.string().min(1),
  description: z.string().min(1),
  /** Colour of this kind in the explorer and its legend, as #rrggbb. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb'),
});

export const RelationType = z.strictObject({
  id: TypeId,
  /** Reads from -> to: "Kazakhstan *has deposits of* critical raw materials". */
  label: z.string().min(1),
  /** Reads to -> from: "critical raw materials *found in* Kazakhstan". */
  inverseLabel: z.string().min(1),
  symmetric: z.boolean(),
  description: z.string().min(1),
  /** Matching Wikidata property, in the same direction, where one exists. */
  wikidata: z.string().regex(/^P\d+$/, 'must be a Wikidata property id such as "P47"').optional(),
  /** Matching CAMEO event code (GDELT), where one exists. */
  cameo: z.string().regex(/^\d{2,4}$/, 'must be a CAMEO code such as "057"').optional(),
  /** Trigger patterns the ingest pipeline matches against sentences (language: server/model/relation-patterns.ts). */
  patterns: z.array(RelationPattern).optional().describe('Trigger patterns that propose relations of this type from source text (README "Relation patterns").'),
});

export const Hedge = z.strictObject({ id: z.string().regex(/^[a-z]+$/), description: z.string().min(1) });

export const VocabularyFile = z.strictObject({
  $schema: z.string().optional(),
  entityKinds: z.array(EntityKind).min(1),
  relationTypes: z.array(RelationType).min(1),
  hedges: z.array(Hedge),
}).superRefine((v, ctx) => {
  // Pattern ids name rules in every extracted relation, so they are unique; kinds they name must exist.
  const kinds = new Set(v.entityKinds.map((k) => k.id));
  const seen = new Set<string>();
  v.relationTypes.forEach((t, i) =>
    t.patterns?.forEach((p, j) => {
      const at = ['relationTypes', i, 'patterns', j];
      if (!p.id.startsWith(`${t.id}/`)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `pattern "${p.id}" of relation type "${t.id}" must be named "${t.id}/<name>"` });
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `pattern id "${p.id}" is used twice` });
      seen.add(p.id);
      for (const field of ['fromKinds', 'toKinds'] as const)
        p[field]?.forEach((k, n) => {
          if (!kinds.has(k)) ctx.addIssue({ code: 'custom', path: [...at, field, n], message: `pattern "${p.id}" of relation type "${t.id}" names unknown entity kind "${k}"` });
        });
    }),
  );
});

export type EntityKind = z.infer<typeof EntityKind>;
export type RelationType = z.infer<typeof RelationType>;
export type Vocabulary = z.infer<typeof VocabularyFile>;
export { Id };
