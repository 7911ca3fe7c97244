/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Changes to an entity: fields left out stay; optional fields set to null are cleared. */
export type EntityPatch = {
  /** New list of aliases (replaces the old list). */
  aliases?: Array<string> | null | undefined;
  /** New description, or null to clear. */
  description?: string | null | undefined;
  /** New ISO alpha-2 code, or null to clear. */
  iso2?: string | null | undefined;
  /** New ISO alpha-3 code, or null to clear. */
  iso3?: string | null | undefined;
  /** New kind. */
  kind?: string | null | undefined;
  /** New display name. */
  label?: string | null | undefined;
  /** `reviewed` to accept a proposed entity (null clears the status, which also means reviewed). */
  status?: string | null | undefined;
  /** New Wikidata id, or null to clear. */
  wikidata?: string | null | undefined;
};

/** A quote supporting a relation. */
export type EvidenceInput = {
  /** Offset after its last character; derived from start when left out. */
  end?: number | null | undefined;
  /** The exact text, verbatim from the source. */
  quote: string;
  /** Id of the source quoted. */
  source: string | number;
  /** Offset of its first character; may be left out when the quote occurs exactly once. */
  start?: number | null | undefined;
};

/** Conditions on the graph; all given conditions must hold. */
export type GraphFilter = {
  /** Leave out entities with no kept relation (graph only). */
  hideIsolated?: boolean | null | undefined;
  /** Entity kinds to keep; relations need both ends kept. */
  kinds?: Array<string> | null | undefined;
  /** Lowest confidence to keep, 0 to 1. */
  minConfidence?: number | null | undefined;
  /** Keep relations with evidence from this source. */
  source?: string | number | null | undefined;
  /** Statuses to keep; default reviewed and extracted (rejected hidden). */
  status?: Array<string> | null | undefined;
  /** Relation types to keep. */
  types?: Array<string> | null | undefined;
  /** Keep relations that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  validAt?: string | null | undefined;
};

/** A file to import. */
export type ImportGraphInput = {
  /** Add node kinds and edge types the vocabulary lacks, in the same commit, instead of refusing them. */
  addToVocabulary?: boolean | null | undefined;
  /** Name of the file (stored with the source). */
  fileName?: string | null | undefined;
  /** gexf, graphml, csv, graphology, cytoscape, ntriples, turtle or sparql-json; guessed from fileName or the content when left out. */
  format?: string | null | undefined;
  /** Mapping of the foreign data onto Corridor (JSON: columns, kinds, types; see the README); the saved mapping file's content. */
  mapping?: string | null | undefined;
  /** Publisher of the dataset. */
  publisher?: string | null | undefined;
  /** Status of imported relations: extracted (default) or reviewed. */
  status?: string | null | undefined;
  /** The file's content (UTF-8). */
  text: string;
  /** Title of the dataset source; the file name when left out. */
  title?: string | null | undefined;
  /** Where the dataset comes from. */
  url?: string | null | undefined;
};

/** A source to ingest: its text (plain, Markdown or HTML) and metadata. */
export type IngestSourceInput = {
  /** Name of the file it came from. */
  fileName?: string | null | undefined;
  /** `text` (default), `markdown` or `html`. For Markdown and HTML the readable text is extracted and stored; the original is kept beside it. */
  format?: string | null | undefined;
  /** Stable id; derived from the title when left out. */
  id?: string | number | null | undefined;
  /** Language (BCP 47); en by default. */
  language?: string | null | undefined;
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: string | null | undefined;
  /** Publisher. */
  publisher?: string | null | undefined;
  /** The document: plain text, Markdown or HTML (see `format`). */
  text: string;
  /** Title; for HTML, taken from the page when left out. */
  title?: string | null | undefined;
  /** Where it can be read. */
  url?: string | null | undefined;
};

/** One end of a relation. */
export type RelationEnd =
  /** The subject (`from`). */
  | 'FROM'
  /** The object (`to`). */
  | 'TO';

/** Changes to a relation: fields left out stay; optional fields set to null are cleared. */
export type RelationPatch = {
  /** New confidence. */
  confidence?: number | null | undefined;
  /** New end (clears pointInTime), or null to clear. */
  end?: string | null | undefined;
  /** New evidence list (replaces the old one). */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** New subject. */
  from?: string | number | null | undefined;
  /** New hedge, or null to clear. */
  hedge?: string | null | undefined;
  /** New note, or null to clear. */
  note?: string | null | undefined;
  /** New point in time (clears start/end), or null to clear. */
  pointInTime?: string | null | undefined;
  /** New start (clears pointInTime), or null to clear. */
  start?: string | null | undefined;
  /** New status. */
  status?: string | null | undefined;
  /** New object. */
  to?: string | number | null | undefined;
  /** New type. */
  type?: string | null | undefined;
};

/** What a reviewer decides on a candidate relation. */
export type ReviewDecision =
  /** Right as it stands (after the edit, if one is given): status becomes reviewed. */
  | 'ACCEPT'
  /** Only apply the edit; the relation stays waiting for review. */
  | 'EDIT'
  /** Wrong: status becomes rejected (kept, hidden by default, not proposed again). */
  | 'REJECT';

/** Conditions on the review queue: what a reviewer bulk-accepts. */
export type ReviewQueueFilter = {
  /** Only candidates of at least this confidence. */
  minConfidence?: number | null | undefined;
  /** Only candidates proposed by these rules (extractor.rule). */
  rules?: Array<string> | null | undefined;
  /** Only these relation types. */
  types?: Array<string> | null | undefined;
};

export type ExplorerGraphQueryVariables = Exact<{
  limit: number;
}>;


export type ExplorerGraphQuery = { graph: { truncated: boolean, truncatedReason: string | null, entities: Array<{ id: string, label: string, kind: string, aliases: Array<string>, x: number, y: number, metrics: { degree: number, pagerank: number, betweenness: number | null, community: number } }>, relations: Array<{ id: string, type: string, label: string, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null }> }, vocabulary: { statuses: Array<string>, entityKinds: Array<{ id: string, label: string, color: string }>, relationTypes: Array<{ id: string, label: string, inverseLabel: string, symmetric: boolean }> } };

export type GraphEntityFragment = { id: string, label: string, kind: string, aliases: Array<string>, x: number, y: number, metrics: { degree: number, pagerank: number, betweenness: number | null, community: number } };

export type GraphRelationFragment = { id: string, type: string, label: string, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null };

export type RelationDetailFragment = { id: string, type: string, label: string, inverseLabel: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, note: string | null, sourceCount: number, from: { id: string, label: string, kind: string }, to: { id: string, label: string, kind: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, locator: string | null, source: { id: string, kind: string, title: string, published: string | null, publisher: string | null, fileName: string | null } }> };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type EntityDetailsQuery = { entity: { id: string, label: string, kind: string, aliases: Array<string>, description: string | null, wikidata: string | null, iso2: string | null, iso3: string | null, metrics: { degree: number, inDegree: number, outDegree: number, pagerank: number, betweenness: number | null, community: number }, relations: { totalCount: number, edges: Array<{ node: { id: string, type: string, label: string, inverseLabel: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, note: string | null, sourceCount: number, from: { id: string, label: string, kind: string }, to: { id: string, label: string, kind: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, locator: string | null, source: { id: string, kind: string, title: string, published: string | null, publisher: string | null, fileName: string | null } }> } }> } } | null };

export type SourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceTextQuery = { source: { id: string, kind: string, fileName: string | null, title: string, publisher: string | null, published: string | null, url: string | null, text: string } | null };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type SearchEntitiesQuery = { search: Array<{ score: number, entity: { id: string, label: string, kind: string, aliases: Array<string> } }> };

export type FindPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  first: number;
  maxLength: number;
  filter?: GraphFilter | null | undefined;
}>;


export type FindPathsQuery = { paths: Array<{ length: number, entities: Array<{ id: string, label: string, kind: string }>, relations: Array<{ id: string }>, hops: Array<{ from: { id: string, label: string }, to: { id: string, label: string }, relations: Array<{ id: string, type: string, label: string, inverseLabel: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, note: string | null, sourceCount: number, from: { id: string, label: string, kind: string }, to: { id: string, label: string, kind: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, locator: string | null, source: { id: string, kind: string, title: string, published: string | null, publisher: string | null, fileName: string | null } }> }> }> }> };

export type ChangedEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangedEntityQuery = { entity: { id: string, label: string, kind: string, aliases: Array<string>, x: number, y: number, metrics: { degree: number, pagerank: number, betweenness: number | null, community: number } } | null };

export type ChangedRelationQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangedRelationQuery = { relation: { id: string, type: string, label: string, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null } | null };

export type ChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ChangesSubscription = { changes: { kind: string, version: number, at: string, by: string, changes: Array<{ op: string, id: string, entityIds: Array<string>, relationIds: Array<string>, deletedRelationIds: Array<string> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, role: string } | null, dataStatus: { writable: boolean } };

export type IngestSourceMutationVariables = Exact<{
  input: IngestSourceInput;
  dryRun: boolean;
}>;


export type IngestSourceMutation = { ingestSource: { committed: boolean, version: number | null, source: { id: string, title: string, chars: number, words: number, sentences: number }, mentions: Array<{ start: number, end: number, text: string, entity: string | null, proposed: boolean, how: string }>, proposedEntities: Array<{ id: string, label: string, kind: string }>, counts: { mentions: number, linked: number, ambiguous: number, proposedEntities: number, candidates: number, corroborations: number, skipped: number } } };

export type ReviewItemFragment = { id: string, type: string, label: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, sourceCount: number, from: { id: string, label: string, kind: string, status: string }, to: { id: string, label: string, kind: string, status: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, source: { id: string }, extractor: { rule: string } | null }> };

export type ReviewQueueQueryVariables = Exact<{
  source: string | number;
  filter?: ReviewQueueFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, label: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, sourceCount: number, from: { id: string, label: string, kind: string, status: string }, to: { id: string, label: string, kind: string, status: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, source: { id: string }, extractor: { rule: string } | null }> } }> } };

export type ReviewSourceQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewSourceQuery = { source: { id: string, title: string, publisher: string | null, published: string | null, url: string | null, text: string, pendingCount: number } | null, vocabulary: { hedges: Array<{ id: string }> } };

export type ReviewRelationsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  decision: ReviewDecision;
  edit?: RelationPatch | null | undefined;
  note?: string | null | undefined;
  applyToIdentical?: Array<RelationEnd> | RelationEnd | null | undefined;
}>;


export type ReviewRelationsMutation = { reviewRelations: { entries: Array<{ id: string, relation: string }>, relations: Array<{ id: string, type: string, label: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, sourceCount: number, from: { id: string, label: string, kind: string, status: string }, to: { id: string, label: string, kind: string, status: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, source: { id: string }, extractor: { rule: string } | null }> }> } };

export type UndoReviewsMutationVariables = Exact<{
  entries: Array<string | number> | string | number;
}>;


export type UndoReviewsMutation = { undoReviews: { relations: Array<{ id: string, type: string, label: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, sourceCount: number, from: { id: string, label: string, kind: string, status: string }, to: { id: string, label: string, kind: string, status: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, source: { id: string }, extractor: { rule: string } | null }> }> } };

export type IdenticalMentionsQueryVariables = Exact<{
  relation: string | number;
  end: RelationEnd;
}>;


export type IdenticalMentionsQuery = { identicalMentions: { surfaces: Array<string>, relations: Array<{ id: string, fromId: string, toId: string }> } };

export type MergeEntitiesMutationVariables = Exact<{
  keep: string | number;
  merge: string | number;
}>;


export type MergeEntitiesMutation = { mergeEntities: { id: string, label: string } };

export type UpdateEntityMutationVariables = Exact<{
  id: string | number;
  patch: EntityPatch;
}>;


export type UpdateEntityMutation = { updateEntity: { id: string, label: string, status: string } };

export type ImportGraphMutationVariables = Exact<{
  input: ImportGraphInput;
  dryRun: boolean;
}>;


export type ImportGraphMutation = { importGraph: { committed: boolean, version: number | null, source: string, format: string, entitiesRead: number, relationsRead: number, entitiesCreated: number, entitiesMerged: number, relationsCreated: number, mapping: string, mappings: Array<{ what: string, foreign: string, mapsTo: string | null, count: number }>, losses: Array<{ place: string, reason: string }>, merges: Array<{ foreign: string, entity: string, by: string }> } };

export type SourceRelationsQueryVariables = Exact<{
  source: string | number;
  first: number;
}>;


export type SourceRelationsQuery = { relations: { totalCount: number, edges: Array<{ node: { id: string, type: string, label: string, inverseLabel: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, note: string | null, sourceCount: number, from: { id: string, label: string, kind: string }, to: { id: string, label: string, kind: string }, evidence: Array<{ kind: string, quote: string, start: number | null, end: number | null, locator: string | null, source: { id: string, kind: string, title: string, published: string | null, publisher: string | null, fileName: string | null } }> } }> } };

export type PendingSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingSourcesQuery = { sources: Array<{ id: string, kind: string, title: string, published: string | null, pendingCount: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GraphEntityFragmentDoc = new TypedDocumentString(`
    fragment GraphEntity on Entity {
  id
  label
  kind
  aliases
  x
  y
  metrics {
    degree
    pagerank
    betweenness
    community
  }
}
    `, {"fragmentName":"GraphEntity"}) as unknown as TypedDocumentString<GraphEntityFragment, unknown>;
export const GraphRelationFragmentDoc = new TypedDocumentString(`
    fragment GraphRelation on Relation {
  id
  type
  label
  fromId
  toId
  status
  confidence
  hedge
  pointInTime
  start
  end
}
    `, {"fragmentName":"GraphRelation"}) as unknown as TypedDocumentString<GraphRelationFragment, unknown>;
export const RelationDetailFragmentDoc = new TypedDocumentString(`
    fragment RelationDetail on Relation {
  id
  type
  label
  inverseLabel
  symmetric
  fromId
  toId
  from {
    id
    label
    kind
  }
  to {
    id
    label
    kind
  }
  status
  confidence
  hedge
  pointInTime
  start
  end
  note
  sourceCount
  evidence {
    kind
    quote
    start
    end
    locator
    source {
      id
      kind
      title
      published
      publisher
      fileName
    }
  }
}
    `, {"fragmentName":"RelationDetail"}) as unknown as TypedDocumentString<RelationDetailFragment, unknown>;
export const ReviewItemFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ReviewItem"}) as unknown as TypedDocumentString<ReviewItemFragment, unknown>;
export const ExplorerGraphDocument = new TypedDocumentString(`
    query ExplorerGraph($limit: Int!) {
  graph(filter: {status: ["reviewed", "extracted", "rejected"]}, limit: $limit) {
    truncated
    truncatedReason
    entities {
      ...GraphEntity
    }
    relations {
      ...GraphRelation
    }
  }
  vocabulary {
    entityKinds {
      id
      label
      color
    }
    relationTypes {
      id
      label
      inverseLabel
      symmetric
    }
    statuses
  }
}
    fragment GraphEntity on Entity {
  id
  label
  kind
  aliases
  x
  y
  metrics {
    degree
    pagerank
    betweenness
    community
  }
}
fragment GraphRelation on Relation {
  id
  type
  label
  fromId
  toId
  status
  confidence
  hedge
  pointInTime
  start
  end
}`) as unknown as TypedDocumentString<ExplorerGraphQuery, ExplorerGraphQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!, $first: Int!) {
  entity(id: $id) {
    id
    label
    kind
    aliases
    description
    wikidata
    iso2
    iso3
    metrics {
      degree
      inDegree
      outDegree
      pagerank
      betweenness
      community
    }
    relations(
      first: $first
      filter: {status: ["reviewed", "extracted", "rejected"]}
    ) {
      totalCount
      edges {
        node {
          ...RelationDetail
        }
      }
    }
  }
}
    fragment RelationDetail on Relation {
  id
  type
  label
  inverseLabel
  symmetric
  fromId
  toId
  from {
    id
    label
    kind
  }
  to {
    id
    label
    kind
  }
  status
  confidence
  hedge
  pointInTime
  start
  end
  note
  sourceCount
  evidence {
    kind
    quote
    start
    end
    locator
    source {
      id
      kind
      title
      published
      publisher
      fileName
    }
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($id: ID!) {
  source(id: $id) {
    id
    kind
    fileName
    title
    publisher
    published
    url
    text
  }
}
    `) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;
export const SearchEntitiesDocument = new TypedDocumentString(`
    query SearchEntities($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    entity {
      id
      label
      kind
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const FindPathsDocument = new TypedDocumentString(`
    query FindPaths($from: ID!, $to: ID!, $first: Int!, $maxLength: Int!, $filter: GraphFilter) {
  paths(
    from: $from
    to: $to
    first: $first
    maxLength: $maxLength
    filter: $filter
  ) {
    length
    entities {
      id
      label
      kind
    }
    relations {
      id
    }
    hops {
      from {
        id
        label
      }
      to {
        id
        label
      }
      relations {
        ...RelationDetail
      }
    }
  }
}
    fragment RelationDetail on Relation {
  id
  type
  label
  inverseLabel
  symmetric
  fromId
  toId
  from {
    id
    label
    kind
  }
  to {
    id
    label
    kind
  }
  status
  confidence
  hedge
  pointInTime
  start
  end
  note
  sourceCount
  evidence {
    kind
    quote
    start
    end
    locator
    source {
      id
      kind
      title
      published
      publisher
      fileName
    }
  }
}`) as unknown as TypedDocumentString<FindPathsQuery, FindPathsQueryVariables>;
export const ChangedEntityDocument = new TypedDocumentString(`
    query ChangedEntity($id: ID!) {
  entity(id: $id) {
    ...GraphEntity
  }
}
    fragment GraphEntity on Entity {
  id
  label
  kind
  aliases
  x
  y
  metrics {
    degree
    pagerank
    betweenness
    community
  }
}`) as unknown as TypedDocumentString<ChangedEntityQuery, ChangedEntityQueryVariables>;
export const ChangedRelationDocument = new TypedDocumentString(`
    query ChangedRelation($id: ID!) {
  relation(id: $id) {
    ...GraphRelation
  }
}
    fragment GraphRelation on Relation {
  id
  type
  label
  fromId
  toId
  status
  confidence
  hedge
  pointInTime
  start
  end
}`) as unknown as TypedDocumentString<ChangedRelationQuery, ChangedRelationQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    subscription Changes {
  changes {
    kind
    version
    at
    by
    changes {
      op
      id
      entityIds
      relationIds
      deletedRelationIds
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesSubscription, ChangesSubscriptionVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    name
    role
  }
  dataStatus {
    writable
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const IngestSourceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<IngestSourceMutation, IngestSourceMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewSourceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReviewSourceQuery, ReviewSourceQueryVariables>;
export const ReviewRelationsDocument = new TypedDocumentString(`
    mutation ReviewRelations($ids: [ID!]!, $decision: ReviewDecision!, $edit: RelationPatch, $note: String, $applyToIdentical: [RelationEnd!]) {
  reviewRelations(
    ids: $ids
    decision: $decision
    edit: $edit
    note: $note
    applyToIdentical: $applyToIdentical
  ) {
    entries {
      id
      relation
    }
    relations {
      ...ReviewItem
    }
  }
}
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
}`) as unknown as TypedDocumentString<ReviewRelationsMutation, ReviewRelationsMutationVariables>;
export const UndoReviewsDocument = new TypedDocumentString(`
    mutation UndoReviews($entries: [ID!]!) {
  undoReviews(entries: $entries) {
    relations {
      ...ReviewItem
    }
  }
}
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
}`) as unknown as TypedDocumentString<UndoReviewsMutation, UndoReviewsMutationVariables>;
export const IdenticalMentionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<IdenticalMentionsQuery, IdenticalMentionsQueryVariables>;
export const MergeEntitiesDocument = new TypedDocumentString(`
    mutation MergeEntities($keep: ID!, $merge: ID!) {
  mergeEntities(keep: $keep, merge: $merge) {
    id
    label
  }
}
    `) as unknown as TypedDocumentString<MergeEntitiesMutation, MergeEntitiesMutationVariables>;
export const UpdateEntityDocument = new TypedDocumentString(`
    mutation UpdateEntity($id: ID!, $patch: EntityPatch!) {
  updateEntity(id: $id, patch: $patch) {
    id
    label
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const ImportGraphDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ImportGraphMutation, ImportGraphMutationVariables>;
export const SourceRelationsDocument = new TypedDocumentString(`
    query SourceRelations($source: ID!, $first: Int!) {
  relations(
    filter: {source: $source, status: ["reviewed", "extracted"]}
    first: $first
  ) {
    totalCount
    edges {
      node {
        ...RelationDetail
      }
    }
  }
}
    fragment RelationDetail on Relation {
  id
  type
  label
  inverseLabel
  symmetric
  fromId
  toId
  from {
    id
    label
    kind
  }
  to {
    id
    label
    kind
  }
  status
  confidence
  hedge
  pointInTime
  start
  end
  note
  sourceCount
  evidence {
    kind
    quote
    start
    end
    locator
    source {
      id
      kind
      title
      published
      publisher
      fileName
    }
  }
}`) as unknown as TypedDocumentString<SourceRelationsQuery, SourceRelationsQueryVariables>;
export const PendingSourcesDocument = new TypedDocumentString(`
    query PendingSources {
  sources {
    id
    kind
    title
    published
    pendingCount
  }
}
    `) as unknown as TypedDocumentString<PendingSourcesQuery, PendingSourcesQueryVariables>;