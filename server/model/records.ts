import { z } from 'zod';
import { Id } from './ids.js';
import { PartialDate } from './date-schema.js';

/** Who changed a record and when; written by the server on every accepted write. */
export const Audit = z.strictObject({ by: z.string().min(1), at: z.iso.datetime() });

/** Attributes a foreign file carried that have no field here (kept from an import, exported again). */
export const Properties = z.record(z.string(), z.json());

export const ENTITY_STATUSES = ['reviewed', 'proposed'] as const;

export const Entity = z.strictObject({
  id: Id,
  kind: z.string().min(1),
  label: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  description: z.string().trim().min(1).optional(),
  wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q232"').optional(),
  iso2: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"').optional(),
  iso3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "KAZ"').optional(),
  /** proposed: named by an ingested source and not yet accepted by a curator; absent means reviewed. */
  status: z.enum(ENTITY_STATUSES).optional(),
  properties: Properties.optional(),
  created: Audit.optional(),
  updated: Audit.optional(),
});

/** The program and rule that proposed an evidence item (ingest), so a reviewer can judge the rule. */
export const Extractor = z.strictObject({ name: z.string().min(1), version: z.string().min(1), rule: z.string().min(1) });

/** Every field evidence can have; `Evidence` (records) and `EvidenceInput` (writes) add their own checks. */
export const EvidenceFields = z.strictObject({
  source: Id,
  /** Quote evidence: the exact supporting text, verbatim from the source's stored text. */
  quote: z.string().min(1).optional(),
  /** Character offsets into the source text (UTF-16 code units, as JavaScript counts): text.slice(start, end) === quote. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().positive().optional(),
  /** A few characters before and after the quote, so the quote can be found again if the text is re-cut. */
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  /** Record evidence: where in an imported dataset file the record lies ("edge:e12", "row:14", "triple:<s> <p> <o>"). */
  locator: z.string().min(1).optional(),
  extractor: Extractor.optional(),
});

const QUOTE_ONLY = ['quote', 'start', 'end', 'prefix', 'suffix'] as const;

/**
 * Evidence is either a quote (a sentence of a text source, at its offsets) or a record (an element,
 * row or triple of an imported dataset file, by locator). One object schema with a check, rather than
 * a zod union, so an error names the missing or stray field instead of "invalid input".
 */
export const Evidence = EvidenceFields.superRefine((v, ctx) => {
  if (v.locator !== undefined) {
    for (const k of QUOTE_ONLY) if (v[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: `record evidence (with a "locator") has no "${k}"` });
    return;
  }
  for (const k of ['quote', 'start', 'end'] as const) {
    if (v[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `required: quote evidence needs "quote", "start" and "end" (or a "locator" for a record of a dataset source)` });
  }
}) as unknown as z.ZodType<Evidence, z.input<typeof EvidenceFields>>;

import { STATUSES } from './statuses.js';
export { STATUSES };

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
    properties: Properties.optional(),
    created: Audit.optional(),
    updated: Audit.optional(),
});

/** article: a text; reference: curated reference statements; dataset: an imported file (GEXF, GraphML, CSV, JSON, RDF). */
export const SOURCE_KINDS = ['article', 'reference', 'dataset'] as const;

/** Formats of a dataset source's stored file; its relations' evidence are records located in it. */
export const DATASET_FORMATS = ['gexf', 'graphml', 'csv', 'graphology', 'cytoscape', 'turtle', 'ntriples', 'jsonld', 'sparql-json'] as const;

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
  /** For a dataset source: the format of the stored file (`<id>.txt` holds it byte for byte). */
  format: z.enum(DATASET_FORMATS).optional(),
  /** The name of the file it was imported or ingested from. */
  fileName: z.string().min(1).optional(),
  /** The original document the text was extracted from (HTML, Markdown), kept beside it as `file`. */
  original: z.strictObject({ file: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a plain file name'), mediaType: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  created: Audit.optional(),
});

export const EntitiesFile = z.strictObject({ $schema: z.string().optional(), entities: z.array(z.unknown()) });
export const RelationsFile = z.strictObject({ $schema: z.string().optional(), relations: z.array(z.unknown()) });

export type Audit = z.infer<typeof Audit>;
export type Entity = z.infer<typeof Entity>;
export type Extractor = z.infer<typeof Extractor>;
/** A sentence of a text source, at its offsets. */
export interface QuoteEvidence {
  source: string;
  quote: string;
  start: number;
  end: number;
  prefix?: string;
  suffix?: string;
  extractor?: Extractor;
}
/** A record (element, row, triple) of a dataset source, by locator. */
export interface RecordEvidence {
  source: string;
  locator: string;
  extractor?: Extractor;
}
export type Evidence = QuoteEvidence | RecordEvidence;
export const isRecordEvidence = (ev: Evidence): ev is RecordEvidence => 'locator' in ev && ev.locator !== undefined;
export type Relation = z.infer<typeof Relation>;
export type RelationStatus = (typeof STATUSES)[number];
export type SourceMeta = z.infer<typeof SourceMeta>;
/** A source as held in memory: its metadata plus the text every quote is checked against. */
export type Source = SourceMeta & { text: string };
