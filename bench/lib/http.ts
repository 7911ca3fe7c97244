import type { GraphQLBody } from './queries.js';

export interface Reply {
  status: number;
  text: string;
  contentType: string | null;
}

/** One POST to /graphql (node's fetch, keep-alive), for checks and the write/read clients. */
export async function post(port: number, body: GraphQLBody, headers: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text(), contentType: res.headers.get('content-type') };
}

/** Data of a GraphQL reply, or an error naming what went wrong. */
export function dataOf<T>(reply: Reply, what: string): T {
  let parsed: { data?: T; errors?: Array<{ message: string }> };
  try {
    parsed = JSON.parse(reply.text);
  } catch {
    throw new Error(`${what}: HTTP ${reply.status}, not JSON: ${reply.text.slice(0, 200)}`);
  }
  if (reply.status !== 200 || parsed.errors?.length || parsed.data === undefined) {
    throw new Error(`${what}: HTTP ${reply.status}: ${parsed.errors?.map((e) => e.message).join('; ') ?? reply.text.slice(0, 200)}`);
  }
  return parsed.data;
}
