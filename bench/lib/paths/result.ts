import type { PathsCheck } from '../inproc/paths-check.js';
import type { Summary } from '../stats.js';

/** One timed case: shortestPaths with these options, or the anchor, on the same pairs (µs per call). */
export interface PathsCase {
  name: string;
  first: number | null;
  maxLength: number | null;
  latency: Summary;
  /** Pairs with at least one path found. */
  connected: number;
  /** Calls cut by the API budget (maxVisited / deadline). */
  truncated: number;
}

/** What bench/lib/paths/child.ts reports. */
export interface PathsBenchResult {
  graph: string;
  entities: number;
  relations: number;
  pairs: number;
  rounds: number;
  /** The anchor, graphology-shortest-path's bidirectional search on an undirected copy. */
  anchor: PathsCase;
  ours: PathsCase[];
  /** checkPaths (bench/lib/inproc/paths-check.ts): BOTH, k=1, maxLength 4, its own pairs. */
  check: PathsCheck;
  /** Timed pairs where our shortest length (maxLength 6) differs from the anchor's. */
  lengthDisagreements: string[];
}
