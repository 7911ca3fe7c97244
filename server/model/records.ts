import { z } from 'zod';
import { Id } from './ids.js';
import { PartialDate } from './dates.js';

/** Who changed a record and when; written by the server on every accepted write. */
export const Audit = z.strictObject({ by: z.string().min(1), at: z.iso.datetime() });

export const Entity = z.strictObject({
  id: Id,
  kind: z.string().min(1),
  label: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  description: z.string().trim().min(1).optional(),
  wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q232"').optional(),
  iso2: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"').optional(),
  iso3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "KAZ"').optional(),
  created: Audit.optional(),
  updated: Audit.optional(),
});

export const Evidence = z.strictObject({
  source: Id,
  /** The exact supporting text, verbatim from the source's stored text. */
  quote: z.string().min(1),
  /** Character offsets into the source text (UTF-16 code units, as JavaScript counts): text.slice(start, end) === quote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const STATUSES = ['reviewed', 'extracted', 'rejected'] as const;

export const Review = z.strictObject({
  by: z.string().min(1),
  at: z.iso.datetime(),
  note: z.string().optional(),
});

export const Relation = z.strictObject({
    id: Id,
    type: z.string().min(1),
    from: Id,
    to: Id,
    /** reviewed: a person checked it; extracted: a program proposed it; rejected: checked and found wrong (kept, hidden by default). */
    status: z.enum(STATUSES),
    confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
    hedge: z.string().optional(),
    pointInTime: PartialDate.optional(),
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    note: z.string().optional(),
    evidence: z.array(Evidence).min(1, 'every relation needs at least one evidence item'),
    review: Review.optional(),
    created: Audit.optional(),
  updated: Audit.optional(),
});

export const SOURCE_KINDS = ['article', 'reference'] as const;

/** A source's metadata file; its full text sits beside it in `<id>.txt`, byte for byte. */
export const SourceMeta = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  published: PartialDate.optional(),
  retrieved: PartialDate.optional(),
  url: z.url().optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag such as "en"'),
  description: z.string().optional(),
  /** SHA-256 of the text file: guards the offsets of every quote against an accidental edit of the text. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the hex SHA-256 of the source text').optional(),
  created: Audit.optional(),
});

export const EntitiesFile = z.strictObject({ $schema: z.string().optional(), entities: z.array(z.unknown()) });
export const RelationsFile = z.strictObject({ $schema: z.string().optional(), relations: z.array(z.unknown()) });

export type Audit = z.infer<typeof Audit>;
export type Entity = z.infer<typeof Entity>;
export type Evidence = z.infer<typeof Evidence>;
export type Relation = z.infer<typeof Relation>;
export type RelationStatus = (typeof STATUSES)[number];
export type SourceMeta = z.infer<typeof SourceMeta>;
/** A source as held in memory: its metadata plus the text every quote is checked against. */
export type Source = SourceMeta & { text: string };
