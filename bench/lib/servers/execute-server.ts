import type { GraphStore } from '../../../server/store/graph-store.js';
import { createServer, type Server } from 'node:http';
import { parse, validate, execute, specifiedRules, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { TokenBook } from '../../../server/api/auth.js';
import type { ApiLimits } from '../../../server/api/limits/settings.js';
import type { Store } from '../../../server/store/files/store.js';
import { createTraversals } from '../../../server/api/traversals.js';
import type { GraphQLBody } from '../queries.js';
import { contextFor, readBody } from './context.js';

export type Engine = 'graphql-js' | 'graphql-jit';

type Prepared = { run: (ctx: unknown, vars: Record<string, unknown> | undefined) => ExecutionResult | Promise<ExecutionResult> } | { errors: ExecutionResult };

/**
 * GraphQL without Yoga: node:http, JSON body, a cache of parsed and validated documents (as Yoga's
 * parse/validate cache), the same schema, resolvers and per-request context, then graphql-js
 * `execute` or a graphql-jit compiled query, and JSON.stringify. No plugins (no armor, no cost
 * limit, no CSRF check): the gap to the Yoga servers is Yoga's fetch layer plus those plugins; the
 * gap to the raw server is GraphQL execution.
 */
export function createExecuteServer(schema: GraphQLSchema, store: GraphStore, limits: ApiLimits, tokens: TokenBook, engine: Engine): Server {
  const traversals = createTraversals(limits, 0);
  const cache = new Map<string, Prepared>();
  const prepare = (query: string, operationName: string | undefined): Prepared => {
    const key = `${operationName ?? ''}\n${query}`;
    let p = cache.get(key);
    if (p) return p;
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (e) {
      return { errors: { errors: [e as never] } };
    }
    const errors = validate(schema, document, specifiedRules);
    if (errors.length > 0) p = { errors: { errors } };
    else if (engine === 'graphql-js') p = { run: (ctx, vars) => execute({ schema, document, contextValue: ctx, variableValues: vars, operationName }) };
    else {
      const compiled = compileQuery(schema, document, operationName);
      p = isCompiledQuery(compiled) ? { run: (ctx, vars) => (compiled as CompiledQuery).query(undefined, ctx, vars ?? {}) } : { errors: compiled };
    }
    cache.set(key, p);
    return p;
  };
  return createServer(async (req, res) => {
    try {
      const body = JSON.parse(await readBody(req, limits.maxBodyBytes)) as GraphQLBody;
      const p = prepare(body.query, body.operationName);
      const result = 'run' in p ? await p.run(contextFor(store, limits, tokens, traversals, req.headers.authorization ?? null, null), body.variables) : p.errors;
      const text = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end((e as Error).message);
    }
  });
}
