import { Worker } from 'node:worker_threads';
import type { CompactIndex } from '../compact-index.js';
import { FairQueue } from './fair-queue.js';
import type { DoneMessage, HeapReply, RunMessage } from './messages.js';
import { runTraversal, type TraversalResult, type TraversalTask } from './tasks.js';
import { traversalWorkerUrl } from './worker-script.js';

export interface PoolSettings {
  /** Worker threads; 0 runs traversals in the request's thread (no isolation, as before the pool). */
  workers: number;
  /** Traversals of one client running at once; more wait in the queue. */
  maxRunningPerClient: number;
  /** Traversals waiting, all clients together; past it, OVERLOADED (HTTP 503). */
  maxQueued: number;
  /** Past a traversal's deadline by this much, its worker is terminated and replaced. */
  killGraceMs: number;
}

/**
 * A traversal's answer and the time its thread spent on it (see worker.ts for how it is measured).
 * The traversal still counts against its client's running cap until `done()` is called: the caller
 * calls it once the answer has been turned into a response on the request thread, so a client cannot
 * pile up large answers there while its next traversals already run.
 */
export interface TraversalOutcome {
  result: TraversalResult;
  cpuMs: number;
  done(): void;
}

export type TraversalErrorCode = 'OVERLOADED' | 'DEADLINE_EXCEEDED' | 'TRAVERSAL_FAILED';

/** A traversal that did not run to an answer; `retryAfterSeconds` says when trying again makes sense. */
export class TraversalError extends Error {
  constructor(
    readonly code: TraversalErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
    /** CPU the traversal used before it was stopped (charged to its client). */
    readonly cpuMs = 0,
  ) {
    super(message);
  }
}

interface Job {
  client: string;
  index: CompactIndex;
  task: TraversalTask;
  deadline: number;
  resolve(o: TraversalOutcome): void;
  reject(e: TraversalError): void;
}

interface Slot {
  worker: Worker;
  /** Index versions this worker holds, oldest first (it keeps two, as the worker does). */
  known: number[];
  job: Job | null;
  jobId: number;
  startedAt: number;
  killTimer: NodeJS.Timeout | null;
  /** Why the pool terminated this worker, when it did. */
  stopping: 'deadline' | 'close' | null;
}

const versionOf = new WeakMap<CompactIndex, number>();
let nextVersion = 1;
function version(index: CompactIndex): number {
  let v = versionOf.get(index);
  if (v === undefined) versionOf.set(index, (v = nextVersion++));
  return v;
}

/**
 * Traversals off the request thread: a few worker threads read the traversal index in shared memory
 * (each index version is posted once per worker, without copying) and run one task each at a time.
 * Waiting tasks sit in a FairQueue (round-robin across clients, a cap per client, a bound overall).
 * A worker still busy past its task's deadline plus a grace is terminated and replaced, as is one that
 * crashes; its request gets a clean error and the others carry on.
 */
export class TraversalPool {
  private readonly slots: Slot[] = [];
  private readonly queue: FairQueue<Job>;
  private nextId = 1;
  private closed = false;
  /** Mean wall time of a task (exponentially weighted), for Retry-After estimates. */
  private meanTaskMs = 50;

  constructor(readonly settings: PoolSettings) {
    this.queue = new FairQueue<Job>(settings.maxQueued, settings.maxRunningPerClient);
    for (let i = 0; i < settings.workers; i++) this.slots.push(this.spawn());
  }

  /** Live workers, busy ones and waiting tasks (for /healthz and the benchmark). */
  stats(): { workers: number; busy: number; queued: number } {
    return { workers: this.slots.length, busy: this.slots.filter((s) => s.job).length, queued: this.queue.queued };
  }

  /** Each worker's V8 heap (used and total bytes): what the pool adds to the process beyond the shared index. */
  heaps(): Promise<Array<{ used: number; total: number }>> {
    return Promise.all(
      this.slots.map(
        (s) =>
          new Promise<{ used: number; total: number }>((resolve) => {
            const id = -this.nextId++;
            const listen = (m: HeapReply | DoneMessage) => {
              if ('type' in m && m.id === id) {
                s.worker.off('message', listen);
                resolve({ used: m.used, total: m.total });
              }
            };
            s.worker.on('message', listen);
            s.worker.postMessage({ type: 'heap', id });
          }),
      ),
    );
  }

  /** The worker threads, for tests that check a crash is survived. */
  get workerThreads(): readonly Worker[] {
    return this.slots.map((s) => s.worker);
  }

  /** Runs a traversal for a client on one index version; rejects with TraversalError. */
  run(client: string, index: CompactIndex, task: TraversalTask, deadline: number): Promise<TraversalOutcome> {
    if (this.closed) return Promise.reject(new TraversalError('TRAVERSAL_FAILED', 'the server is shutting down', 1));
    if (this.settings.workers === 0) {
      const started = performance.now();
      const result = runTraversal(index, task);
      return Promise.resolve({ result, cpuMs: performance.now() - started, done: () => {} });
    }
    return new Promise((resolve, reject) => {
      const job: Job = { client, index, task, deadline, resolve, reject };
      if (!this.queue.push(client, job)) {
        reject(new TraversalError('OVERLOADED', `the server is busy: ${this.settings.maxQueued} traversals are waiting (setting maxQueuedTraversals); retry after ${this.retryAfter()} s`, this.retryAfter()));
        return;
      }
      this.dispatch();
    });
  }

  /** Seconds until the queue has likely drained: waiting tasks × mean task time / workers. */
  retryAfter(): number {
    return Math.max(1, Math.ceil(((this.queue.queued + this.slots.length) * this.meanTaskMs) / Math.max(1, this.slots.length) / 1000));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map((s) => {
        s.stopping = 'close';
        if (s.killTimer) clearTimeout(s.killTimer);
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(traversalWorkerUrl(), { name: 'corridor-traversal' });
    const slot: Slot = { worker, known: [], job: null, jobId: 0, startedAt: 0, killTimer: null, stopping: null };
    worker.unref();
    worker.on('message', (m: DoneMessage | HeapReply) => {
      if (!('type' in m)) this.finish(slot, m);
    });
    worker.on('error', () => {}); // the exit that follows reports it
    worker.on('exit', () => this.replace(slot));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || slot.stopping) continue;
      const job = this.nextLive();
      if (!job) return;
      const now = Date.now();
      const v = version(job.index);
      const message: RunMessage = { id: this.nextId++, version: v, task: job.task };
      if (!slot.known.includes(v)) {
        message.topology = job.index.topology();
        slot.known.push(v);
        if (slot.known.length > 2) slot.known.shift();
      }
      slot.job = job;
      slot.jobId = message.id;
      slot.startedAt = performance.now();
      slot.killTimer = setTimeout(() => this.kill(slot, message.id), job.deadline - now + this.settings.killGraceMs);
      slot.worker.postMessage(message);
    }
  }

  /** The next waiting job whose deadline has not passed; those whose time ran out while they waited are answered as truncated, as a traversal stopped by its deadline is. */
  private nextLive(): Job | null {
    for (let next = this.queue.take(); next; next = this.queue.take()) {
      const job = next.item;
      if (Date.now() < job.deadline) return job;
      this.queue.finished(job.client);
      job.resolve({ result: expired(job.task), cpuMs: 0, done: () => {} });
    }
    return null;
  }

  private finish(slot: Slot, m: DoneMessage): void {
    const job = slot.job;
    if (!job || m.id !== slot.jobId) return;
    this.release(slot, m.ok);
    if (m.ok) job.resolve({ result: m.result, cpuMs: m.cpuMs, done: this.finisher(job.client) });
    else job.reject(new TraversalError('TRAVERSAL_FAILED', `the traversal failed: ${m.error}`, 1, m.cpuMs));
    this.dispatch();
  }

  /** Frees the worker; the client's running count drops now, or when its answer is done (`held`). */
  private release(slot: Slot, held = false): void {
    if (slot.killTimer) clearTimeout(slot.killTimer);
    slot.killTimer = null;
    this.meanTaskMs = this.meanTaskMs * 0.9 + (performance.now() - slot.startedAt) * 0.1;
    if (!held) this.queue.finished(slot.job!.client);
    slot.job = null;
  }

  /** The `done` of an outcome: once only, it ends the traversal's hold on its client's running cap. */
  private finisher(client: string): () => void {
    let called = false;
    return () => {
      if (called) return;
      called = true;
      this.queue.finished(client);
      this.dispatch();
    };
  }

  /** Deadline plus grace passed and the worker has not answered: stop it (its exit replaces it). */
  private kill(slot: Slot, jobId: number): void {
    if (slot.jobId !== jobId || !slot.job) return;
    slot.stopping = 'deadline';
    void slot.worker.terminate();
  }

  /** A worker exited (crash, or terminated by kill): its job gets a clean error, a new worker takes its place. */
  private replace(slot: Slot): void {
    if (slot.stopping === 'close' || this.closed) return;
    const job = slot.job;
    const ranMs = performance.now() - slot.startedAt;
    if (job) {
      const killed = slot.stopping === 'deadline';
      this.release(slot);
      job.reject(
        killed
          ? new TraversalError('DEADLINE_EXCEEDED', `the traversal did not stop at its deadline (setting deadlineMs) and was abandoned`, 1, ranMs)
          : new TraversalError('TRAVERSAL_FAILED', 'the traversal worker failed; it has been replaced, retry the request', 1, ranMs),
      );
    }
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots[at] = this.spawn();
    this.dispatch();
  }
}

/** The answer of a task whose deadline passed before it could start. */
function expired(task: TraversalTask): TraversalResult {
  return task.kind === 'paths'
    ? { kind: 'paths', paths: { paths: [], truncated: true, reason: 'DEADLINE' } }
    : { kind: 'subgraph', subgraph: { nodes: task.kind === 'neighborhood' ? [task.center] : [], edges: [], truncated: true, reason: 'DEADLINE' } };
}
