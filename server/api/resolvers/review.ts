import { encodeCursor, paginate } from '../../graph/listing.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { isRecordEvidence } from '../../model/records.js';
import { suggestion } from '../../model/rules.js';
import { canonicalRelation, type ReviewEntry } from '../../store/review-log.js';
import type { Change } from '../../store/changes.js';
import { cursorArg, pageSize } from '../args.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import type { MutationResolvers, QueryResolvers, ReviewQueueFilter } from '../generated/resolvers-types.js';
import { memo } from '../memo.js';
import { plain, write } from './mutation.js';
import { identicalRepoints } from './review-identical.js';

/** The API form of a log entry: the relation before and after as JSON text. */
function entryForApi(e: ReviewEntry) {
  return {
    id: e.id,
    by: e.by,
    at: e.at,
    relation: e.relation,
    decision: e.decision,
    before: JSON.stringify(canonicalRelation(e.before)),
    after: JSON.stringify(canonicalRelation(e.after)),
    undoneBy: e.undoneBy ?? null,
    note: e.note ?? null,
  };
}

function sourceArg(ctx: ApiContext, id: string, name: string): void {
  if (!ctx.kg.source(id)) throw badInput(`${name}: unknown source "${id}"${suggestion(id, ctx.kg.sourceIds())}`, name);
}

/** Extracted relations citing a source, highest confidence first, ties by id (one list per graph version). */
function queueOf(kg: KnowledgeGraph, source: string): string[] {
  return memo(kg, `reviewQueue:${source}`, () => {
    const table = kg.relations;
    const ids: Array<[string, number]> = [];
    for (const [id, row] of table.entries()) if (table.statusAt(row) === 'extracted' && table.citesSource(row, source)) ids.push([id, table.confidenceAt(row)]);
    return ids.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([id]) => id);
  });
}

/** The filter's test for one relation; unknown types and an out-of-range confidence are refused with the argument named. */
function queueFilter(ctx: ApiContext, source: string, f: ReviewQueueFilter | null | undefined): ((id: string) => boolean) | null {
  if (!f) return null;
  const types = f.types ? new Set(f.types) : null;
  for (const t of types ?? []) if (!ctx.kg.vocabulary.types.has(t)) throw badInput(`filter.types: unknown relation type "${t}"${suggestion(t, ctx.kg.vocabulary.types.keys())}`, 'filter.types');
  const min = f.minConfidence ?? null;
  if (min !== null && (min < 0 || min > 1)) throw badInput(`filter.minConfidence must be between 0 and 1 (got ${min})`, 'filter.minConfidence');
  const rules = f.rules ? new Set(f.rules) : null;
  return (id) => {
    const r = ctx.kg.relation(id)!;
    if (types && !types.has(r.type)) return false;
    if (min !== null && r.confidence < min) return false;
    if (rules && !r.evidence.some((ev) => ev.source === source && !isRecordEvidence(ev) && ev.extractor && rules.has(ev.extractor.rule))) return false;
    return true;
  };
}

export const ReviewQuery: Pick<QueryResolvers, 'reviewQueue' | 'reviewLog'> = {
  reviewQueue: (_, { source, filter, first, after }, ctx) => {
    sourceArg(ctx, source, 'source');
    const keep = queueFilter(ctx, source, filter);
    const ids = queueOf(ctx.kg, source);
    return { page: paginate(ids, keep ? (i) => keep(ids[i]!) : () => true, pageSize(ctx, first, 50), cursorArg(after)) };
  },

  reviewLog: (_, { source, first, after }, ctx) => {
    if (source) sourceArg(ctx, source, 'source');
    const cites = (e: ReviewEntry) => e.source === source || [e.before, e.after].some((r) => r.evidence.some((ev) => ev.source === source));
    const entries = ctx.store.reviews.newestFirst().filter((e) => !source || cites(e));
    const page = paginate(
      entries.map((e) => e.id),
      () => true,
      pageSize(ctx, first, 50),
      cursorArg(after),
    );
    const byId = new Map(entries.map((e) => [e.id, e]));
    const cursor = (i: number) => encodeCursor({ position: page.positions[i]!, id: page.ids[i]! });
    return {
      edges: page.ids.map((id, i) => ({ cursor: cursor(i), node: entryForApi(byId.get(id)!) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.ids.length ? cursor(0) : null,
        endCursor: page.ids.length ? cursor(page.ids.length - 1) : null,
      },
      totalCount: page.totalCount,
    };
  },
};

/** A review write's answer: the entries it logged and the relations as they are now. */
async function decide(ctx: ApiContext, changes: Change[], place: (i: number) => { file: string; path: Array<string | number> }) {
  const { version, results } = await write(ctx, changes, place);
  const entries = results.flatMap((r) => r.reviewEntryIds ?? []).map((id) => entryForApi(ctx.store.reviews.get(id)!));
  const relations = [...new Set(results.map((r) => r.id))].map((id) => ctx.kg.relation(id)!).filter(Boolean);
  return { entries, relations, version };
}

export const ReviewMutation: Pick<MutationResolvers, 'reviewRelations' | 'undoReview' | 'undoReviews' | 'mergeEntities'> = {
  reviewRelations: async (_, { ids, decision, edit, note, applyToIdentical }, ctx) => {
    if (ids.length === 0) throw badInput('ids: give at least one relation id', 'ids');
    const unique = [...new Set(ids)];
    const changes: Change[] = unique.map((id) => ({ op: 'decideReview', id, decision, ...(edit ? { edit: plain(edit) } : {}), note: note ?? null }));
    const repoints = identicalRepoints(ctx.kg, unique, edit, applyToIdentical ?? []);
    const place = (i: number) => ({ file: '(input)', path: i < unique.length ? ['ids', i] : ['applyToIdentical', repoints[i - unique.length]!.id] });
    return decide(ctx, [...changes, ...repoints], place);
  },

  undoReview: (_, { entry }, ctx) => decide(ctx, [{ op: 'undoReview', entry }], () => ({ file: '(input)', path: [] })),

  undoReviews: (_, { entries }, ctx) => {
    if (entries.length === 0) throw badInput('entries: give at least one review log entry id', 'entries');
    return decide(ctx, entries.map((entry) => ({ op: 'undoReview', entry })), (i) => ({ file: '(input)', path: ['entries', i] }));
  },

  mergeEntities: async (_, { keep, merge }, ctx) => {
    const id = (name: string) => ctx.kg.resolveEntity(name)?.id ?? name;
    const kept = id(keep);
    await write(ctx, [{ op: 'mergeEntities', keep: kept, merge: id(merge) }], () => ({ file: '(input)', path: [] }));
    return ctx.kg.entity(kept)!;
  },
};
