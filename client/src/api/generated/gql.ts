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
    "\n  fragment RelationDetail on Relation {\n    id\n    type\n    label\n    inverseLabel\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n    }\n    to {\n      id\n      label\n      kind\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    note\n    sourceCount\n    evidence {\n      kind\n      quote\n      start\n      end\n      locator\n      source {\n        id\n        kind\n        title\n        published\n        publisher\n        fileName\n      }\n    }\n  }\n": typeof types.RelationDetailFragmentDoc,
    "\n  query EntityDetails($id: ID!, $first: Int!) {\n    entity(id: $id) {\n      id\n      label\n      kind\n      aliases\n      description\n      wikidata\n      iso2\n      iso3\n      metrics {\n        degree\n        inDegree\n        outDegree\n        pagerank\n        betweenness\n        community\n      }\n      relations(first: $first, filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }) {\n        totalCount\n        edges {\n          node {\n            ...RelationDetail\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      kind\n      fileName\n      title\n      publisher\n      published\n      url\n      text\n    }\n  }\n": typeof types.SourceTextDocument,
    "\n  query SearchEntities($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        id\n        label\n        kind\n        aliases\n      }\n    }\n  }\n": typeof types.SearchEntitiesDocument,
    "\n  query FindPaths($from: ID!, $to: ID!, $first: Int!, $maxLength: Int!, $filter: GraphFilter) {\n    paths(from: $from, to: $to, first: $first, maxLength: $maxLength, filter: $filter) {\n      length\n      entities {\n        id\n        label\n        kind\n      }\n      relations {\n        id\n      }\n      hops {\n        from {\n          id\n          label\n        }\n        to {\n          id\n          label\n        }\n        relations {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n": typeof types.FindPathsDocument,
    "\n  query ChangedEntity($id: ID!) {\n    entity(id: $id) {\n      ...GraphEntity\n    }\n  }\n": typeof types.ChangedEntityDocument,
    "\n  query ChangedRelation($id: ID!) {\n    relation(id: $id) {\n      ...GraphRelation\n    }\n  }\n": typeof types.ChangedRelationDocument,
    "\n  subscription Changes {\n    changes {\n      kind\n      version\n      at\n      by\n      changes {\n        op\n        id\n        entityIds\n        relationIds\n        deletedRelationIds\n      }\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  query Viewer {\n    viewer {\n      name\n      role\n    }\n    dataStatus {\n      writable\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation IngestSource($input: IngestSourceInput!, $dryRun: Boolean!) {\n    ingestSource(input: $input, dryRun: $dryRun) {\n      committed\n      version\n      source {\n        id\n        title\n        chars\n        words\n        sentences\n      }\n      mentions {\n        start\n        end\n        text\n        entity\n        proposed\n        how\n      }\n      proposedEntities {\n        id\n        label\n        kind\n      }\n      counts {\n        mentions\n        linked\n        ambiguous\n        proposedEntities\n        candidates\n        corroborations\n        skipped\n      }\n    }\n  }\n": typeof types.IngestSourceDocument,
    "\n  fragment ReviewItem on Relation {\n    id\n    type\n    label\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n      status\n    }\n    to {\n      id\n      label\n      kind\n      status\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    sourceCount\n    evidence {\n      kind\n      quote\n      start\n      end\n      source {\n        id\n      }\n      extractor {\n        rule\n      }\n    }\n  }\n": typeof types.ReviewItemFragmentDoc,
    "\n  query ReviewQueue($source: ID!, $filter: ReviewQueueFilter, $first: Int!, $after: String) {\n    reviewQueue(source: $source, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReviewItem\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ReviewSource($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      url\n      text\n      pendingCount\n    }\n    vocabulary {\n      hedges {\n        id\n      }\n    }\n  }\n": typeof types.ReviewSourceDocument,
    "\n  mutation ReviewRelations($ids: [ID!]!, $decision: ReviewDecision!, $edit: RelationPatch, $note: String, $applyToIdentical: [RelationEnd!]) {\n    reviewRelations(ids: $ids, decision: $decision, edit: $edit, note: $note, applyToIdentical: $applyToIdentical) {\n      entries {\n        id\n        relation\n      }\n      relations {\n        ...ReviewItem\n      }\n    }\n  }\n": typeof types.ReviewRelationsDocument,
    "\n  mutation UndoReviews($entries: [ID!]!) {\n    undoReviews(entries: $entries) {\n      relations {\n        ...ReviewItem\n      }\n    }\n  }\n": typeof types.UndoReviewsDocument,
    "\n  query IdenticalMentions($relation: ID!, $end: RelationEnd!) {\n    identicalMentions(relation: $relation, end: $end) {\n      surfaces\n      relations {\n        id\n        fromId\n        toId\n      }\n    }\n  }\n": typeof types.IdenticalMentionsDocument,
    "\n  mutation MergeEntities($keep: ID!, $merge: ID!) {\n    mergeEntities(keep: $keep, merge: $merge) {\n      id\n      label\n    }\n  }\n": typeof types.MergeEntitiesDocument,
    "\n  mutation UpdateEntity($id: ID!, $patch: EntityPatch!) {\n    updateEntity(id: $id, patch: $patch) {\n      id\n      label\n      status\n    }\n  }\n": typeof types.UpdateEntityDocument,
    "\n  mutation ImportGraph($input: ImportGraphInput!, $dryRun: Boolean!) {\n    importGraph(input: $input, dryRun: $dryRun) {\n      committed\n      version\n      source\n      format\n      entitiesRead\n      relationsRead\n      entitiesCreated\n      entitiesMerged\n      relationsCreated\n      mappings {\n        what\n        foreign\n        mapsTo\n        count\n      }\n      losses {\n        place\n        reason\n      }\n      merges {\n        foreign\n        entity\n        by\n      }\n      mapping\n    }\n  }\n": typeof types.ImportGraphDocument,
    "\n  query SourceRelations($source: ID!, $first: Int!) {\n    relations(filter: { source: $source, status: [\"reviewed\", \"extracted\"] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n": typeof types.SourceRelationsDocument,
    "\n  query PendingSources {\n    sources {\n      id\n      kind\n      title\n      published\n      pendingCount\n    }\n  }\n": typeof types.PendingSourcesDocument,
};
const documents: Documents = {
    "\n  query ExplorerGraph($limit: Int!) {\n    graph(filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }, limit: $limit) {\n      truncated\n      truncatedReason\n      entities {\n        ...GraphEntity\n      }\n      relations {\n        ...GraphRelation\n      }\n    }\n    vocabulary {\n      entityKinds {\n        id\n        label\n        color\n      }\n      relationTypes {\n        id\n        label\n        inverseLabel\n        symmetric\n      }\n      statuses\n    }\n  }\n": types.ExplorerGraphDocument,
    "\n  fragment GraphEntity on Entity {\n    id\n    label\n    kind\n    aliases\n    x\n    y\n    metrics {\n      degree\n      pagerank\n      betweenness\n      community\n    }\n  }\n": types.GraphEntityFragmentDoc,
    "\n  fragment GraphRelation on Relation {\n    id\n    type\n    label\n    fromId\n    toId\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n  }\n": types.GraphRelationFragmentDoc,
    "\n  fragment RelationDetail on Relation {\n    id\n    type\n    label\n    inverseLabel\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n    }\n    to {\n      id\n      label\n      kind\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    note\n    sourceCount\n    evidence {\n      kind\n      quote\n      start\n      end\n      locator\n      source {\n        id\n        kind\n        title\n        published\n        publisher\n        fileName\n      }\n    }\n  }\n": types.RelationDetailFragmentDoc,
    "\n  query EntityDetails($id: ID!, $first: Int!) {\n    entity(id: $id) {\n      id\n      label\n      kind\n      aliases\n      description\n      wikidata\n      iso2\n      iso3\n      metrics {\n        degree\n        inDegree\n        outDegree\n        pagerank\n        betweenness\n        community\n      }\n      relations(first: $first, filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }) {\n        totalCount\n        edges {\n          node {\n            ...RelationDetail\n          }\n        }\n      }\n    }\n  }\n": types.EntityDetailsDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      kind\n      fileName\n      title\n      publisher\n      published\n      url\n      text\n    }\n  }\n": types.SourceTextDocument,
    "\n  query SearchEntities($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        id\n        label\n        kind\n        aliases\n      }\n    }\n  }\n": types.SearchEntitiesDocument,
    "\n  query FindPaths($from: ID!, $to: ID!, $first: Int!, $maxLength: Int!, $filter: GraphFilter) {\n    paths(from: $from, to: $to, first: $first, maxLength: $maxLength, filter: $filter) {\n      length\n      entities {\n        id\n        label\n        kind\n      }\n      relations {\n        id\n      }\n      hops {\n        from {\n          id\n          label\n        }\n        to {\n          id\n          label\n        }\n        relations {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n": types.FindPathsDocument,
    "\n  query ChangedEntity($id: ID!) {\n    entity(id: $id) {\n      ...GraphEntity\n    }\n  }\n": types.ChangedEntityDocument,
    "\n  query ChangedRelation($id: ID!) {\n    relation(id: $id) {\n      ...GraphRelation\n    }\n  }\n": types.ChangedRelationDocument,
    "\n  subscription Changes {\n    changes {\n      kind\n      version\n      at\n      by\n      changes {\n        op\n        id\n        entityIds\n        relationIds\n        deletedRelationIds\n      }\n    }\n  }\n": types.ChangesDocument,
    "\n  query Viewer {\n    viewer {\n      name\n      role\n    }\n    dataStatus {\n      writable\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation IngestSource($input: IngestSourceInput!, $dryRun: Boolean!) {\n    ingestSource(input: $input, dryRun: $dryRun) {\n      committed\n      version\n      source {\n        id\n        title\n        chars\n        words\n        sentences\n      }\n      mentions {\n        start\n        end\n        text\n        entity\n        proposed\n        how\n      }\n      proposedEntities {\n        id\n        label\n        kind\n      }\n      counts {\n        mentions\n        linked\n        ambiguous\n        proposedEntities\n        candidates\n        corroborations\n        skipped\n      }\n    }\n  }\n": types.IngestSourceDocument,
    "\n  fragment ReviewItem on Relation {\n    id\n    type\n    label\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n      status\n    }\n    to {\n      id\n      label\n      kind\n      status\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    sourceCount\n    evidence {\n      kind\n      quote\n      start\n      end\n      source {\n        id\n      }\n      extractor {\n        rule\n      }\n    }\n  }\n": types.ReviewItemFragmentDoc,
    "\n  query ReviewQueue($source: ID!, $filter: ReviewQueueFilter, $first: Int!, $after: String) {\n    reviewQueue(source: $source, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReviewItem\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ReviewSource($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      url\n      text\n      pendingCount\n    }\n    vocabulary {\n      hedges {\n        id\n      }\n    }\n  }\n": types.ReviewSourceDocument,
    "\n  mutation ReviewRelations($ids: [ID!]!, $decision: ReviewDecision!, $edit: RelationPatch, $note: String, $applyToIdentical: [RelationEnd!]) {\n    reviewRelations(ids: $ids, decision: $decision, edit: $edit, note: $note, applyToIdentical: $applyToIdentical) {\n      entries {\n        id\n        relation\n      }\n      relations {\n        ...ReviewItem\n      }\n    }\n  }\n": types.ReviewRelationsDocument,
    "\n  mutation UndoReviews($entries: [ID!]!) {\n    undoReviews(entries: $entries) {\n      relations {\n        ...ReviewItem\n      }\n    }\n  }\n": types.UndoReviewsDocument,
    "\n  query IdenticalMentions($relation: ID!, $end: RelationEnd!) {\n    identicalMentions(relation: $relation, end: $end) {\n      surfaces\n      relations {\n        id\n        fromId\n        toId\n      }\n    }\n  }\n": types.IdenticalMentionsDocument,
    "\n  mutation MergeEntities($keep: ID!, $merge: ID!) {\n    mergeEntities(keep: $keep, merge: $merge) {\n      id\n      label\n    }\n  }\n": types.MergeEntitiesDocument,
    "\n  mutation UpdateEntity($id: ID!, $patch: EntityPatch!) {\n    updateEntity(id: $id, patch: $patch) {\n      id\n      label\n      status\n    }\n  }\n": types.UpdateEntityDocument,
    "\n  mutation ImportGraph($input: ImportGraphInput!, $dryRun: Boolean!) {\n    importGraph(input: $input, dryRun: $dryRun) {\n      committed\n      version\n      source\n      format\n      entitiesRead\n      relationsRead\n      entitiesCreated\n      entitiesMerged\n      relationsCreated\n      mappings {\n        what\n        foreign\n        mapsTo\n        count\n      }\n      losses {\n        place\n        reason\n      }\n      merges {\n        foreign\n        entity\n        by\n      }\n      mapping\n    }\n  }\n": types.ImportGraphDocument,
    "\n  query SourceRelations($source: ID!, $first: Int!) {\n    relations(filter: { source: $source, status: [\"reviewed\", \"extracted\"] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n": types.SourceRelationsDocument,
    "\n  query PendingSources {\n    sources {\n      id\n      kind\n      title\n      published\n      pendingCount\n    }\n  }\n": types.PendingSourcesDocument,
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
export function graphql(source: "\n  fragment RelationDetail on Relation {\n    id\n    type\n    label\n    inverseLabel\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n    }\n    to {\n      id\n      label\n      kind\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    note\n    sourceCount\n    evidence {\n      kind\n      quote\n      start\n      end\n      locator\n      source {\n        id\n        kind\n        title\n        published\n        publisher\n        fileName\n      }\n    }\n  }\n"): typeof import('./graphql').RelationDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($id: ID!, $first: Int!) {\n    entity(id: $id) {\n      id\n      label\n      kind\n      aliases\n      description\n      wikidata\n      iso2\n      iso3\n      metrics {\n        degree\n        inDegree\n        outDegree\n        pagerank\n        betweenness\n        community\n      }\n      relations(first: $first, filter: { status: [\"reviewed\", \"extracted\", \"rejected\"] }) {\n        totalCount\n        edges {\n          node {\n            ...RelationDetail\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      kind\n      fileName\n      title\n      publisher\n      published\n      url\n      text\n    }\n  }\n"): typeof import('./graphql').SourceTextDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      name\n      role\n    }\n    dataStatus {\n      writable\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestSource($input: IngestSourceInput!, $dryRun: Boolean!) {\n    ingestSource(input: $input, dryRun: $dryRun) {\n      committed\n      version\n      source {\n        id\n        title\n        chars\n        words\n        sentences\n      }\n      mentions {\n        start\n        end\n        text\n        entity\n        proposed\n        how\n      }\n      proposedEntities {\n        id\n        label\n        kind\n      }\n      counts {\n        mentions\n        linked\n        ambiguous\n        proposedEntities\n        candidates\n        corroborations\n        skipped\n      }\n    }\n  }\n"): typeof import('./graphql').IngestSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewItem on Relation {\n    id\n    type\n    label\n    symmetric\n    fromId\n    toId\n    from {\n      id\n      label\n      kind\n      status\n    }\n    to {\n      id\n      label\n      kind\n      status\n    }\n    status\n    confidence\n    hedge\n    pointInTime\n    start\n    end\n    sourceCount\n    evidence {\n      kind\n      quote\n      start\n      end\n      source {\n        id\n      }\n      extractor {\n        rule\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($source: ID!, $filter: ReviewQueueFilter, $first: Int!, $after: String) {\n    reviewQueue(source: $source, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReviewItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSource($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      url\n      text\n      pendingCount\n    }\n    vocabulary {\n      hedges {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRelations($ids: [ID!]!, $decision: ReviewDecision!, $edit: RelationPatch, $note: String, $applyToIdentical: [RelationEnd!]) {\n    reviewRelations(ids: $ids, decision: $decision, edit: $edit, note: $note, applyToIdentical: $applyToIdentical) {\n      entries {\n        id\n        relation\n      }\n      relations {\n        ...ReviewItem\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoReviews($entries: [ID!]!) {\n    undoReviews(entries: $entries) {\n      relations {\n        ...ReviewItem\n      }\n    }\n  }\n"): typeof import('./graphql').UndoReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdenticalMentions($relation: ID!, $end: RelationEnd!) {\n    identicalMentions(relation: $relation, end: $end) {\n      surfaces\n      relations {\n        id\n        fromId\n        toId\n      }\n    }\n  }\n"): typeof import('./graphql').IdenticalMentionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeEntities($keep: ID!, $merge: ID!) {\n    mergeEntities(keep: $keep, merge: $merge) {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql').MergeEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEntity($id: ID!, $patch: EntityPatch!) {\n    updateEntity(id: $id, patch: $patch) {\n      id\n      label\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportGraph($input: ImportGraphInput!, $dryRun: Boolean!) {\n    importGraph(input: $input, dryRun: $dryRun) {\n      committed\n      version\n      source\n      format\n      entitiesRead\n      relationsRead\n      entitiesCreated\n      entitiesMerged\n      relationsCreated\n      mappings {\n        what\n        foreign\n        mapsTo\n        count\n      }\n      losses {\n        place\n        reason\n      }\n      merges {\n        foreign\n        entity\n        by\n      }\n      mapping\n    }\n  }\n"): typeof import('./graphql').ImportGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceRelations($source: ID!, $first: Int!) {\n    relations(filter: { source: $source, status: [\"reviewed\", \"extracted\"] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...RelationDetail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SourceRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingSources {\n    sources {\n      id\n      kind\n      title\n      published\n      pendingCount\n    }\n  }\n"): typeof import('./graphql').PendingSourcesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
