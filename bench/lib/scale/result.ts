import type { LatencyRow } from '../inproc/cases.js';
import type { IgraphLoad } from './igraph-anchor.js';

/** What the scale child measures on one graph: load, memory after GC, and each latency-table query run once. */
export interface ScaleChildResult {
  type: 'result';
  graph: string;
  entities: number;
  relations: number;
  /** Store.open until queries can run (layout and metrics not started: row 5 measures them). */
  openMs: number;
  /** CPU time of Store.open (user + system, all threads of the process). */
  openCpuMs: number;
  heapBytesPerRelation: number;
  arrayBufferBytesPerRelation: number;
  rssMB: number;
  /** Every query of the latency table, run once; `error` when one threw instead of answering. */
  queries: LatencyRow[];
  error?: string;
}

/** One graph of the scale section: Corridor's load in a child, and the igraph anchor on the same files. */
export interface ScaleGraphResult {
  graph: string;
  dataDir: string;
  generatedMs: number | null;
  corridor: ScaleChildResult | { error: string };
  igraph: IgraphLoad | { skipped: string } | { error: string };
}

export interface ScaleBenchResult {
  graphs: ScaleGraphResult[];
}
