import { encodeCursor } from '../../graph/listing.js';
import type {
  EntityConnectionResolvers,
  HopResolvers,
  PathResolvers,
  RelationConnectionResolvers,
  SearchHitResolvers,
  SubgraphResolvers,
  EntityEdgeResolvers,
  RelationEdgeResolvers,
} from '../generated/resolvers-types.js';
import type { ConnectionParent } from '../models.js';
import type { ApiContext } from '../context.js';
import { relationView } from '../../graph/relation-view.js';

/** Relations of a traversal answer as column views (see relation-view.ts): the answer may list many. */
const relationOf = (ctx: ApiContext, id: string) => relationView(ctx.kg.relations, ctx.kg.graph, id);

/**
 * Traversal answers are ids of the request's pinned index version; a record deleted by a commit since
 * the request started is left out rather than answered as null.
 */
const present = <T>(x: T | undefined): x is T => x !== undefined;

export const Subgraph: SubgraphResolvers = {
  entities: (s, _, ctx) => s.entityIds.map((id) => ctx.kg.entity(id)).filter(present),
  relations: (s, _, ctx) => s.relationIds.map((id) => relationOf(ctx, id)).filter(present),
  truncatedReason: (s) => s.reason,
};

export const Path: PathResolvers = {
  length: (p) => p.hops.length,
  entities: (p, _, ctx) => p.entityIds.map((id) => ctx.kg.entity(id)!),
  relations: (p, _, ctx) => p.hops.map((h) => relationOf(ctx, h[0]!)!),
  hops: (p) => p.hops.map((relationIds, i) => ({ from: p.entityIds[i]!, to: p.entityIds[i + 1]!, relationIds })),
};

export const Hop: HopResolvers = {
  from: (h, _, ctx) => ctx.kg.entity(h.from)!,
  to: (h, _, ctx) => ctx.kg.entity(h.to)!,
  relations: (h, _, ctx) => h.relationIds.map((id) => relationOf(ctx, id)!),
};

export const SearchHit: SearchHitResolvers = {
  entity: (h, _, ctx) => ctx.kg.entity(h.id)!,
};

const connection = {
  edges: ({ page }: ConnectionParent) => page.ids.map((id, i) => ({ id, cursor: encodeCursor({ position: page.positions[i]!, id }) })),
  pageInfo: ({ page }: ConnectionParent) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.ids.length ? encodeCursor({ position: page.positions[0]!, id: page.ids[0]! }) : null,
    endCursor: page.ids.length ? encodeCursor({ position: page.positions.at(-1)!, id: page.ids.at(-1)! }) : null,
  }),
  totalCount: ({ page }: ConnectionParent) => page.totalCount,
};

export const EntityConnection: EntityConnectionResolvers = connection;
export const RelationConnection: RelationConnectionResolvers = connection;
export const EntityEdge: EntityEdgeResolvers = { node: (e, _, ctx) => ctx.kg.entity(e.id)! };
export const RelationEdge: RelationEdgeResolvers = { node: (e, _, ctx) => ctx.kg.relation(e.id)! };
