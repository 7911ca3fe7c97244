import { neighborhood } from '../../graph/neighborhood.js';
import { shortestPaths } from '../../graph/paths.js';
import { entityPage, relationPage } from '../../graph/listing.js';
import { wholeGraph } from '../../graph/whole-graph.js';
import { cursorArg, compileFilter, entityArg, inRange, pageSize } from '../args.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  entity: (_, { id }, ctx) => ctx.kg.resolveEntity(id) ?? null,
  relation: (_, { id }, ctx) => ctx.kg.relation(id) ?? null,

  search: (_, { text, kinds, first }, ctx) => {
    const n = pageSize(ctx, first, 10);
    compileFilter(ctx, { kinds });
    return ctx.kg.search.search(text, { kinds, first: n, kindOf: (id) => ctx.kg.entity(id)?.kind });
  },

  entities: (_, { kinds, first, after }, ctx) => {
    const filter = compileFilter(ctx, { kinds });
    return { page: entityPage(ctx.kg.index, filter, pageSize(ctx, first, 50), cursorArg(after)) };
  },

  relations: (_, { filter, first, after }, ctx) => {
    const compiled = compileFilter(ctx, filter);
    const n = pageSize(ctx, first, 50);
    const touching = filter?.entity ? { node: ctx.kg.index.nodeIndex.get(entityArg(ctx, filter.entity, 'filter.entity').id)!, direction: 'BOTH' as const } : undefined;
    return { page: relationPage(ctx.kg.index, compiled, n, cursorArg(after), touching) };
  },

  neighborhood: (_, { id, depth, direction, types, limit, filter }, ctx) => {
    const center = entityArg(ctx, id, 'id');
    const d = inRange(depth, 1, 1, ctx.limits.maxDepth, 'depth');
    const l = inRange(limit, 200, 1, ctx.limits.maxNodeLimit, 'limit');
    const compiled = compileFilter(ctx, filter, types);
    return neighborhood(ctx.kg.index, ctx.kg.index.nodeIndex.get(center.id)!, {
      depth: d,
      direction: direction ?? 'BOTH',
      filter: compiled,
      limit: l,
      budget: ctx.budget,
    });
  },

  paths: (_, { from, to, maxLength, first, types, direction, filter }, ctx) => {
    const a = entityArg(ctx, from, 'from');
    const b = entityArg(ctx, to, 'to');
    const len = inRange(maxLength, 4, 1, ctx.limits.maxPathLength, 'maxLength');
    const k = pageSize(ctx, first, 5);
    const compiled = compileFilter(ctx, filter, types);
    const ix = ctx.kg.index;
    const result = shortestPaths(ix, ix.nodeIndex.get(a.id)!, ix.nodeIndex.get(b.id)!, {
      maxLength: len,
      first: k,
      direction: direction ?? 'BOTH',
      filter: compiled,
      budget: ctx.budget,
    });
    return result.paths.map((p) => ({ entityIds: p.nodes.map((n) => ix.nodeIds[n]!), hops: p.hops.map((h) => h.map((e) => ix.edgeIds[e]!)) }));
  },

  graph: (_, { filter, limit }, ctx) => {
    const l = inRange(limit, 5000, 1, ctx.limits.maxGraphLimit, 'limit');
    return wholeGraph(ctx.kg.index, compileFilter(ctx, filter), { limit: l, hideIsolated: filter?.hideIsolated ?? false });
  },

  stats: () => ({}),
  sources: (_, __, ctx) => [...ctx.kg.sources.values()],
  source: (_, { id }, ctx) => ctx.kg.source(id) ?? null,
  vocabulary: (_, __, ctx) => ctx.kg.vocabulary,
  dataStatus: (_, __, ctx) => ctx.store.status,
  limits: (_, __, ctx) => ctx.limits,
};
