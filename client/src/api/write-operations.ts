import { graphql } from './generated/index.js';

/**
 * The operations behind signing in, adding a source, reviewing its candidates, and importing a graph
 * file (writes need an editor token; see state/session.ts). Typed by `npm run codegen` like operations.ts.
 */

/** Who the token belongs to, and whether the server accepts writes at all. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      name
      role
    }
    dataStatus {
      writable
    }
  }
`);

export const IngestSourceMutation = graphql(`
  mutation IngestSource($input: IngestSourceInput!, $dryRun: Boolean!) {
    ingestSource(input: $input, dryRun: $dryRun) {
      committed
      version
      source {
        id
        title
        chars
        words
        sentences
      }
      mentions {
        start
        end
        text
        entity
        proposed
        how
      }
      proposedEntities {
        id
        label
        kind
      }
      counts {
        mentions
        linked
        ambiguous
        proposedEntities
        candidates
        corroborations
        skipped
      }
    }
  }
`);

/** A candidate as the review queue shows it. */
export const ReviewItemFragment = graphql(`
  fragment ReviewItem on Relation {
    id
    type
    label
    symmetric
    fromId
    toId
    from {
      id
      label
      kind
      status
    }
    to {
      id
      label
      kind
      status
    }
    status
    confidence
    hedge
    pointInTime
    start
    end
    sourceCount
    evidence {
      kind
      quote
      start
      end
      source {
        id
      }
      extractor {
        rule
      }
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($source: ID!, $filter: ReviewQueueFilter, $first: Int!, $after: String) {
    reviewQueue(source: $source, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ReviewItem
        }
      }
    }
  }
`);

/** The source under review, with the vocabulary's hedges for the edit form. */
export const ReviewSourceQuery = graphql(`
  query ReviewSource($id: ID!) {
    source(id: $id) {
      id
      title
      publisher
      published
      url
      text
      pendingCount
    }
    vocabulary {
      hedges {
        id
      }
    }
  }
`);

export const ReviewRelationsMutation = graphql(`
  mutation ReviewRelations($ids: [ID!]!, $decision: ReviewDecision!, $edit: RelationPatch, $note: String, $applyToIdentical: [RelationEnd!]) {
    reviewRelations(ids: $ids, decision: $decision, edit: $edit, note: $note, applyToIdentical: $applyToIdentical) {
      entries {
        id
        relation
      }
      relations {
        ...ReviewItem
      }
    }
  }
`);

/** Several log entries undone in one commit (all the entries of one decision, newest first). */
export const UndoReviewsMutation = graphql(`
  mutation UndoReviews($entries: [ID!]!) {
    undoReviews(entries: $entries) {
      relations {
        ...ReviewItem
      }
    }
  }
`);

/** The other candidates naming an end's entity the same way (the edit form's "apply to identical mentions"). */
export const IdenticalMentionsQuery = graphql(`
  query IdenticalMentions($relation: ID!, $end: RelationEnd!) {
    identicalMentions(relation: $relation, end: $end) {
      surfaces
      relations {
        id
        fromId
        toId
      }
    }
  }
`);

export const MergeEntitiesMutation = graphql(`
  mutation MergeEntities($keep: ID!, $merge: ID!) {
    mergeEntities(keep: $keep, merge: $merge) {
      id
      label
    }
  }
`);

export const UpdateEntityMutation = graphql(`
  mutation UpdateEntity($id: ID!, $patch: EntityPatch!) {
    updateEntity(id: $id, patch: $patch) {
      id
      label
      status
    }
  }
`);

export const ImportGraphMutation = graphql(`
  mutation ImportGraph($input: ImportGraphInput!, $dryRun: Boolean!) {
    importGraph(input: $input, dryRun: $dryRun) {
      committed
      version
      source
      format
      entitiesRead
      relationsRead
      entitiesCreated
      entitiesMerged
      relationsCreated
      mappings {
        what
        foreign
        mapsTo
        count
      }
      losses {
        place
        reason
      }
      merges {
        foreign
        entity
        by
      }
      mapping
    }
  }
`);

/** Relations citing a source (the source reader lists those resting on a clicked sentence). */
export const SourceRelationsQuery = graphql(`
  query SourceRelations($source: ID!, $first: Int!) {
    relations(filter: { source: $source, status: ["reviewed", "extracted"] }, first: $first) {
      totalCount
      edges {
        node {
          ...RelationDetail
        }
      }
    }
  }
`);

/** Sources with candidates waiting for review (the Review picker). */
export const PendingSourcesQuery = graphql(`
  query PendingSources {
    sources {
      id
      kind
      title
      published
      pendingCount
    }
  }
`);
