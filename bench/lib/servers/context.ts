import type { IncomingMessage } from 'node:http';

/** The context createApi builds per request, for the servers that run GraphQL without Yoga. */
export { createContext as contextFor } from '../../../server/api/context.js';

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
