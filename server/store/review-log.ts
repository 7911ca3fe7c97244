import { z } from 'zod';
import { Audit, Relation } from '../model/records.js';

export const REVIEW_DECISIONS = ['ACCEPT', 'REJECT', 'EDIT', 'UNDO'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * One logged review decision as stored in `reviews/<source-id>.json`: who decided what on which
 * relation, and the relation before and after, so it can be undone. The file it lies in names the
 * source (the source of the relation's first evidence at the time of the decision).
 */
export const ReviewEntryRecord = z.strictObject({
  id: z.string().min(1),
  relation: z.string().min(1),
  decision: z.enum(REVIEW_DECISIONS),
  by: Audit.shape.by,
  at: Audit.shape.at,
  note: z.string().optional(),
  /** For an UNDO: the entry it undid. */
  undoes: z.string().min(1).optional(),
  /** Set when a later UNDO entry undid this one. */
  undoneBy: z.string().min(1).optional(),
  before: Relation,
  after: Relation,
});
export const ReviewsFile = z.strictObject({ $schema: z.string().optional(), reviews: z.array(z.unknown()) });

export type ReviewEntryRecord = z.infer<typeof ReviewEntryRecord>;
/** An entry in memory: the record plus the source whose log file holds it. */
export type ReviewEntry = ReviewEntryRecord & { source: string };

const ENTRY_KEYS = Object.keys(ReviewEntryRecord.shape);
const RELATION_KEYS = Object.keys(Relation.shape);

function ordered(record: object, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (record as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** A relation in the one canonical key order, so a log file written twice is byte-identical. */
export function canonicalRelation(r: Relation): Relation {
  return ordered(r, RELATION_KEYS) as Relation;
}

/** The canonical text of one source's log file: two-space JSON, keys in schema order, a trailing newline. */
export function reviewsFileText(entries: ReviewEntry[]): string {
  const reviews = entries.map((e) => ordered({ ...e, before: canonicalRelation(e.before), after: canonicalRelation(e.after) }, ENTRY_KEYS));
  return JSON.stringify({ reviews }, null, 2) + '\n';
}

/**
 * Every review decision, per source, in the order they were made. Held by the Store beside the
 * KnowledgeGraph (the log is not part of the graph: queries never traverse it).
 */
export class ReviewLog {
  private readonly bySource = new Map<string, ReviewEntry[]>();
  private readonly byId = new Map<string, ReviewEntry>();

  /** Adds a new entry, or replaces the one with its id (an entry marked undone). */
  put(entry: ReviewEntry): void {
    const prior = this.byId.get(entry.id);
    this.byId.set(entry.id, entry);
    let list = this.bySource.get(entry.source);
    if (!list) this.bySource.set(entry.source, (list = []));
    if (prior) list[list.indexOf(prior)] = entry;
    else list.push(entry);
  }

  get(id: string): ReviewEntry | undefined {
    return this.byId.get(id);
  }

  /** One source's entries, oldest first. */
  ofSource(source: string): readonly ReviewEntry[] {
    return this.bySource.get(source) ?? [];
  }

  /** Every entry, newest first (ties by id, so the order is stable). */
  newestFirst(): ReviewEntry[] {
    return [...this.byId.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id.localeCompare(a.id, 'en', { numeric: true })));
  }

  get size(): number {
    return this.byId.size;
  }
}
