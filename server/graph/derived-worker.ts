import { parentPort } from 'node:worker_threads';
import { computeDerived, type DerivedOptions, type Topology } from './derived.js';
import { wallClock, WORKER_READY, type WorkerAnswer } from './derived/worker-protocol.js';

/**
 * Runs computeDerived off the main thread for large graphs: requests stay fast while layout runs.
 * The topology's typed arrays arrive copied, or shared when they live in SharedArrayBuffers; the
 * result's arrays are transferred back, not copied, and the ids are not sent back at all.
 */
parentPort!.on('message', (msg: { topology: Topology; options: DerivedOptions }) => {
  const receivedAt = wallClock();
  const { nodeIds: _ids, ...result } = computeDerived(msg.topology, msg.options);
  const transfer = [result.x.buffer, result.y.buffer, result.pagerank.buffer, result.betweenness.buffer, result.community.buffer];
  const answer: WorkerAnswer = { ...result, receivedAt, sentAt: wallClock() };
  parentPort!.postMessage(answer, transfer as ArrayBuffer[]);
});
parentPort!.postMessage(WORKER_READY);
