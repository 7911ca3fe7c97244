import type { DerivedArrays } from '../derived.js';

/** What the derived worker answers: the arrays without the ids (the caller has them), and when it got and sent the job. */
export type WorkerAnswer = Omit<DerivedArrays, 'nodeIds'> & { receivedAt: number; sentAt: number };

/** The worker's first message, once its modules are loaded. */
export const WORKER_READY = 'ready';

/** Wall-clock milliseconds comparable between threads (performance.now() counts from each thread's start). */
export const wallClock = (): number => performance.timeOrigin + performance.now();
