import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { clientKey } from '../api/context.js';
import type { CorridorYoga } from '../api/yoga.js';
import { CompiledFilter } from '../graph/filter.js';
import { TraversalError } from '../graph/pool/traversal-pool.js';
import { FilterParameterError, parseExportFilter, type FilterParameter } from '../interchange/export/filter-params.js';
import { budgetExceededBody } from './budget-headers.js';
import { chooseEncoding } from './graph-binary/compression.js';
import { encodeGraphBinary } from './graph-binary/encode.js';
import type { HttpOptions } from './server.js';

export const GRAPH_BINARY_PATH = '/graph.bin';

/** Whether a request URL is this route's (the path exactly, with or without a query). */
export const isGraphBinaryUrl = (url: string): boolean => url === GRAPH_BINARY_PATH || url.startsWith(`${GRAPH_BINARY_PATH}?`);

/** The `graph` query's filter arguments, as query parameters (lists comma separated), and its limit. */
const FILTER_NAMES = ['types', 'kinds', 'status', 'minConfidence', 'source', 'validAt', 'hideIsolated'] as const satisfies readonly FilterParameter[];
const PARAMETERS: readonly string[] = [...FILTER_NAMES, 'limit'];

export const GRAPH_BINARY_CONTENT_TYPE = 'application/vnd.corridor.graph';

function sendError(res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The API's limits (maxGraphLimit, deadlineMs), asked once from the API itself so the HTTP layer needs no other option. */
const limitsOf = new WeakMap<CorridorYoga, Promise<{ maxGraphLimit: number; deadlineMs: number }>>();
function graphLimits(yoga: CorridorYoga): Promise<{ maxGraphLimit: number; deadlineMs: number }> {
  let limits = limitsOf.get(yoga);
  if (!limits) {
    limits = Promise.resolve(
      yoga.fetch('http://corridor.internal/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ limits { maxGraphLimit deadlineMs } }' }) }),
    )
      .then((r) => r.json() as Promise<{ data: { limits: { maxGraphLimit: number; deadlineMs: number } } }>)
      .then((body) => body.data.limits);
    limitsOf.set(yoga, limits);
  }
  return limits;
}

/** A parameter the request got wrong: answered 400 naming it. */
class ParameterError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(message);
  }
}

function readParameters(url: URL, kg: HttpOptions['store']['kg'], maxGraphLimit: number) {
  const params: Partial<Record<FilterParameter, string>> = {};
  let limit = maxGraphLimit;
  for (const [key, value] of url.searchParams) {
    if (!PARAMETERS.includes(key)) throw new ParameterError(key, `${key}: unknown parameter; the parameters are ${PARAMETERS.join(', ')}`);
    if (key === 'limit') {
      limit = Number(value);
      if (value.trim() === '' || !Number.isInteger(limit) || limit < 1 || limit > maxGraphLimit) {
        throw new ParameterError('limit', `limit must be an integer from 1 to ${maxGraphLimit} (setting maxGraphLimit; got "${value}")`);
      }
      continue;
    }
    const p = key as FilterParameter;
    params[p] = params[p] === undefined ? value : `${params[p]},${value}`;
  }
  try {
    return { filter: parseExportFilter(params, kg), limit };
  } catch (e) {
    if (e instanceof FilterParameterError) throw new ParameterError(e.parameter, e.message);
    throw e;
  }
}

/**
 * `GET /graph.bin?status=reviewed,extracted&types=…&limit=…`: what the GraphQL `graph` query answers
 * for the same filter, as one compact binary body (layout in graph-binary/columns.ts), compressed
 * with brotli or gzip when the client accepts it. For the explorer on large graphs; the JSON answer
 * stays the API for everyone else. `limit` defaults to the largest the server allows
 * (maxGraphLimit). The traversal runs in the pool on the index version pinned when the request
 * arrived and is charged to the client's CPU budget, as the GraphQL query is. Errors are JSON, in
 * GraphQL's shape, with a code.
 */
export async function serveGraphBinary(req: IncomingMessage, res: ServerResponse, opts: HttpOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} ${url.pathname}: the binary graph is read with GET`, {}, { allow: 'GET, HEAD' });
    return;
  }
  const kg = opts.store.kg;
  const index = kg.index;
  const limits = await graphLimits(opts.yoga);
  let args;
  try {
    args = readParameters(url, kg, limits.maxGraphLimit);
  } catch (e) {
    if (!(e instanceof ParameterError)) throw e;
    sendError(res, 400, 'BAD_USER_INPUT', e.message, { parameter: e.parameter });
    return;
  }
  const auth = req.headers.authorization;
  const address = (req as IncomingMessage & { corridorAddress?: string }).corridorAddress ?? null;
  const client = clientKey(auth && opts.tokens.size > 0 ? opts.tokens.fromHeader(auth).actor : null, address);
  const { pool, budget } = opts.traversals;
  const state = budget.enabled ? budget.state(client) : null;
  if (state && state.retryAfterSeconds > 0) {
    const b = budgetExceededBody(state).errors[0]!;
    sendError(res, 429, 'RATE_LIMITED', b.message, b.extensions, { 'retry-after': String(state.retryAfterSeconds) });
    return;
  }
  const spec = new CompiledFilter(index, kg.relations, args.filter).spec();
  let outcome;
  try {
    outcome = await pool.run(client, index, { kind: 'graph', limit: args.limit, hideIsolated: args.filter.hideIsolated ?? false, filter: spec }, Date.now() + limits.deadlineMs);
  } catch (e) {
    if (!(e instanceof TraversalError)) throw e;
    budget.charge(client, e.cpuMs);
    const retry = { 'retry-after': String(e.retryAfterSeconds) };
    sendError(res, e.code === 'OVERLOADED' ? 503 : 500, e.code, e.message, { retryAfterSeconds: e.retryAfterSeconds }, e.code === 'OVERLOADED' ? retry : {});
    return;
  }
  budget.charge(client, outcome.cpuMs);
  if (outcome.result.kind !== 'subgraph') throw new Error('graph.bin: unexpected traversal answer');
  // Encoding runs on the request thread: charged to the client like a GraphQL answer's completion.
  const encodingStarted = performance.now();
  let parts;
  try {
    parts = encodeGraphBinary(kg, index, outcome.result.subgraph);
  } finally {
    budget.charge(client, performance.now() - encodingStarted);
    outcome.done();
  }
  const size = parts.reduce((s, p) => s + p.byteLength, 0);
  const encoding = chooseEncoding(req.headers['accept-encoding'], size);
  res.writeHead(200, {
    'content-type': GRAPH_BINARY_CONTENT_TYPE,
    vary: 'accept-encoding',
    'cache-control': 'no-store',
    'x-corridor-version': String(kg.version),
    ...(encoding ? { 'content-encoding': encoding.name } : { 'content-length': String(size) }),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (encoding) await pipeline(Readable.from(parts), encoding.stream(), res);
  else await pipeline(Readable.from(parts), res);
}
