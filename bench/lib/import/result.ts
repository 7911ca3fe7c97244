/** One timed import of a generated file. */
export interface ImportRun {
  name: string;
  bytes: number;
  millis: number;
  entitiesRead: number;
  relationsRead: number;
  entitiesCreated: number;
  entitiesMerged: number;
  relationsCreated: number;
  /** Peak heap above the settled heap before the import (sampled every 50 ms while the event loop turns). */
  peakHeapGrowth: number;
}

export interface ImportBenchResult {
  runs: ImportRun[];
  maxRss: number;
}
