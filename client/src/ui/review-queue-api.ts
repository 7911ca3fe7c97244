import { request } from '../api/client.js';
import type { RelationEnd, ReviewDecision, ReviewItemFragment, ReviewQueueFilter, RelationPatch } from '../api/generated/graphql.js';
import { IdenticalMentionsQuery, MergeEntitiesMutation, ReviewQueueQuery, ReviewRelationsMutation, UndoReviewsMutation, UpdateEntityMutation } from '../api/write-operations.js';

/** Most candidates the Review view loads at once (pages of 100, the API's page cap). */
export const QUEUE_LIMIT = 1000;
const PAGE = 100;

/** The review calls of one source, as the Review view makes them. */
export const reviewApi = {
  /** The waiting candidates (all pages, up to QUEUE_LIMIT), highest confidence first. */
  async queue(source: string, filter: ReviewQueueFilter | null = null): Promise<ReviewItemFragment[]> {
    const out: ReviewItemFragment[] = [];
    let after: string | null = null;
    do {
      const { reviewQueue: page }: { reviewQueue: { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: Array<{ node: ReviewItemFragment }> } } = await request(ReviewQueueQuery, { source, filter, first: PAGE, after });
      out.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null;
    } while (after && out.length < QUEUE_LIMIT);
    return out;
  },

  async count(source: string, filter: ReviewQueueFilter): Promise<number> {
    return (await request(ReviewQueueQuery, { source, filter, first: 1, after: null })).reviewQueue.totalCount;
  },

  /**
   * One decision on some candidates: the log entries written and the relations as they are now
   * (with `applyToIdentical`, also the identical mentions of those ends the edit re-pointed).
   */
  async decide(ids: string[], decision: ReviewDecision, edit: RelationPatch | null = null, applyToIdentical: RelationEnd[] = []): Promise<{ logIds: string[]; relations: ReviewItemFragment[] }> {
    const { reviewRelations: r } = await request(ReviewRelationsMutation, { ids, decision, edit, note: null, applyToIdentical });
    return { logIds: r.entries.map((e) => e.id), relations: r.relations };
  },

  /** Undoes log entries, in the order given, in one commit; the relations as they are now. */
  async undo(entries: string[]): Promise<ReviewItemFragment[]> {
    return (await request(UndoReviewsMutation, { entries })).undoReviews.relations;
  },

  /** How the candidate's end is written and the other candidates naming its entity that way (ids and ends). */
  async identical(relation: string, end: RelationEnd): Promise<{ surfaces: string[]; relations: Array<{ id: string; fromId: string; toId: string }> }> {
    return (await request(IdenticalMentionsQuery, { relation, end })).identicalMentions;
  },

  async merge(keep: string, merge: string): Promise<{ id: string; label: string }> {
    return (await request(MergeEntitiesMutation, { keep, merge })).mergeEntities;
  },

  async updateEntity(id: string, patch: { label?: string; status?: string }): Promise<{ id: string; label: string; status: string }> {
    return (await request(UpdateEntityMutation, { id, patch })).updateEntity;
  },
};
