import type { ExecutionResult, GraphQLError } from 'graphql';
import type { ServerResponse } from 'node:http';
import type { Accepted } from './request-shape.js';

/**
 * Writes an execution result with the status and headers Yoga's result processor gives it: errors
 * may carry extensions.http (status, headers); with application/json, GraphQL errors the spec marks
 * as such keep status 200; an unexpected error without data is 500. The http and unexpected
 * extensions are internal and left out of the body. One difference, on purpose: errors keep their
 * `locations` (Yoga loses them for errors raised in graphql-jit's compiled code).
 */
export function sendResult(res: ServerResponse, result: ExecutionResult, accepted: Accepted): void {
  const errors = result.errors as readonly GraphQLError[] | undefined;
  if (!errors?.length) {
    write(res, 200, { 'content-type': `${accepted}; charset=utf-8` }, JSON.stringify(result));
    return;
  }
  const headers: Record<string, string> = { 'content-type': `${accepted}; charset=utf-8` };
  let status = 0;
  let unexpected = false;
  for (const e of errors) {
    const http = e.extensions?.http as { status?: number; headers?: Record<string, string>; spec?: boolean } | undefined;
    if (http) {
      Object.assign(headers, http.headers);
      if (accepted === 'application/json' && http.spec) continue;
      if (http.status && http.status > status) status = http.status;
    } else if (e.extensions?.unexpected) unexpected = true;
  }
  if (!status) status = unexpected && !('data' in result) ? 500 : 200;
  const clean = {
    ...result,
    errors: errors.map((e) => {
      const json = e.toJSON();
      if (json.extensions && ('http' in json.extensions || 'unexpected' in json.extensions)) {
        const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions;
        return Object.keys(extensions).length ? { ...json, extensions } : { ...json, extensions: undefined };
      }
      return json;
    }),
  };
  write(res, status, headers, JSON.stringify(clean));
}

function write(res: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(status, headers);
  res.end(text);
}
