import { z } from 'zod';
import { Id } from './ids.js';

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
});

export const Hedge = z.strictObject({ id: z.string().regex(/^[a-z]+$/), description: z.string().min(1) });

export const VocabularyFile = z.strictObject({
  $schema: z.string().optional(),
  entityKinds: z.array(EntityKind).min(1),
  relationTypes: z.array(RelationType).min(1),
  hedges: z.array(Hedge),
});

export type EntityKind = z.infer<typeof EntityKind>;
export type RelationType = z.infer<typeof RelationType>;
export type Vocabulary = z.infer<typeof VocabularyFile>;
export { Id };
