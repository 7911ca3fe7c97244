import type { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { firstDay, lastDay } from './dates.js';
import { jsonPath, type IssueCode, type ValidationIssue } from './issues.js';
import type { JsonLocator } from './locate.js';
import { isRecordEvidence, type Entity, type Relation, type Source } from './records.js';
import { locatorProblem } from './locators.js';
import type { RelationType, Vocabulary } from './vocabulary.js';

/** Where a record sits: its file (or "(input)" for API input), its JSON path, and a locator for line numbers. */
export interface Place {
  file: string;
  path: ReadonlyArray<string | number>;
  locator?: JsonLocator;
}

export function issueAt(place: Place, code: IssueCode, message: string, sub: ReadonlyArray<string | number> = []): ValidationIssue {
  const segments = [...place.path, ...sub];
  const pos = place.locator?.locate(segments);
  return { code, file: place.file, path: jsonPath(segments), ...(pos ?? {}), message };
}

/** Checks a value against a zod schema; every zod issue becomes a located SCHEMA issue. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, place: Place): { value: T } | { issues: ValidationIssue[] } {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data };
  return {
    issues: result.error.issues.map((i) => {
      const sub = i.path.filter((p): p is string | number => typeof p !== 'symbol');
      const message = i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}` : i.message;
      return issueAt(place, 'SCHEMA', message, sub);
    }),
  };
}

/** Read access to the records that rules check references against. */
export interface Lookup {
  vocabulary: VocabularyIndex;
  entity(id: string): Entity | undefined;
  source(id: string): Source | undefined;
  entityIds(): Iterable<string>;
  sourceIds(): Iterable<string>;
}

/** The vocabulary with its ids indexed for the rules and the resolvers. */
export class VocabularyIndex {
  readonly kinds: Set<string>;
  readonly types: Map<string, RelationType>;
  readonly hedges: Set<string>;
  constructor(readonly vocabulary: Vocabulary) {
    this.kinds = new Set(vocabulary.entityKinds.map((k) => k.id));
    this.types = new Map(vocabulary.relationTypes.map((t) => [t.id, t]));
    this.hedges = new Set(vocabulary.hedges.map((h) => h.id));
  }
}

/** "did you mean …" for an unknown id, when a known one is close enough to be a typo. */
export function suggestion(unknown: string, known: Iterable<string>): string {
  const list = Array.from(known);
  if (list.length === 0) return '';
  const best = closest(unknown, list);
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  return distance(unknown, best) <= limit || best.includes(unknown) || unknown.includes(best) ? `; did you mean "${best}"?` : '';
}

function unknown(place: Place, what: string, value: string, known: Iterable<string>, sub: Array<string | number>): ValidationIssue {
  return issueAt(place, 'UNKNOWN_ID', `unknown ${what} "${value}"${suggestion(value, known)}`, sub);
}

export function checkEntity(e: Entity, place: Place, lookup: Lookup): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!lookup.vocabulary.kinds.has(e.kind)) issues.push(unknown(place, 'entity kind', e.kind, lookup.vocabulary.kinds, ['kind']));
  return issues;
}

export function checkRelation(r: Relation, place: Place, lookup: Lookup): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const vocab = lookup.vocabulary;
  if (!vocab.types.has(r.type)) issues.push(unknown(place, 'relation type', r.type, vocab.types.keys(), ['type']));
  if (r.hedge !== undefined && !vocab.hedges.has(r.hedge)) issues.push(unknown(place, 'hedge', r.hedge, vocab.hedges, ['hedge']));
  for (const end of ['from', 'to'] as const) {
    if (!lookup.entity(r[end])) {
      issues.push(
        issueAt(place, 'DANGLING_RELATION', `"${end}" points to entity "${r[end]}", which does not exist${suggestion(r[end], lookup.entityIds())}`, [end]),
      );
    }
  }
  if (r.from === r.to) issues.push(issueAt(place, 'SELF_LOOP', `a relation cannot link "${r.from}" to itself`, ['to']));
  issues.push(...checkTime(r, place));
  r.evidence.forEach((ev, i) => {
    const source = lookup.source(ev.source);
    if (!source) {
      issues.push(unknown(place, 'source', ev.source, lookup.sourceIds(), ['evidence', i, 'source']));
      return;
    }
    if (isRecordEvidence(ev)) {
      const missing = locatorProblem(ev.locator, source);
      if (missing) issues.push(issueAt(place, 'LOCATOR_NOT_FOUND', missing, ['evidence', i, 'locator']));
      return;
    }
    const problem = quoteProblem(ev.quote, ev.start, ev.end, source);
    if (problem) issues.push(issueAt(place, problem.code, problem.message, ['evidence', i, 'quote']));
  });
  return issues;
}

function checkTime(r: Relation, place: Place): ValidationIssue[] {
  if (r.pointInTime && (r.start || r.end)) {
    return [issueAt(place, 'BAD_TIME', 'give either pointInTime or start/end, not both', ['pointInTime'])];
  }
  if (r.start && r.end && firstDay(r.start) > lastDay(r.end)) {
    return [issueAt(place, 'BAD_TIME', `start ${r.start} is after end ${r.end}`, ['end'])];
  }
  return [];
}

/** Null when text.slice(start, end) is exactly the quote; otherwise what is wrong and where the quote really is. */
export function quoteProblem(quote: string, start: number, end: number, source: Source): { code: IssueCode; message: string } | null {
  const text = source.text;
  // The common case, a correct quote, costs one comparison; searching the text is only for the hint.
  if (start >= 0 && start < end && end <= text.length && end - start === quote.length && text.startsWith(quote, start)) return null;
  const found = text.indexOf(quote);
  const hint =
    found >= 0
      ? ` The quote does occur at ${found}–${found + quote.length}${text.indexOf(quote, found + 1) >= 0 ? ' (and later too)' : ''}.`
      : ' The quote does not occur anywhere in the source text.';
  if (end > text.length || start >= end) {
    return { code: 'QUOTE_OUT_OF_RANGE', message: `offsets ${start}–${end} are outside source "${source.id}" (its text has ${text.length} characters).${hint}` };
  }
  if (end - start !== quote.length || text.slice(start, end) !== quote) {
    const there = text.slice(start, Math.min(end, start + 60));
    return {
      code: 'QUOTE_MISMATCH',
      message: `quote is not found verbatim at ${start}–${end} of source "${source.id}"; the text there reads ${JSON.stringify(there)}${end - start > 60 ? '…' : ''}.${hint}`,
    };
  }
  return null;
}
