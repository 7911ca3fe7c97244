import { sessionToken } from '../state/session.js';
import type { TypedDocumentString } from './generated/graphql.js';

/** Where the API lives: same origin as the page (the server serves both; Vite's dev server proxies it). */
export const GRAPHQL_URL = '/graphql';

export type ApiErrorKind = 'network' | 'http' | 'graphql';

/** One GraphQL error as the server sent it: its message and the extensions a form can place (code, field, issues). */
export interface ApiErrorDetail {
  message: string;
  code: string | null;
  /** The input field it concerns (ingest errors name it). */
  field: string | null;
  /** Validation issues, each with its input path. */
  issues: Array<{ path: string; message: string }>;
  /** Everything else the server put in extensions (e.g. the source a duplicate is). */
  extensions: Record<string, unknown>;
}

/**
 * A failed request: the server could not be reached (network), answered with an HTTP error and no
 * GraphQL body (http), or answered with GraphQL errors (graphql). `messages` are what the server said.
 */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly messages: string[],
    readonly status: number | null = null,
    readonly details: ApiErrorDetail[] = [],
    /** Seconds the server asked to wait (Retry-After of a 429 or 503), when it said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(messages.join('; ') || kind);
    this.name = 'ApiError';
  }

  /** One sentence for the alert region. */
  describe(): string {
    if (this.kind === 'network') return 'The Corridor API cannot be reached. Is the server running?';
    if (this.status === 429 || this.status === 503) {
      const why = this.status === 429 ? 'You have used your share of the server for now' : 'The server is busy with other requests';
      const wait = this.retryAfterSeconds !== null ? ` Try again in ${this.retryAfterSeconds} s.` : ' Try again shortly.';
      return `${why} (HTTP ${this.status}).${wait}`;
    }
    if (this.kind === 'http') return `The Corridor API answered HTTP ${this.status ?? '?'}${this.messages.length ? `: ${this.messages.join('; ')}` : ''}.`;
    return `The query failed: ${this.messages.join('; ')}`;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function detailOf(e: { message: string; extensions?: Record<string, unknown> }): ApiErrorDetail {
  const x = e.extensions ?? {};
  const issues = Array.isArray(x.issues) ? (x.issues as Array<{ path?: unknown; message?: unknown }>).map((i) => ({ path: String(i.path ?? ''), message: String(i.message ?? '') })) : [];
  return { message: e.message, code: typeof x.code === 'string' ? x.code : null, field: typeof x.field === 'string' ? x.field : typeof x.argument === 'string' ? x.argument : null, issues, extensions: x };
}

/** POSTs a typed operation as JSON (with the signed-in token, if any) and returns its data, or throws an ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
  token: string | null = sessionToken(),
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('network', [(e as Error).message]);
  }
  let body: GraphQLResponse<TResult> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = null;
  }
  const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
  const wait = Number.isFinite(retryAfter) ? retryAfter : null;
  if (body?.errors?.length) throw new ApiError('graphql', body.errors.map((e) => e.message), response.status, body.errors.map(detailOf), wait);
  if (!response.ok || !body?.data) throw new ApiError('http', [], response.status, [], wait);
  return body.data;
}

/** Whether an error is an aborted request (a newer one replaced it): not worth reporting. */
export const isAbort = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';
