import type { Resolvers } from '../generated/resolvers-types.js';
import { Entity, Metrics } from './entity.js';
import { Mutation } from './mutation.js';
import { IngestMutation } from './ingest.js';
import { ImportMutation, ImportReport } from './import.js';
import { IdenticalQuery } from './review-identical.js';
import { ReviewMutation, ReviewQuery } from './review.js';
import { Query } from './query.js';
import { viewer } from './viewer.js';
import { Relation, Source } from './relation.js';
import { Evidence } from './evidence.js';
import { ChangeEvent, Subscription } from './subscription.js';
import { EntityConnection, EntityEdge, Hop, Path, RelationConnection, RelationEdge, SearchHit, Subgraph } from './traversal.js';
import { DataStatus, EntityKind, GraphStats, RelationType, Vocabulary } from './vocabulary.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...ReviewQuery, ...IdenticalQuery, viewer },
  Mutation: { ...Mutation, ...IngestMutation, ...ImportMutation, ...ReviewMutation },
  Subscription,
  Entity,
  Metrics,
  Relation,
  Evidence,
  ImportReport,
  Source,
  Subgraph,
  Path,
  Hop,
  SearchHit,
  EntityConnection,
  RelationConnection,
  EntityEdge,
  RelationEdge,
  GraphStats,
  Vocabulary,
  EntityKind,
  RelationType,
  DataStatus,
  ChangeEvent,
};
