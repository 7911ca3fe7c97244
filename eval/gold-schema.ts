import { z } from 'zod';
import { Id } from '../server/model/ids.js';

/**
 * The format of a gold file (eval/gold/<set>/gold.json): what a careful curator records from the
 * text beside it. Offsets are UTF-16 code units into text.txt (text.slice(start, end) === quote).
 */

const Span = z.strictObject({ start: z.int().nonnegative(), end: z.int().positive() });
const Quote = Span.extend({ quote: z.string().min(1) });

export const GoldEntity = z.strictObject({
  id: Id,
  label: z.string().min(1),
  kind: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q232"').optional(),
});

/** A span that names one of the gold entities. */
export const GoldMention = Span.extend({ text: z.string().min(1), entity: Id });

/** A name of something the vocabulary has no kind for (a company, a person, a city as a place): not scored either way. */
export const UnscoredSpan = Span.extend({ text: z.string().min(1), reason: z.string().min(1) });

export const GoldRelation = z.strictObject({
  /** The curated relation id, for sets copied from graph-data. */
  id: Id.optional(),
  type: z.string().min(1),
  from: Id,
  to: Id,
  evidence: z.array(Quote).min(1),
  hedge: z.string().min(1).optional(),
  pointInTime: z.string().min(1).optional(),
  start: z.string().min(1).optional(),
  end: z.string().min(1).optional(),
});

/** A statement the text negates ("no longer a member"): a positive candidate here is a false positive. */
export const GoldNegative = Quote.extend({ type: z.string().min(1), from: Id, to: Id, note: z.string().min(1) });

export const GoldFile = z.strictObject({
  set: Id,
  source: z.strictObject({ title: z.string().min(1), publisher: z.string().optional(), published: z.string().optional(), language: z.string().min(2) }),
  note: z.string().min(1),
  /**
   * Written and annotated after the patterns were last tuned, and never tuned on: its figures
   * measure how the patterns generalise. The targets are asserted on the other sets.
   */
  heldOut: z.boolean().default(false),
  entities: z.array(GoldEntity).min(1),
  mentions: z.array(GoldMention),
  unscored: z.array(UnscoredSpan).default([]),
  relations: z.array(GoldRelation).min(1),
  negatives: z.array(GoldNegative).default([]),
});

export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldMention = z.infer<typeof GoldMention>;
export type GoldRelation = z.infer<typeof GoldRelation>;
export type GoldNegative = z.infer<typeof GoldNegative>;
export type GoldFile = z.infer<typeof GoldFile>;
