import { entityPage, relationPage } from '../../graph/listing.js';
import { subgraphIds } from '../../graph/subgraph-ids.js';
import { cursorArg, compileFilter, entityArg, inRange, nodeNumber, pageSize } from '../args.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { traverse } from '../traversals.js';

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
    return { page: entityPage(ctx.pinnedIndex(), filter, pageSize(ctx, first, 50), cursorArg(after)) };
  },

  relations: (_, { filter, first, after }, ctx) => {
    const compiled = compileFilter(ctx, filter);
    const n = pageSize(ctx, first, 50);
    const touching = filter?.entity ? { node: nodeNumber(ctx, entityArg(ctx, filter.entity, 'filter.entity'), 'filter.entity'), direction: 'BOTH' as const } : undefined;
    return { page: relationPage(ctx.pinnedIndex(), compiled, n, cursorArg(after), touching) };
  },

  // Traversals run in the worker pool (see api/traversals.ts); arguments are checked here first.
  neighborhood: async (_, { id, depth, direction, types, limit, filter }, ctx) => {
    const center = nodeNumber(ctx, entityArg(ctx, id, 'id'), 'id');
    const d = inRange(depth, 1, 1, ctx.limits.maxDepth, 'depth');
    const l = inRange(limit, 200, 1, ctx.limits.maxNodeLimit, 'limit');
    const spec = compileFilter(ctx, filter, types).spec();
    const r = await traverse(ctx, { kind: 'neighborhood', center, depth: d, direction: direction ?? 'BOTH', limit: l, filter: spec, budget: ctx.budget });
    if (r.kind !== 'subgraph') throw new Error('neighborhood: unexpected traversal answer');
    return subgraphIds(ctx.pinnedIndex(), r.subgraph);
  },

  paths: async (_, { from, to, maxLength, first, types, direction, filter }, ctx) => {
    const a = nodeNumber(ctx, entityArg(ctx, from, 'from'), 'from');
    const b = nodeNumber(ctx, entityArg(ctx, to, 'to'), 'to');
    const len = inRange(maxLength, 4, 1, ctx.limits.maxPathLength, 'maxLength');
    const k = pageSize(ctx, first, 5);
    const spec = compileFilter(ctx, filter, types).spec();
    const r = await traverse(ctx, { kind: 'paths', from: a, to: b, maxLength: len, first: k, direction: direction ?? 'BOTH', filter: spec, budget: ctx.budget });
    if (r.kind !== 'paths') throw new Error('paths: unexpected traversal answer');
    const ix = ctx.pinnedIndex();
    return r.paths.paths.map((p) => ({ entityIds: p.nodes.map((n) => ix.nodeIds[n]!), hops: p.hops.map((h) => h.map((e) => ix.edgeIds[e]!)) }));
  },

  graph: async (_, { filter, limit }, ctx) => {
    const l = inRange(limit, 5000, 1, ctx.limits.maxGraphLimit, 'limit');
    const spec = compileFilter(ctx, filter).spec();
    const r = await traverse(ctx, { kind: 'graph', limit: l, hideIsolated: filter?.hideIsolated ?? false, filter: spec });
    if (r.kind !== 'subgraph') throw new Error('graph: unexpected traversal answer');
    return subgraphIds(ctx.pinnedIndex(), r.subgraph);
  },

  stats: () => ({}),
  sources: (_, __, ctx) => [...ctx.kg.sources.values()],
  source: (_, { id }, ctx) => ctx.kg.source(id) ?? null,
  vocabulary: (_, __, ctx) => ctx.kg.vocabulary,
  dataStatus: (_, __, ctx) => ctx.store.status,
  limits: (_, __, ctx) => ctx.limits,
};
