import type { GraphStore } from '../../../server/store/graph-store.js';
import { createServer, type Server } from 'node:http';
import type { ApiContext } from '../../../server/api/context.js';
import { compileFilter, entityArg, inRange } from '../../../server/api/args.js';
import { neighborhood } from '../../../server/graph/neighborhood.js';
import type { Store } from '../../../server/store/files/store.js';
import type { ApiLimits } from '../../../server/api/limits/settings.js';
import type { GraphQLBody } from '../queries.js';
import { readBody } from './context.js';

/**
 * The baseline: plain node:http doing what the GraphQL servers do for the two benchmarked operations
 * (parse the same JSON body, resolve the entity, run the same traversal with the same filter and
 * budget, read the same records) and writing byte-identical JSON. No GraphQL at all: the gap to it
 * is what GraphQL execution and Yoga cost.
 */
export function createRawServer(store: GraphStore, limits: ApiLimits): Server {
  const handle = rawHandler(store, limits);
  return createServer(async (req, res) => {
    try {
      const text = JSON.stringify(handle(JSON.parse(await readBody(req, limits.maxBodyBytes)) as GraphQLBody));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end((e as Error).message);
    }
  });
}

/** The raw server's work for one parsed body: the response object (to be stringified). */
export function rawHandler(store: GraphStore, limits: ApiLimits): (body: GraphQLBody) => unknown {
  return (body) => {
    const kg = store.kg;
    const vars = body.variables ?? {};
    if (body.operationName === 'Lookup') {
      const e = kg.resolveEntity(String(vars.id));
      return { data: { entity: e ? { id: e.id, label: e.label, kind: e.kind } : null } };
    }
    if (body.operationName === 'Hood') {
      const ctx = { kg, pinnedIndex: () => kg.index, store, limits, budget: { maxVisited: limits.maxVisited, deadline: Date.now() + limits.deadlineMs } } as unknown as ApiContext;
      const center = entityArg(ctx, String(vars.id), 'id');
      const depth = inRange(vars.depth as number | undefined, 1, 1, limits.maxDepth, 'depth');
      const limit = inRange(vars.limit as number | undefined, 200, 1, limits.maxNodeLimit, 'limit');
      const sub = neighborhood(kg.index, kg.index.nodeIndex.get(center.id)!, { depth, direction: 'BOTH', filter: compileFilter(ctx, null), limit, budget: ctx.budget });
      const entities = sub.entityIds.map((id) => {
        const e = kg.entity(id)!;
        return { id: e.id, label: e.label, kind: e.kind };
      });
      const relations = sub.relationIds.map((id) => {
        const r = kg.relation(id)!;
        return { id: r.id, type: r.type, fromId: r.from, toId: r.to };
      });
      return { data: { neighborhood: { entities, relations } } };
    }
    return { errors: [{ message: `raw server: unknown operation ${body.operationName}` }] };
  };
}
