/** One format written once: time, size, and how far memory rose above the loaded graph meanwhile. */
export interface FormatRun {
  format: string;
  millis: number;
  bytes: number;
  /** Highest sampled heap + array buffers during the export, minus the same before it (after GC). */
  peakHeapGrowth: number;
  peakRssGrowth: number;
}

export interface ExportBenchResult {
  graph: string;
  entities: number;
  relations: number;
  loadMs: number;
  /** Heap + array buffers of the loaded graph, after GC. */
  graphHeap: number;
  /** Peak resident set of the whole child (load and every export). */
  maxRss: number;
  runs: FormatRun[];
}
