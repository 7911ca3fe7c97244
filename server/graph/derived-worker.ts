import { parentPort } from 'node:worker_threads';
import { computeDerived, type DerivedOptions, type Topology } from './derived.js';

/** Runs computeDerived off the main thread for large graphs: requests stay fast while layout runs. */
parentPort!.on('message', (msg: { topology: Topology; options: DerivedOptions }) => {
  const result = computeDerived(msg.topology, msg.options);
  const transfer = [result.x.buffer, result.y.buffer, result.pagerank.buffer, result.community.buffer];
  if (result.betweenness) transfer.push(result.betweenness.buffer);
  parentPort!.postMessage(result, transfer as ArrayBuffer[]);
});
