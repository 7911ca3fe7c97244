import type { IncomingMessage } from 'node:http';

/**
 * The address a request comes from. Behind a load balancer (`--trust-proxy`), it is the last entry of
 * X-Forwarded-For: the one the balancer itself appended, the address that connected to it. Earlier
 * entries are whatever the client claimed and would let anyone pick their own budget, so they are
 * ignored. Without --trust-proxy the header is ignored entirely.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h.length > 0);
  return hops.at(-1) ?? socket;
}
