import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { CorridorYoga } from '../../../server/api/yoga.js';

/**
 * The API (createApi, exactly as the real server builds it) behind a plain node:http front that
 * hands every request to Yoga's fetch adapter (`yoga.requestListener`) with the body already read:
 * what server/http/server.ts did before its fast path for JSON POSTs. The gap to the real server is
 * what that fast path saves (Yoga's Request/Response layer).
 */
export function createFetchFront(yoga: CorridorYoga, maxBodyBytes: number): Server {
  return createServer(async (req, res) => {
    try {
      if (req.method === 'POST') {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const c of req as AsyncIterable<Buffer>) {
          size += c.length;
          if (size > maxBodyBytes) throw new Error('body too large');
          chunks.push(c);
        }
        if (size > 0) (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks);
      }
      await yoga.requestListener(req, res);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end((e as Error).message);
    }
  });
}
