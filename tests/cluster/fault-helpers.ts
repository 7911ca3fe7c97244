import { expect } from 'vitest';
import type { RunningServer } from '../../server/http/start.js';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import type { PgCluster } from '../helpers/pg-cluster.js';
import { gql, replica, TOKEN, until } from './cluster-helpers.js';

/** Flags every replica of the fault tests gets: no rate limit (a test client writes fast). */
export const REPLICA_FLAGS = ['--rate-limit-per-minute', '0'];

/** A replica as its own process (for SIGKILL and SIGSTOP), over the database at `url`. */
export function childReplica(url: string, flags: string[] = []): Promise<ChildServer> {
  // startChildServer also passes --data; with a database URL the folder is not read.
  return startChildServer(GRAPH_DATA, { CORRIDOR_TOKENS: `curator:editor:${TOKEN}` }, ['--database-url', url, '--traversal-workers', '0', ...flags]);
}

/** How one write ended, as the client saw it. */
export type WriteOutcome =
  | { kind: 'acked'; seq: number }
  | { kind: 'error'; code: string; retryable: boolean; status: number; message: string }
  | { kind: 'no-answer'; message: string };

const CREATE = 'mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { seq } }';

/** Creates the Topic entity `id` through `server`; never throws. */
export async function createTopic(server: { url: string }, id: string, signal?: AbortSignal): Promise<WriteOutcome> {
  try {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: CREATE, variables: { c: [{ createEntity: { id, kind: 'Topic', label: `Fault topic ${id}` } }] } }),
      signal,
    });
    const body = (await res.json()) as { data?: { applyChanges?: { seq: number } }; errors?: Array<{ message: string; extensions?: { code?: string; retryable?: boolean } }> };
    const e = body.errors?.[0];
    if (!e) return { kind: 'acked', seq: body.data!.applyChanges!.seq };
    return { kind: 'error', code: e.extensions?.code ?? '(none)', retryable: e.extensions?.retryable === true, status: res.status, message: e.message };
  } catch (e) {
    return { kind: 'no-answer', message: (e as Error).message };
  }
}

export interface StreamOptions {
  /** Ids are `${prefix}-${i}`. */
  prefix: string;
  count: number;
  /** Writes in flight at once. */
  concurrency: number;
  /** Retry a write that failed with a retryable error until it is acknowledged (default: give up on it). */
  retry?: boolean;
  /** Stop sending new writes once this returns true. */
  stop?: () => boolean;
  /** Called after each acknowledgement with the number acknowledged so far. */
  onAck?: (acked: number) => void;
}

export interface StreamResult {
  /** Ids whose write answered without errors, in the order the answers came. */
  acked: string[];
  /** Ids written once more after a lost answer, refused as already existing: the first attempt had committed. */
  committedUnanswered: string[];
  /** Every failed attempt. */
  failures: Array<Exclude<WriteOutcome, { kind: 'acked' }> & { id: string }>;
}

/**
 * A client streaming createEntity writes, `concurrency` at a time. With `retry`, a write that failed
 * with a retryable error (or got no answer) is sent again; if the retry is refused because the id
 * exists, the first attempt had committed without its answer arriving (counted, not an error).
 */
export async function writeStream(target: () => { url: string }, o: StreamOptions): Promise<StreamResult> {
  const result: StreamResult = { acked: [], committedUnanswered: [], failures: [] };
  let next = 0;
  const worker = async () => {
    while (next < o.count && !o.stop?.()) {
      const id = `${o.prefix}-${next++}`;
      for (let attempt = 0; ; attempt++) {
        const out = await createTopic(target(), id);
        if (out.kind === 'acked') {
          result.acked.push(id);
          o.onAck?.(result.acked.length);
          break;
        }
        const existed = out.kind === 'error' && attempt > 0 && /already used|was created by another writer/.test(out.message);
        if (existed) {
          result.committedUnanswered.push(id);
          break;
        }
        result.failures.push({ ...out, id });
        const retryable = out.kind === 'no-answer' || out.retryable;
        if (!o.retry || !retryable) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return result;
}

/** The ids among `ids` that the database does not hold. */
export async function missingInDatabase(pg: PgCluster, ids: string[]): Promise<string[]> {
  const { rows } = await pg.query<{ id: string }>('SELECT id FROM corridor_entities WHERE id = ANY($1::text[])', [ids]);
  const stored = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !stored.has(id));
}

/** A replica's dataStatus and entity count. */
export async function statusOf(server: { url: string }): Promise<{ checksum: string; appliedSeq: number; connected: boolean; lagMs: number; entityCount: number }> {
  const r = await gql(server, '{ dataStatus { checksum appliedSeq connected lagMs } stats { entityCount } }');
  return { ...r.body.data.dataStatus, entityCount: r.body.data.stats.entityCount };
}

/** /readyz's status code (200 ready, 503 not). */
export async function readyz(server: { url: string }): Promise<number> {
  const res = await fetch(`${server.url}/readyz`);
  await res.body?.cancel();
  return res.status;
}

/** The ids of every entity a server holds. */
async function entityIds(server: { url: string }): Promise<Set<string>> {
  const r = await gql(server, '{ graph(limit: 20000) { entities { id } } }');
  return new Set((r.body.data.graph.entities as Array<{ id: string }>).map((e) => e.id));
}

/**
 * Checks that every server ends with the records a replica started afresh now loads from the database
 * (equal checksums and entity counts), waiting up to `ms` for followers still catching up. A server
 * that does not get there fails the test with the entities it lacks or has extra, and its status.
 */
export async function expectSameAsDatabase(url: string, servers: Array<{ url: string }>, ms = 15_000): Promise<{ checksum: string; entityCount: number }> {
  const fresh: RunningServer = await replica(url, REPLICA_FLAGS);
  try {
    const expected = await statusOf(fresh);
    for (const s of servers) {
      try {
        await until(async () => (await statusOf(s)).checksum === expected.checksum, ms, `${s.url} to hold what the database holds`);
      } catch (e) {
        const [want, have] = await Promise.all([entityIds(fresh), entityIds(s)]);
        const lacks = [...want].filter((id) => !have.has(id));
        const extra = [...have].filter((id) => !want.has(id));
        throw new Error(`${(e as Error).message}: lacks ${JSON.stringify(lacks)}, has extra ${JSON.stringify(extra)}; status ${JSON.stringify(await statusOf(s))}, database ${JSON.stringify(expected)}`);
      }
      expect((await statusOf(s)).entityCount).toBe(expected.entityCount);
    }
    return { checksum: expected.checksum, entityCount: expected.entityCount };
  } finally {
    await fresh.close();
  }
}

/** Milliseconds since `t0`, for the progress lines the fault tests print. */
export const since = (t0: number) => `${Date.now() - t0} ms`;

/** Stops (SIGSTOP) or continues (SIGCONT) a child replica: a process that is down but keeps its state and connections. */
export function freeze(child: ChildServer, frozen: boolean): void {
  process.kill(child.child.pid!, frozen ? 'SIGSTOP' : 'SIGCONT');
}

/** Ids created by the change log's commits after `afterSeq`, in log order (seq, then request, then change). */
export async function createdInLogOrder(pg: PgCluster, afterSeq: number): Promise<string[]> {
  const { rows } = await pg.query<{ changes: string }>('SELECT changes::text AS changes FROM corridor_changes WHERE seq > $1 ORDER BY seq', [afterSeq]);
  return rows.flatMap((r) => ((JSON.parse(r.changes) as { jobs?: Array<{ results: Array<{ id: string }> }> }).jobs ?? []).flatMap((j) => j.results.map((x) => x.id)));
}
