import type { GraphStore } from '../../../server/store/graph-store.js';
import { execute, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { TokenBook } from '../../../server/api/auth.js';
import { operationCost } from '../../../server/api/limits/cost.js';
import { DEFAULT_LIMITS } from '../../../server/api/limits/settings.js';
import { buildSchema } from '../../../server/api/schema.js';
import { createApi } from '../../../server/api/yoga.js';
import { createTraversals } from '../../../server/api/traversals.js';
import type { Store } from '../../../server/store/files/store.js';
import { HOOD, hoodBody } from '../queries.js';
import { rawHandler } from '../servers/raw-server.js';
import { contextFor } from '../servers/context.js';
import { DEFAULT_LATENCY, measure, measureAsync } from '../timing.js';
import type { LatencyRow } from './cases.js';

/**
 * Where the time of one GraphQL 2-hop request goes, in process (no HTTP): each phase of what Yoga
 * does, timed alone. parse and validate are cached by Yoga (once per distinct document); the cost
 * plugin runs per request when there are variables; execute runs our resolvers.
 */
export async function phases(store: GraphStore, centerId: string, label: string): Promise<LatencyRow[]> {
  const schema = buildSchema();
  const tokens = new TokenBook([]);
  const traversals = createTraversals(DEFAULT_LIMITS, 0);
  const body = hoodBody(centerId);
  const vars = body.variables!;
  const doc: DocumentNode = parse(HOOD);
  const ctx = () => contextFor(store, DEFAULT_LIMITS, tokens, traversals, null, null);
  const compiled = compileQuery(schema, doc, 'Hood');
  if (!isCompiledQuery(compiled)) throw new Error('graphql-jit could not compile the 2-hop query');
  const raw = rawHandler(store, DEFAULT_LIMITS);
  const yoga = createApi({ store, limits: DEFAULT_LIMITS, tokens, production: true, logging: false });
  const jsResult = execute({ schema, document: doc, contextValue: ctx(), variableValues: vars, operationName: 'Hood' });
  const text = JSON.stringify(jsResult);
  if (JSON.stringify(raw(body)) !== text) throw new Error('raw handler and graphql-js disagree on the 2-hop answer');
  const rows: LatencyRow[] = [];
  const row = (name: string, fn: () => unknown) => rows.push({ name: `${label}: ${name}`, latency: measure(fn, { maxMillis: Math.min(800, DEFAULT_LATENCY.maxMillis) }) });
  row('JSON.parse of the request body', () => JSON.parse(JSON.stringify(body)));
  row('parse (cached by Yoga)', () => parse(HOOD));
  row('validate (cached by Yoga)', () => validate(schema, doc, specifiedRules));
  row('cost plugin: operationCost (per request with variables)', () => operationCost(schema, doc, 'Hood', vars, store.kg.graph.order));
  row('raw work (same traversal + records, no GraphQL)', () => raw(body));
  row('graphql-js execute (resolvers included)', () => execute({ schema, document: doc, contextValue: ctx(), variableValues: vars, operationName: 'Hood' }));
  row('graphql-jit compiled query (resolvers included)', () => compiled.query(undefined, ctx(), vars));
  row('JSON.stringify of the result', () => JSON.stringify(jsResult));
  const request = JSON.stringify(body);
  rows.push({
    name: `${label}: yoga.fetch, whole request (no HTTP)`,
    latency: await measureAsync(async () => {
      const res = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: request });
      return res.text();
    }),
    note: `${Buffer.byteLength(text)} bytes`,
  });
  return rows;
}
