/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerGraph($limit: Int!) {\n    graph(filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }, limit: $limit) {\n      truncated\n      truncatedReason\n      entities {\n        ...GraphEntity\n      }\n      relations {\n        ...GraphRelation\n      }\n    }\n    vocabulary {\n      entityKinds {\n        id\n        label\n        color\n      }\n      relationTypes {\n        id\n        label\n        inverseLabel\n        symmetric\n      }\n      statuses\n    }\n  }\n": typeof types.ExplorerGraphDocument,
    "\n  fragment GraphEntity on Entity {\n    id\n    label\n    kind\n    aliases\n    x\n    y\n    metrics {\n      degree\n      pagerank\n      betweenness\n      community\n    }\n  }\n": typeof types.GraphEntityFragmentDoc,
    "\n  fragment GraphRelation on Relation {\n    id\n    type\n    label\n    fromId\n    toId\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n  }\n": typeof types.GraphRelationFragmentDoc,
    "\n  fragment RelationDetail on Relation {\n    id\n    type\n    label\n    inverseLabel\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n    }\n    to {\n      id\n      label\n      kind\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    note\n    evidence {\n      quote\n      start\n      end\n      source {\n        id\n        title\n        published\n        publisher\n      }\n    }\n  }\n": typeof types.RelationDetailFragmentDoc,
    "\n  query EntityDetails($id: ID!, $first: Int!) {\n    entity(id: $id) {\n      id\n      label\n      kind\n      aliases\n      description\n      wikidata\n      iso2\n      iso3\n      metrics {\n        degree\n        inDegree\n        outDegree\n        pagerank\n        betweenness\n        community\n      }\n      relations(first: $first, filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }) {\n        totalCount\n        edges {\n          node {\n            ...RelationDetail\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      url\n      text\n    }\n  }\n": typeof types.SourceTextDocument,
    "\n  query SearchEntities($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        id\n        label\n        kind\n        aliases\n      }\n    }\n  }\n": typeof types.SearchEntitiesDocument,
    "\n  query FindPaths($from: ID!, $to: ID!, $first: Int!, $maxLength: Int!, $filter: GraphFilter) {\n    paths(from: $from, to: $to, first: $first, maxLength: $maxLength, filter: $filter) {\n      length\n      entities {\n        id\n        label\n        kind\n      }\n      relations {\n        id\n      }\n      hops {\n        from {\n          id\n          label\n        }\n        to {\n          id\n          label\n        }\n        relations {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n": typeof types.FindPathsDocument,
    "\n  query ChangedEntity($id: ID!) {\n    entity(id: $id) {\n      ...GraphEntity\n    }\n  }\n": typeof types.ChangedEntityDocument,
    "\n  query ChangedRelation($id: ID!) {\n    relation(id: $id) {\n      ...GraphRelation\n    }\n  }\n": typeof types.ChangedRelationDocument,
    "\n  subscription Changes {\n    changes {\n      kind\n      version\n      at\n      by\n      changes {\n        op\n        id\n        entityIds\n        relationIds\n        deletedRelationIds\n      }\n    }\n  }\n": typeof types.ChangesDocument,
};
const documents: Documents = {
    "\n  query ExplorerGraph($limit: Int!) {\n    graph(filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }, limit: $limit) {\n      truncated\n      truncatedReason\n      entities {\n        ...GraphEntity\n      }\n      relations {\n        ...GraphRelation\n      }\n    }\n    vocabulary {\n      entityKinds {\n        id\n        label\n        color\n      }\n      relationTypes {\n        id\n        label\n        inverseLabel\n        symmetric\n      }\n      statuses\n    }\n  }\n": types.ExplorerGraphDocument,
    "\n  fragment GraphEntity on Entity {\n    id\n    label\n    kind\n    aliases\n    x\n    y\n    metrics {\n      degree\n      pagerank\n      betweenness\n      community\n    }\n  }\n": types.GraphEntityFragmentDoc,
    "\n  fragment GraphRelation on Relation {\n    id\n    type\n    label\n    fromId\n    toId\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n  }\n": types.GraphRelationFragmentDoc,
    "\n  fragment RelationDetail on Relation {\n    id\n    type\n    label\n    inverseLabel\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n    }\n    to {\n      id\n      label\n      kind\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    note\n    evidence {\n      quote\n      start\n      end\n      source {\n        id\n        title\n        published\n        publisher\n      }\n    }\n  }\n": types.RelationDetailFragmentDoc,
    "\n  query EntityDetails($id: ID!, $first: Int!) {\n    entity(id: $id) {\n      id\n      label\n      kind\n      aliases\n      description\n      wikidata\n      iso2\n      iso3\n      metrics {\n        degree\n        inDegree\n        outDegree\n        pagerank\n        betweenness\n        community\n      }\n      relations(first: $first, filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }) {\n        totalCount\n        edges {\n          node {\n            ...RelationDetail\n          }\n        }\n      }\n    }\n  }\n": types.EntityDetailsDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      url\n      text\n    }\n  }\n": types.SourceTextDocument,
    "\n  query SearchEntities($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        id\n        label\n        kind\n        aliases\n      }\n    }\n  }\n": types.SearchEntitiesDocument,
    "\n  query FindPaths($from: ID!, $to: ID!, $first: Int!, $maxLength: Int!, $filter: GraphFilter) {\n    paths(from: $from, to: $to, first: $first, maxLength: $maxLength, filter: $filter) {\n      length\n      entities {\n        id\n        label\n        kind\n      }\n      relations {\n        id\n      }\n      hops {\n        from {\n          id\n          label\n        }\n        to {\n          id\n          label\n        }\n        relations {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n": types.FindPathsDocument,
    "\n  query ChangedEntity($id: ID!) {\n    entity(id: $id) {\n      ...GraphEntity\n    }\n  }\n": types.ChangedEntityDocument,
    "\n  query ChangedRelation($id: ID!) {\n    relation(id: $id) {\n      ...GraphRelation\n    }\n  }\n": types.ChangedRelationDocument,
    "\n  subscription Changes {\n    changes {\n      kind\n      version\n      at\n      by\n      changes {\n        op\n        id\n        entityIds\n        relationIds\n        deletedRelationIds\n      }\n    }\n  }\n": types.ChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerGraph($limit: Int!) {\n    graph(filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }, limit: $limit) {\n      truncated\n      truncatedReason\n      entities {\n        ...GraphEntity\n      }\n      relations {\n        ...GraphRelation\n      }\n    }\n    vocabulary {\n      entityKinds {\n        id\n        label\n        color\n      }\n      relationTypes {\n        id\n        label\n        inverseLabel\n        symmetric\n      }\n      statuses\n    }\n  }\n"): typeof import('./graphql').ExplorerGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEntity on Entity {\n    id\n    label\n    kind\n    aliases\n    x\n    y\n    metrics {\n      degree\n      pagerank\n      betweenness\n      community\n    }\n  }\n"): typeof import('./graphql').GraphEntityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphRelation on Relation {\n    id\n    type\n    label\n    fromId\n    toId\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n  }\n"): typeof import('./graphql').GraphRelationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationDetail on Relation {\n    id\n    type\n    label\n    inverseLabel\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n    }\n    to {\n      id\n      label\n      kind\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    note\n    evidence {\n      quote\n      start\n      end\n      source {\n        id\n        title\n        published\n        publisher\n      }\n    }\n  }\n"): typeof import('./graphql').RelationDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($id: ID!, $first: Int!) {\n    entity(id: $id) {\n      id\n      label\n      kind\n      aliases\n      description\n      wikidata\n      iso2\n      iso3\n      metrics {\n        degree\n        inDegree\n        outDegree\n        pagerank\n        betweenness\n        community\n      }\n      relations(first: $first, filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }) {\n        totalCount\n        edges {\n          node {\n            ...RelationDetail\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      url\n      text\n    }\n  }\n"): typeof import('./graphql').SourceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEntities($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        id\n        label\n        kind\n        aliases\n      }\n    }\n  }\n"): typeof import('./graphql').SearchEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPaths($from: ID!, $to: ID!, $first: Int!, $maxLength: Int!, $filter: GraphFilter) {\n    paths(from: $from, to: $to, first: $first, maxLength: $maxLength, filter: $filter) {\n      length\n      entities {\n        id\n        label\n        kind\n      }\n      relations {\n        id\n      }\n      hops {\n        from {\n          id\n          label\n        }\n        to {\n          id\n          label\n        }\n        relations {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangedEntity($id: ID!) {\n    entity(id: $id) {\n      ...GraphEntity\n    }\n  }\n"): typeof import('./graphql').ChangedEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangedRelation($id: ID!) {\n    relation(id: $id) {\n      ...GraphRelation\n    }\n  }\n"): typeof import('./graphql').ChangedRelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Changes {\n    changes {\n      kind\n      version\n      at\n      by\n      changes {\n        op\n        id\n        entityIds\n        relationIds\n        deletedRelationIds\n      }\n    }\n  }\n"): typeof import('./graphql').ChangesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
