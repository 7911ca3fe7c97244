import type { SharedTopology } from '../compact-index.js';
import type { TraversalResult, TraversalTask } from './tasks.js';

/** Main thread → worker: run a task on an index version (with its arrays when the worker lacks them). */
export interface RunMessage {
  id: number;
  version: number;
  /** Present when this worker has not seen the version yet; shared memory, not a copy. */
  topology?: SharedTopology;
  task: TraversalTask;
}

/** Worker → main thread: the answer (or the error) and the CPU time the worker spent on it. */
export type DoneMessage = { id: number; cpuMs: number } & ({ ok: true; result: TraversalResult } | { ok: false; error: string });

/** Main thread → worker: report your heap (for /healthz-style monitoring and the benchmark). */
export interface HeapMessage {
  type: 'heap';
  id: number;
}

/** Worker → main thread: its V8 heap in bytes. */
export interface HeapReply {
  type: 'heap';
  id: number;
  used: number;
  total: number;
}
