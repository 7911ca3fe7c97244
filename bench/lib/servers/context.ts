import type { IncomingMessage } from 'node:http';
import type { ApiContext } from '../../../server/api/context.js';
import type { TokenBook } from '../../../server/api/auth.js';
import type { ApiLimits } from '../../../server/api/limits/settings.js';
import type { Store } from '../../../server/store/store.js';

/** The context createApi builds per request (server/api/yoga.ts), for the servers that run GraphQL without Yoga. */
export function contextFor(store: Store, limits: ApiLimits, tokens: TokenBook, authorization: string | null): ApiContext {
  const auth = tokens.size > 0 ? tokens.fromHeader(authorization) : { actor: null, problem: null };
  return {
    kg: store.kg,
    store,
    limits,
    tokens,
    actor: auth.actor,
    authProblem: auth.problem,
    budget: { maxVisited: limits.maxVisited, deadline: Date.now() + limits.deadlineMs },
  };
}

/** The whole request body as text, refusing more than `max` bytes. */
export function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8')));
    req.on('error', reject);
  });
}
