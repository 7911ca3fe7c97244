import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, type ApiContext } from '../api/context.js';
import type { CorridorYoga } from '../api/yoga.js';
import { BoundedCache } from './fast-path/bounded-cache.js';
import { PreparedOperation } from './fast-path/prepared-operation.js';
import { acceptedType, isJsonMediaType, isPlainParams, nodeRequestView, type Params } from './fast-path/request-shape.js';
import { sendResult } from './fast-path/send-result.js';
import { errorMaskingOf, serverPartsOf, type ErrorMasking, type ServerParts } from './fast-path/yoga-internals.js';

/** Documents (text + operation name) kept compiled per server. */
export const PREPARED_DOCUMENTS = 1000;

/** Longer document texts are not kept (so the cache holds at most ~20 MB of text); Yoga's caches still apply. */
const MAX_PREPARED_CHARS = 20_000;

interface FastPathState {
  prepared: BoundedCache<PreparedOperation>;
  /** Known once Yoga's context factory has built one context. */
  parts: ServerParts | null;
  masking: ErrorMasking | null | undefined;
}

const states = new WeakMap<CorridorYoga, FastPathState>();

function stateOf(yoga: CorridorYoga): FastPathState {
  let state = states.get(yoga);
  if (!state) states.set(yoga, (state = { prepared: new BoundedCache(PREPARED_DOCUMENTS), parts: null, masking: errorMaskingOf(yoga) }));
  return state;
}

/**
 * The common request — a JSON POST of a query or mutation from a non-browser client — answered
 * without Yoga's fetch-API adapter (Request/Response objects, URL and header classes, HTTP hooks),
 * which on this machine cost more than executing a typical query (see README, Performance).
 *
 * The first time a document (its text and operation name) is seen, it goes through Yoga's own
 * envelop pipeline (`yoga.getEnveloped`: parse and validation caches, graphql-armor limits, the
 * traversal cost limit, graphql-jit, masked errors, 400 for validation errors), and a valid query or
 * mutation is kept compiled (PreparedOperation, the last PREPARED_DOCUMENTS documents). From then on
 * only what depends on the request runs: the context (createContext: caller, pinned index, client
 * key), the traversal cost with this request's variables, the compiled operation, Yoga's error
 * masking. An operation over the cost limit goes through Yoga's pipeline, which words the refusal.
 *
 * Everything else — GET, subscriptions and other Accept types, browser requests (they carry an
 * Origin header, so CORS applies), unusual bodies, syntax errors — returns false and goes to Yoga
 * unchanged, which also answers every malformed request.
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

  const state = stateOf(yoga);
  const key = documentKey(params);
  const prepared = key === null ? undefined : state.prepared.get(key);
  if (prepared && state.parts && state.masking !== undefined) {
    const { store, limits, tokens, traversals } = state.parts;
    const address = (req as IncomingMessage & { corridorAddress?: string }).corridorAddress ?? null;
    const ctx = createContext(store, limits, tokens, traversals, req.headers.authorization ?? null, address);
    if (prepared.cost(ctx, params.variables) <= limits.maxCost) {
      sendResult(res, masked(await prepared.run(ctx, params.variables), state.masking), accepted);
      return true;
    }
  }

  const enveloped = yoga.getEnveloped({ request: nodeRequestView(req), params, req, res });
  let operation = prepared;
  let document: DocumentNode;
  if (operation) document = operation.document;
  else {
    try {
      document = enveloped.parse(params.query);
    } catch {
      return false; // syntax errors and the token limit: Yoga words and codes them
    }
    const definition = getOperationAST(document, params.operationName ?? undefined);
    if (!definition || definition.operation === 'subscription') return false;
    const errors = enveloped.validate(enveloped.schema, document);
    if (errors.length > 0) {
      sendResult(res, { errors }, accepted);
      return true;
    }
    if (key !== null) {
      operation = PreparedOperation.compile(enveloped.schema, document, params.operationName ?? undefined) ?? undefined;
      if (operation) state.prepared.set(key, operation);
    }
  }
  const ctx = (await enveloped.contextFactory()) as unknown as ApiContext;
  state.parts ??= serverPartsOf(ctx);
  if (operation && state.masking !== undefined && operation.cost(ctx, params.variables) <= ctx.limits.maxCost) {
    sendResult(res, masked(await operation.run(ctx, params.variables), state.masking), accepted);
    return true;
  }
  // Over the cost limit (its plugin words the refusal), not kept, or not compiled: Yoga's pipeline runs it.
  const result = (await enveloped.execute({
    schema: enveloped.schema,
    document,
    contextValue: ctx,
    rootValue: {},
    variableValues: params.variables ?? undefined,
    operationName: params.operationName ?? undefined,
  })) as ExecutionResult;
  sendResult(res, result, accepted);
  return true;
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The cache key of a request's document: its operation name and text. Null (not cached) for a long
 * text, and for an operation name that is no GraphQL name, so that the first newline always ends
 * the name.
 */
function documentKey(params: Params): string | null {
  if (params.query.length > MAX_PREPARED_CHARS) return null;
  const name = params.operationName;
  if (name === undefined || name === null) return `\n${params.query}`;
  return OPERATION_NAME.test(name) ? `${name}\n${params.query}` : null;
}

/** The result with its errors masked as Yoga masks execution errors (useMaskedErrors). */
function masked(result: ExecutionResult, masking: ErrorMasking | null): ExecutionResult {
  if (!masking || !result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e) => masking.maskError(e, masking.errorMessage)) };
}
