import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenBook } from '../api/auth.js';
import { endAnswerStretch } from '../api/answer-time.js';
import { clientKey } from '../api/context.js';
import type { Traversals } from '../api/traversals.js';
import type { CorridorYoga } from '../api/yoga.js';
import type { GraphStore } from '../store/graph-store.js';
import { budgetExceededBody, setBudgetHeaders } from './budget-headers.js';
import { clientAddress } from './client-address.js';
import { EXPORT_PATH, serveExport } from './export-route.js';
import { isGraphBinaryUrl, serveGraphBinary } from './graph-binary-route.js';
import { tryFastGraphqlPost } from './graphql-fast-path.js';
import { serveHealth } from './health-routes.js';
import { awaitMinSeq } from './min-seq.js';
import { RateLimiter } from './rate-limit.js';
import { staticFiles } from './static-files.js';

export interface HttpOptions {
  yoga: CorridorYoga;
  store: GraphStore;
  maxBodyBytes: number;
  rateLimitPerMinute: number;
  /** Folder of the built explorer; null serves the API only. */
  clientDir: string | null;
  tokens: TokenBook;
  traversals: Traversals;
  /** Client address from X-Forwarded-For (see client-address.ts). */
  trustProxy: boolean;
  /** PostgreSQL: lag past which /healthz and /readyz answer 503. */
  maxLagMs: number;
  /** PostgreSQL: longest wait for `x-corridor-min-seq`. */
  minSeqWaitMs: number;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Reads a request body up to `max` bytes. Over the limit — by Content-Length up front, or while
 * reading a chunked body — the request is answered 413 at once and the rest is not read.
 */
function readBody(req: IncomingMessage, res: ServerResponse, max: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? -1);
  const tooLarge = () => {
    sendJson(res, 413, errorBody(`request body larger than ${max} bytes (setting maxBodyBytes)`, 'PAYLOAD_TOO_LARGE'), { connection: 'close' });
    req.destroy();
    return null;
  };
  if (declared > max) return Promise.resolve(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners('data');
        resolve(tooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The HTTP front: rate limit and CPU budget per client, /healthz and /readyz, read-your-writes (min-seq.ts), the explorer's files, and /graphql
 * handed to Yoga with the body already read (within the size limit) so Yoga does not stream it again.
 * A client is its token's name when it sends a valid one, else its address.
 */
export function createHttpServer(opts: HttpOptions): Server {
  const limiter = new RateLimiter(opts.rateLimitPerMinute);
  const serveStatic = opts.clientDir ? staticFiles(opts.clientDir) : () => false;
  return createServer(async (req, res) => {
    endAnswerStretch(); // whatever answer was being completed before this request, it is done
    try {
      const url = req.url ?? '/';
      if (serveHealth(url, res, opts.store, opts.traversals, opts.maxLagMs, sendJson)) return;
      const address = clientAddress(req, opts.trustProxy);
      (req as IncomingMessage & { corridorAddress?: string }).corridorAddress = address;
      const auth = req.headers.authorization;
      const client = clientKey(auth && opts.tokens.size > 0 ? opts.tokens.fromHeader(auth).actor : null, address);
      const wait = limiter.take(client);
      if (wait > 0) {
        sendJson(res, 429, errorBody(`too many requests: the limit is ${opts.rateLimitPerMinute} per minute per client (setting rateLimitPerMinute)`, 'RATE_LIMITED'), {
          'retry-after': String(wait),
        });
        return;
      }
      const budget = opts.traversals.budget;
      if (budget.enabled) {
        const state = budget.state(client);
        setBudgetHeaders(res, state);
        if (state.retryAfterSeconds > 0 && (url.startsWith('/graphql') || url.startsWith(EXPORT_PATH))) {
          sendJson(res, 429, budgetExceededBody(state), { 'retry-after': String(state.retryAfterSeconds) });
          return;
        }
      }
      if (url.startsWith('/graphql')) {
        if (!(await awaitMinSeq(req, res, opts.store, opts.minSeqWaitMs, sendJson))) return;
        if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
          const body = await readBody(req, res, opts.maxBodyBytes);
          if (body === null) return;
          if (req.method === 'POST' && (await tryFastGraphqlPost(opts.yoga, req, res, body))) return;
          if (body.length > 0) (req as IncomingMessage & { body?: Buffer }).body = body;
        }
        await opts.yoga.requestListener(req, res);
        return;
      }
      if (url.startsWith(EXPORT_PATH)) {
        await serveExport(req, res, opts.store.kg);
        return;
      }
      if (isGraphBinaryUrl(url)) return await serveGraphBinary(req, res, opts);
      if (serveStatic(req, res)) return;
      sendJson(res, 404, errorBody(`nothing at ${url.split('?')[0]}; the API is at /graphql${opts.clientDir ? ' and the explorer at /' : ''}`, 'NOT_FOUND'));
    } catch (e) {
      if (!res.headersSent) sendJson(res, 500, errorBody('internal error', 'INTERNAL_SERVER_ERROR'));
      else res.destroy(e as Error);
    }
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
