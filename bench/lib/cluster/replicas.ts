import { startChild, type Child, type ServerReady } from '../child.js';
import { dataOf, post } from '../http.js';
import { benchFile } from '../paths.js';

export const CLUSTER_TOKEN = 'bench-cluster-editor-token-0123456789';
export const EDITOR = { authorization: `Bearer ${CLUSTER_TOKEN}` };

/**
 * Flags of every replica. No rate limit and no per-client CPU budget: the load generator is one
 * client address. Traversals on the request thread (`--traversal-workers 0`): a replica capped to a
 * fraction of a core gains no CPU from a worker thread, only the hand-off of each answer between threads.
 */
export const REPLICA_FLAGS = ['--api-only', '--rate-limit-per-minute', '0', '--cpu-budget-ms', '0', '--traversal-workers', '0'];

export interface Replica {
  name: string;
  port: number;
  pid: number;
  child: Child<ServerReady>;
}

/** Starts `n` query servers over one database (each `npm start --database-url …` in a child process), in parallel; resolves once all have loaded the graph and settled its derived values. */
export async function startReplicas(url: string, n: number): Promise<Replica[]> {
  const children = Array.from({ length: n }, () =>
    startChild<ServerReady>(benchFile('lib/servers/entry.ts'), {
      args: ['yoga', '--port', '0', '--database-url', url, ...REPLICA_FLAGS],
      env: { CORRIDOR_TOKENS: `bench:editor:${CLUSTER_TOKEN}` },
      nodeFlags: ['--max-old-space-size=4096'],
      timeoutMs: 300_000,
    }),
  );
  try {
    const ready = await Promise.all(children.map((c) => c.message));
    return ready.map((r, i) => ({ name: String.fromCharCode(65 + i), port: r.port, pid: children[i]!.process.pid!, child: children[i]! }));
  } catch (e) {
    await stopReplicas(children.map((child) => ({ child })));
    throw e;
  }
}

export async function stopReplicas(replicas: Array<{ child: Child<ServerReady> }>): Promise<void> {
  await Promise.all(replicas.map((r) => r.child.stop()));
}

const STATUS = '{ dataStatus { version derivedVersion appliedSeq lagMs } }';

/** The replica's data status: graph version, version of its layout and metrics, applied change seq. */
export async function statusOf(port: number): Promise<{ version: number; derivedVersion: number; appliedSeq: number | null; lagMs: number | null }> {
  return dataOf<{ dataStatus: { version: number; derivedVersion: number; appliedSeq: number | null; lagMs: number | null } }>(await post(port, { query: STATUS }), 'dataStatus').dataStatus;
}

/**
 * Waits until every replica has applied `seq` and recomputed its layout and metrics for the graph it
 * serves, so that no background work from earlier writes runs during a read measurement.
 */
export async function settled(replicas: Replica[], seq: number, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (const r of replicas) {
    for (;;) {
      const s = await statusOf(r.port);
      if ((s.appliedSeq ?? 0) >= seq && s.derivedVersion >= s.version) break;
      if (Date.now() > end) throw new Error(`replica ${r.name} did not settle within ${timeoutMs} ms: ${JSON.stringify(s)}, waiting for seq ${seq}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
