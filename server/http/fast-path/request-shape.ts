import type { IncomingMessage } from 'node:http';

/** The response types the fast path writes (the ones Yoga picks for a JSON POST). */
export type Accepted = 'application/graphql-response+json' | 'application/json';

/** The GraphQL-over-HTTP parameters of a JSON POST, as the fast path accepts them. */
export interface Params {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

const isObjectOrAbsent = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v));

/** True for a body with a string `query` and nothing but the four standard keys, each of its type. */
export function isPlainParams(p: unknown): p is Params {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  const o = p as Record<string, unknown>;
  for (const k in o) if (k !== 'query' && k !== 'operationName' && k !== 'variables' && k !== 'extensions') return false;
  return typeof o.query === 'string' && (o.operationName === undefined || o.operationName === null || typeof o.operationName === 'string') && isObjectOrAbsent(o.variables) && isObjectOrAbsent(o.extensions);
}

/** `application/json`, optionally with `charset=utf-8` (any case): the only bodies the fast path reads. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  if (contentType === 'application/json') return true;
  const [type, ...rest] = contentType.toLowerCase().split(';').map((s) => s.trim());
  return type === 'application/json' && rest.every((p) => p === '' || p === 'charset=utf-8');
}

/** The response type Yoga would pick: the first acceptable entry of the Accept header; none means JSON. */
export function acceptedType(accept: string | undefined): Accepted | null {
  if (!accept) return 'application/json';
  for (const entry of accept.split(',')) {
    const type = entry.split(';')[0]!.trim().toLowerCase();
    if (type === 'application/graphql-response+json') return type;
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return 'application/json';
  }
  return null;
}

/** What the context factory reads of the request (the Authorization header), without a fetch Request. */
export function nodeRequestView(req: IncomingMessage) {
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
