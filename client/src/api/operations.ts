import { graphql } from './generated/index.js';

/**
 * Every GraphQL operation the explorer sends. `npm run codegen` turns each into a typed document
 * (client/src/api/generated), so results and variables are checked against schema.graphql.
 */

/** The whole graph, every status (filters apply in the page, so counts update instantly), with the vocabulary. */
export const ExplorerGraphQuery = graphql(`
  query ExplorerGraph($limit: Int!) {
    graph(filter: { status: ["reviewed", "extracted", "rejected"] }, limit: $limit) {
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
`);

export const GraphEntityFragment = graphql(`
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
`);

export const GraphRelationFragment = graphql(`
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
`);

/** What the details panel shows about a relation: its reading, verdict, time and evidence. */
export const RelationDetailFragment = graphql(`
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
`);

export const EntityDetailsQuery = graphql(`
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
      relations(first: $first, filter: { status: ["reviewed", "extracted", "rejected"] }) {
        totalCount
        edges {
          node {
            ...RelationDetail
          }
        }
      }
    }
  }
`);

export const SourceTextQuery = graphql(`
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
`);

export const SearchEntitiesQuery = graphql(`
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
`);

export const FindPathsQuery = graphql(`
  query FindPaths($from: ID!, $to: ID!, $first: Int!, $maxLength: Int!, $filter: GraphFilter) {
    paths(from: $from, to: $to, first: $first, maxLength: $maxLength, filter: $filter) {
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
`);

/** Re-reads one changed entity or relation after a change event (null when it was deleted). */
export const ChangedEntityQuery = graphql(`
  query ChangedEntity($id: ID!) {
    entity(id: $id) {
      ...GraphEntity
    }
  }
`);

export const ChangedRelationQuery = graphql(`
  query ChangedRelation($id: ID!) {
    relation(id: $id) {
      ...GraphRelation
    }
  }
`);

/** The live change feed (Server-Sent Events). */
export const ChangesSubscription = graphql(`
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
`);
