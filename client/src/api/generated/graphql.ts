/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ExplorerGraphQueryVariables = Exact<{
  limit: number;
}>;


export type ExplorerGraphQuery = { graph: { truncated: boolean, truncatedReason: string | null, entities: Array<{ id: string, label: string, kind: string, aliases: Array<string>, x: number, y: number, metrics: { degree: number, pagerank: number, betweenness: number | null, community: number } }>, relations: Array<{ id: string, type: string, label: string, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null }> }, vocabulary: { statuses: Array<string>, entityKinds: Array<{ id: string, label: string, color: string }>, relationTypes: Array<{ id: string, label: string, inverseLabel: string, symmetric: boolean }> } };

export type GraphEntityFragment = { id: string, label: string, kind: string, aliases: Array<string>, x: number, y: number, metrics: { degree: number, pagerank: number, betweenness: number | null, community: number } };

export type GraphRelationFragment = { id: string, type: string, label: string, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null };

export type RelationDetailFragment = { id: string, type: string, label: string, inverseLabel: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, note: string | null, from: { id: string, label: string, kind: string }, to: { id: string, label: string, kind: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, source: { id: string, title: string, published: string | null, publisher: string | null } }> };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type EntityDetailsQuery = { entity: { id: string, label: string, kind: string, aliases: Array<string>, description: string | null, wikidata: string | null, iso2: string | null, iso3: string | null, metrics: { degree: number, inDegree: number, outDegree: number, pagerank: number, betweenness: number | null, community: number }, relations: { totalCount: number, edges: Array<{ node: { id: string, type: string, label: string, inverseLabel: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, note: string | null, from: { id: string, label: string, kind: string }, to: { id: string, label: string, kind: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, source: { id: string, title: string, published: string | null, publisher: string | null } }> } }> } } | null };

export type SourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceTextQuery = { source: { id: string, title: string, publisher: string | null, published: string | null, url: string | null, text: string } | null };

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


export type FindPathsQuery = { paths: Array<{ length: number, entities: Array<{ id: string, label: string, kind: string }>, relations: Array<{ id: string }>, hops: Array<{ from: { id: string, label: string }, to: { id: string, label: string }, relations: Array<{ id: string, type: string, label: string, inverseLabel: string, symmetric: boolean, fromId: string, toId: string, status: string, confidence: number, hedge: string | null, pointInTime: string | null, start: string | null, end: string | null, note: string | null, from: { id: string, label: string, kind: string }, to: { id: string, label: string, kind: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, source: { id: string, title: string, published: string | null, publisher: string | null } }> }> }> }> };

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
  evidence {
    quote
    start
    end
    source {
      id
      title
      published
      publisher
    }
  }
}
    `, {"fragmentName":"RelationDetail"}) as unknown as TypedDocumentString<RelationDetailFragment, unknown>;
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
  evidence {
    quote
    start
    end
    source {
      id
      title
      published
      publisher
    }
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($id: ID!) {
  source(id: $id) {
    id
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
  evidence {
    quote
    start
    end
    source {
      id
      title
      published
      publisher
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