import { relationPage } from '../../graph/listing.js';
import { compileFilter, cursorArg, pageSize } from '../args.js';
import type { EntityResolvers, MetricsResolvers } from '../generated/resolvers-types.js';
import { propertyList } from './properties.js';

export const Entity: EntityResolvers = {
  aliases: (e) => e.aliases ?? [],
  x: (e, _, ctx) => ctx.kg.derived.position(e.id).x,
  y: (e, _, ctx) => ctx.kg.derived.position(e.id).y,
  metrics: (e) => ({ id: e.id }),
  status: (e) => e.status ?? 'reviewed',
  properties: (e) => propertyList(e.properties),
  relations: (e, { direction, types, filter, first, after }, ctx) => {
    // The live index, not the request's pinned one: a mutation's answer shows the relations it made.
    const index = ctx.kg.index;
    const compiled = compileFilter(ctx, filter, types, index);
    const node = index.nodeIndex.get(e.id);
    if (node === undefined) return { page: { ids: [], positions: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false } };
    return { page: relationPage(index, compiled, pageSize(ctx, first, 50), cursorArg(after), { node, direction: direction ?? 'BOTH' }) };
  },
};

export const Metrics: MetricsResolvers = {
  degree: ({ id }, _, ctx) => (ctx.kg.graph.hasNode(id) ? ctx.kg.graph.degree(id) : 0),
  inDegree: ({ id }, _, ctx) => (ctx.kg.graph.hasNode(id) ? ctx.kg.graph.inDegree(id) : 0),
  outDegree: ({ id }, _, ctx) => (ctx.kg.graph.hasNode(id) ? ctx.kg.graph.outDegree(id) : 0),
  pagerank: ({ id }, _, ctx) => ctx.kg.derived.metrics(id).pagerank,
  betweenness: ({ id }, _, ctx) => ctx.kg.derived.metrics(id).betweenness,
  community: ({ id }, _, ctx) => ctx.kg.derived.metrics(id).community,
};
