import { Worker } from 'node:worker_threads';
import { computeDerived, DEFAULT_DERIVED_OPTIONS, type DerivedArrays, type DerivedOptions, type Topology } from '../graph/derived.js';
import { wallClock, type WorkerAnswer } from '../graph/derived/worker-protocol.js';
import type { StageTimes } from '../graph/derived/stage-clock.js';
import { DerivedView } from '../graph/derived-view.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

export interface DerivedSettings extends DerivedOptions {
  /** Graphs with at most this many entities get derived values on the main thread; larger ones in a worker. */
  syncMaxNodes: number;
  /** Quiet time after a change before recomputing, so a burst of writes costs one recomputation. */
  delayMs: number;
}

export const DEFAULT_DERIVED_SETTINGS: DerivedSettings = { ...DEFAULT_DERIVED_OPTIONS, syncMaxNodes: 2000, delayMs: 100 };

/**
 * Keeps layout and metrics up to date off the request path: after a change it waits for quiet, then
 * computes for the graph as it is (in a worker thread for large graphs) and swaps the result in whole.
 */
export class DerivedRunner {
  private timer: NodeJS.Timeout | null = null;
  private worker: Worker | null = null;
  private busy = false;
  private again = false;
  private closed = false;
  private waiters: Array<() => void> = [];
  private lastEnd = 0;
  private lastMillis = 0;
  /** Milliseconds per stage of the last computation (worker start and transfers included), for the benchmark. */
  lastStages: StageTimes = {};

  constructor(private readonly current: () => KnowledgeGraph, private readonly settings: DerivedSettings, private readonly log: (m: string) => void) {}

  get syncMaxNodes(): number {
    return this.settings.syncMaxNodes;
  }

  /** Computes now, on this thread: used once at start for small graphs so the first answer has positions. */
  computeNow(kg: KnowledgeGraph): void {
    const arrays = computeDerived(topologyOf(kg), optionsOf(this.settings));
    this.lastStages = arrays.stages;
    kg.derived = new DerivedView(arrays, kg.version);
  }

  /**
   * After a change: recompute once writes pause for delayMs. A large graph (worker) also rests for
   * twice its last computation between runs, so a steady stream of edits keeps at most a third of a
   * core busy with layout instead of all of one.
   */
  schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    const rest = this.current().graph.order > this.settings.syncMaxNodes ? this.lastEnd + 2 * this.lastMillis - Date.now() : 0;
    this.timer = setTimeout(() => void this.run(), Math.max(this.settings.delayMs, rest));
  }

  /** Resolves once derived values match the current version (for tests and the benchmark). */
  settled(): Promise<void> {
    if (!this.timer && !this.busy && this.current().derived.computedVersion === this.current().version) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private async run(): Promise<void> {
    this.timer = null;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    const kg = this.current();
    const version = kg.version;
    const started = Date.now();
    try {
      const arrays = kg.index.nodeCount <= this.settings.syncMaxNodes ? computeDerived(topologyOf(kg), optionsOf(this.settings)) : await this.inWorker(kg);
      this.lastStages = arrays.stages;
      kg.derived = new DerivedView(arrays, version);
    } catch (e) {
      if (!this.closed) this.log(`derived values could not be computed: ${(e as Error).message}`);
    } finally {
      this.busy = false;
      this.lastEnd = Date.now();
      this.lastMillis = this.lastEnd - started;
    }
    if (this.again || this.current().version !== version) {
      this.again = false;
      this.schedule();
    } else {
      for (const w of this.waiters.splice(0)) w();
    }
  }

  /**
   * Runs the computation in the worker thread (started on first use; its start-up is timed as the
   * stage 'worker start'). The stages also say how long the topology took to reach the worker and
   * the results to come back, beside the worker's own stages.
   */
  private async inWorker(kg: KnowledgeGraph): Promise<DerivedArrays> {
    let started = 0;
    if (!this.worker) {
      const t0 = wallClock();
      const worker = await startWorker();
      if (this.closed) {
        await worker.terminate();
        throw new Error('the store was closed');
      }
      this.worker = worker;
      started = wallClock() - t0;
    }
    const worker = this.worker;
    const topology = topologyOf(kg);
    const answer = await new Promise<WorkerAnswer & { postedAt: number }>((resolve, reject) => {
      const done = (m: WorkerAnswer) => {
        worker.off('error', fail);
        resolve({ ...m, postedAt });
      };
      const fail = (e: Error) => {
        worker.off('message', done);
        this.worker = null;
        reject(e);
      };
      worker.once('message', done);
      worker.once('error', fail);
      const postedAt = wallClock();
      // The index arrays are copied (or shared, over SharedArrayBuffers): queries keep reading them meanwhile.
      worker.postMessage({ topology, options: optionsOf(this.settings) });
    });
    const { receivedAt, sentAt, postedAt, stages, ...arrays } = answer;
    return {
      ...arrays,
      nodeIds: topology.nodeIds,
      stages: { ...(started ? { 'worker start': started } : {}), 'to worker': receivedAt - postedAt, ...stages, 'from worker': wallClock() - sentAt },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.waiters.splice(0)) w();
    if (this.worker) await this.worker.terminate();
  }
}

/**
 * A derived worker once its modules are loaded (tsx compiles them on start: hundreds of ms). From the
 * build in dist/ (`npm run build`), the worker prebuilt beside the server bundle, without tsx.
 */
function startWorker(): Promise<Worker> {
  const fromSource = import.meta.url.endsWith('.ts');
  const worker = new Worker(new URL(fromSource ? '../graph/derived-worker-entry.mjs' : './derived-worker.js', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('message', () => {
      worker.off('error', reject);
      resolve(worker);
    });
    worker.once('error', reject);
  });
}

function optionsOf(s: DerivedSettings): DerivedOptions {
  return { betweennessMaxNodes: s.betweennessMaxNodes, betweennessBudget: s.betweennessBudget, layoutIterations: s.layoutIterations };
}

/**
 * The index's topology. The ids are a snapshot: the index shares its id list with the numbering,
 * which appends new entities in place, and the view built from a worker's answer must keep the
 * numbering the worker computed with.
 */
function topologyOf(kg: KnowledgeGraph): Topology {
  return { nodeIds: kg.index.nodeIds.slice(0, kg.index.nodeCount), edgeSrc: kg.index.edgeSrc, edgeDst: kg.index.edgeDst };
}
