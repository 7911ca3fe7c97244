import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphStore } from '../store/graph-store.js';

export const MIN_SEQ_HEADER = 'x-corridor-min-seq';
/** The same as a URL query parameter, for clients that cannot set headers (an EventSource, a link). */
export const MIN_SEQ_PARAM = 'minSeq';

/**
 * Read-your-writes across servers: a request carrying `x-corridor-min-seq: <seq>` or `?minSeq=<seq>` (the `seq` a write
 * answered with, on any server of the cluster) is held until this server has applied that change, up
 * to `waitMs`; past it the request is answered 503 NOT_CAUGHT_UP with Retry-After, not served stale.
 * Returns false when it answered the request itself.
 */
export async function awaitMinSeq(req: IncomingMessage, res: ServerResponse, store: GraphStore, waitMs: number, sendJson: (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => void): Promise<boolean> {
  const header = req.headers[MIN_SEQ_HEADER];
  const raw = header ?? new URL(req.url ?? '/', 'http://corridor').searchParams.get(MIN_SEQ_PARAM) ?? undefined;
  if (raw === undefined) return true;
  const seq = Number(Array.isArray(raw) ? raw[0] : raw);
  if (!Number.isSafeInteger(seq) || seq < 0) {
    sendJson(res, 400, { errors: [{ message: `${header !== undefined ? MIN_SEQ_HEADER : MIN_SEQ_PARAM} must be a change seq (a whole number), got "${raw}"`, extensions: { code: 'BAD_REQUEST' } }] });
    return false;
  }
  if (await store.waitForSeq(seq, waitMs)) return true;
  sendJson(
    res,
    503,
    { errors: [{ message: `this server has not applied change ${seq} within ${waitMs} ms (setting minSeqWaitMs); try again, or another server`, extensions: { code: 'NOT_CAUGHT_UP', seq, appliedSeq: store.status.appliedSeq } }] },
    { 'retry-after': '1' },
  );
  return false;
}
