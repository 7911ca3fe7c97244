import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CorridorYoga } from '../api/yoga.js';

type Accepted = 'application/graphql-response+json' | 'application/json';

/**
 * The common request — a JSON POST of a query or mutation from a non-browser client — run through
 * Yoga's own envelop pipeline (`yoga.getEnveloped`: the same plugins — parse and validation caches,
 * graphql-armor limits, the traversal cost limit, graphql-jit, masked errors, 400 for validation
 * errors) but without Yoga's fetch-API adapter (Request/Response objects, URL and header classes,
 * HTTP hooks), which on this machine cost more than executing a typical query (see README,
 * Performance). Everything else — GET, subscriptions and other Accept types, browser requests
 * (they carry an Origin header, so CORS applies), unusual bodies, syntax errors — returns false
 * and goes to Yoga unchanged, which also answers every malformed request.
 *
 * Kept equivalent to Yoga by tests/api/fast-path.test.ts (same status, type and body both ways).
 */
export async function tryFastGraphqlPost(yoga: CorridorYoga, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<boolean> {
  if (req.headers.origin !== undefined) return false;
  if (!isJsonMediaType(req.headers['content-type'])) return false;
  const accepted = acceptedType(req.headers.accept);
  if (!accepted) return false;
  let params: unknown;
  try {
    params = JSON.parse(body.toString('utf8'));
  } catch {
    return false;
  }
  if (!isPlainParams(params)) return false;

  const request = nodeRequestView(req);
  const { parse, validate, contextFactory, execute, schema } = yoga.getEnveloped({ request, params, req, res });
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch {
    return false; // syntax errors and the token limit: Yoga words and codes them
  }
  const operation = getOperationAST(document, params.operationName ?? undefined);
  if (!operation || operation.operation === 'subscription') return false;
  const errors = validate(schema, document);
  if (errors.length > 0) {
    send(res, { errors }, accepted);
    return true;
  }
  const contextValue = await contextFactory();
  const result = (await execute({
    schema,
    document,
    contextValue,
    rootValue: {},
    variableValues: params.variables ?? undefined,
    operationName: params.operationName ?? undefined,
  })) as ExecutionResult;
  send(res, result, accepted);
  return true;
}

interface Params {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

function isPlainParams(p: unknown): p is Params {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const o = p as Record<string, unknown>;
  const isObj = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v));
  for (const k of Object.keys(o)) if (k !== 'query' && k !== 'operationName' && k !== 'variables' && k !== 'extensions') return false;
  return typeof o.query === 'string' && (o.operationName === undefined || o.operationName === null || typeof o.operationName === 'string') && isObj(o.variables) && isObj(o.extensions);
}

function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...rest] = contentType.toLowerCase().split(';').map((s) => s.trim());
  return type === 'application/json' && rest.every((p) => p === '' || p === 'charset=utf-8');
}

/** The response type Yoga would pick: the first acceptable entry of the Accept header; none means JSON. */
function acceptedType(accept: string | undefined): Accepted | null {
  if (!accept) return 'application/json';
  for (const entry of accept.split(',')) {
    const type = entry.split(';')[0]!.trim().toLowerCase();
    if (type === 'application/graphql-response+json') return type;
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return 'application/json';
  }
  return null;
}

/** What the context factory reads of the request (the Authorization header). */
function nodeRequestView(req: IncomingMessage) {
  return {
    method: req.method,
    url: req.url,
    headers: {
      get: (name: string) => {
        const v = req.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
      has: (name: string) => req.headers[name.toLowerCase()] !== undefined,
    },
  };
}

/**
 * Status and headers as Yoga's result processor sets them: errors may carry extensions.http (status,
 * headers); with application/json, GraphQL errors the spec marks as such keep status 200. The http
 * and unexpected extensions are internal and left out of the body. One difference, on purpose:
 * errors keep their `locations` (Yoga loses them for errors raised in graphql-jit's compiled code).
 */
function send(res: ServerResponse, result: ExecutionResult, accepted: Accepted): void {
  const headers: Record<string, string> = { 'content-type': `${accepted}; charset=utf-8` };
  let status = 0;
  let unexpected = false;
  const errors = result.errors as readonly GraphQLError[] | undefined;
  for (const e of errors ?? []) {
    const http = e.extensions?.http as { status?: number; headers?: Record<string, string>; spec?: boolean } | undefined;
    if (http) {
      Object.assign(headers, http.headers);
      if (accepted === 'application/json' && http.spec) continue;
      if (http.status && http.status > status) status = http.status;
    } else if (e.extensions?.unexpected) unexpected = true;
  }
  if (!status) status = unexpected && !('data' in result) ? 500 : 200;
  const clean = errors?.length
    ? {
        ...result,
        errors: errors.map((e) => {
          const json = e.toJSON();
          if (json.extensions && ('http' in json.extensions || 'unexpected' in json.extensions)) {
            const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions;
            return Object.keys(extensions).length ? { ...json, extensions } : { ...json, extensions: undefined };
          }
          return json;
        }),
      }
    : result;
  const text = JSON.stringify(clean);
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(status, headers);
  res.end(text);
}
