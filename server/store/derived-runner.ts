import { Worker } from 'node:worker_threads';
import { computeDerived, type DerivedArrays, type DerivedOptions } from '../graph/derived.js';
import { DerivedView } from '../graph/derived-view.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

export interface DerivedSettings extends DerivedOptions {
  /** Graphs with at most this many entities get derived values on the main thread; larger ones in a worker. */
  syncMaxNodes: number;
  /** Quiet time after a change before recomputing, so a burst of writes costs one recomputation. */
  delayMs: number;
}

export const DEFAULT_DERIVED_SETTINGS: DerivedSettings = { betweennessMaxNodes: 5000, layoutIterations: null, syncMaxNodes: 2000, delayMs: 100 };

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

  constructor(private readonly current: () => KnowledgeGraph, private readonly settings: DerivedSettings, private readonly log: (m: string) => void) {}

  get syncMaxNodes(): number {
    return this.settings.syncMaxNodes;
  }

  /** Computes now, on this thread: used once at start for small graphs so the first answer has positions. */
  computeNow(kg: KnowledgeGraph): void {
    kg.derived = new DerivedView(computeDerived(topologyOf(kg), this.settings), kg.version);
  }

  /**
   * After a change: recompute once writes pause for delayMs. A large graph (worker) also rests for
   * twice its last computation between runs, so a steady stream of edits keeps at most a third of a
   * core busy with layout instead of all of one.
   */
  schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    const rest = this.current().index.nodeCount > this.settings.syncMaxNodes ? this.lastEnd + 2 * this.lastMillis - Date.now() : 0;
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
      const arrays = kg.index.nodeCount <= this.settings.syncMaxNodes ? computeDerived(topologyOf(kg), this.settings) : await this.inWorker(kg);
      if (arrays) kg.derived = new DerivedView(arrays, version);
    } catch (e) {
      this.log(`derived values could not be computed: ${(e as Error).message}`);
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

  private inWorker(kg: KnowledgeGraph): Promise<DerivedArrays | null> {
    if (!this.worker) {
      this.worker = new Worker(new URL('../graph/derived-worker-entry.mjs', import.meta.url));
    }
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      const done = (m: DerivedArrays) => {
        worker.off('error', fail);
        resolve(m);
      };
      const fail = (e: Error) => {
        worker.off('message', done);
        this.worker = null;
        reject(e);
      };
      worker.once('message', done);
      worker.once('error', fail);
      // Copies of the index arrays: the index itself stays readable by queries meanwhile.
      worker.postMessage({ topology: topologyOf(kg), options: { betweennessMaxNodes: this.settings.betweennessMaxNodes, layoutIterations: this.settings.layoutIterations } });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.waiters.splice(0)) w();
    if (this.worker) await this.worker.terminate();
  }
}

function topologyOf(kg: KnowledgeGraph) {
  return { nodeIds: kg.index.nodeIds, edgeSrc: kg.index.edgeSrc, edgeDst: kg.index.edgeDst };
}
