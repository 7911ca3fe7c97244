import { parentPort } from 'node:worker_threads';
import type { SharedTopology } from '../compact-index.js';
import { getHeapStatistics } from 'node:v8';
import type { DoneMessage, HeapMessage, HeapReply, RunMessage } from './messages.js';
import { runTraversal } from './tasks.js';

/**
 * A traversal worker: runs one task at a time on the index version it names, reading the shared
 * arrays in place. It keeps the two versions it used last (a request pins one version while commits
 * make newer ones) and forgets older ones, so their memory can be freed once the main thread lets go.
 */
const versions = new Map<number, SharedTopology>();

parentPort!.on('message', (msg: RunMessage | HeapMessage) => {
  if ('type' in msg) {
    (globalThis as { gc?: () => void }).gc?.(); // when the process runs with --expose-gc (the benchmark)
    const h = getHeapStatistics();
    parentPort!.postMessage({ type: 'heap', id: msg.id, used: h.used_heap_size, total: h.total_heap_size } satisfies HeapReply);
    return;
  }
  if (msg.topology) {
    versions.set(msg.version, msg.topology);
    while (versions.size > 2) versions.delete(versions.keys().next().value!);
  }
  const index = versions.get(msg.version);
  // The task's time is the worker thread's busy time on it: a traversal is synchronous and the thread does
  // nothing else meanwhile. (Node 20 has no per-thread CPU clock, and Linux's /proc/thread-self/schedstat
  // only advances at scheduler ticks, ~4 ms, too coarse for traversals of a fraction of a millisecond.)
  const started = performance.now();
  let reply: DoneMessage;
  try {
    if (!index) throw new Error(`index version ${msg.version} was not sent to this worker`);
    reply = { id: msg.id, ok: true, result: runTraversal(index, msg.task), cpuMs: 0 };
  } catch (e) {
    reply = { id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e), cpuMs: 0 };
  }
  // Large answers as typed arrays, moved rather than copied: structured cloning a plain array of
  // 170,000 numbers cost the request thread ~100 ms per 20,000-entity graph answer.
  const transfer: ArrayBuffer[] = [];
  if (reply.ok && reply.result.kind === 'subgraph') {
    const sub = reply.result.subgraph;
    const nodes = Int32Array.from(sub.nodes);
    const edges = Int32Array.from(sub.edges);
    reply.result.subgraph = { ...sub, nodes, edges };
    transfer.push(nodes.buffer, edges.buffer);
  }
  reply.cpuMs = performance.now() - started;
  parentPort!.postMessage(reply, transfer);
});
