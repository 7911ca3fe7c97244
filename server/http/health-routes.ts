import type { ServerResponse } from 'node:http';
import type { Traversals } from '../api/traversals.js';
import type { GraphStore } from '../store/graph-store.js';

type SendJson = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => void;

/**
 * `/healthz`: is this process able to serve (a load balancer's liveness check). 503 once a PostgreSQL
 * server lags the database by more than maxLagMs (the database unreachable, or changes not applied).
 * `/readyz`: may traffic be sent here: 200 only once the graph is loaded and caught up with the
 * database; 503 while it is not (a hung or unreachable database, a lag past maxLagMs).
 * Neither is rate limited: a balancer must not see a busy client as a dead server.
 */
export function serveHealth(url: string, res: ServerResponse, store: GraphStore, traversals: Traversals, maxLagMs: number, sendJson: SendJson): boolean {
  const path = url.split('?')[0];
  if (path !== '/healthz' && path !== '/readyz') return false;
  const s = store.status;
  const lagging = s.lagMs !== null && s.lagMs > maxLagMs;
  const db = s.backend === 'postgres' ? { backend: s.backend, appliedSeq: s.appliedSeq, lagMs: s.lagMs, connected: s.connected, maxLagMs } : { backend: s.backend };
  if (path === '/readyz') {
    const ready = store.ready();
    const reason = ready ? undefined : !s.connected ? 'the database does not answer' : lagging ? `lagging the database by ${s.lagMs} ms (maxLagMs ${maxLagMs})` : 'not loaded';
    sendJson(res, ready ? 200 : 503, { ready, ...(reason ? { reason } : {}), version: s.version, ...db }, ready ? {} : { 'retry-after': '1' });
    return true;
  }
  sendJson(res, lagging ? 503 : 200, {
    status: lagging ? 'lagging' : 'ok',
    version: s.version,
    dataOk: s.ok,
    entities: store.kg.graph.order,
    relations: store.kg.graph.size,
    traversals: traversals.pool.stats(),
    ...db,
  });
  return true;
}
