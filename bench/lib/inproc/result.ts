import type { Degree } from '../sample.js';
import type { LatencyRow } from './cases.js';
import type { LoadPhase } from './load-breakdown.js';
import type { PathsCheck } from './paths-check.js';

/** What the in-process child measures on one graph and sends back. */
export interface InprocResult {
  type: 'result';
  graph: string;
  entities: number;
  relations: number;
  /** Store.open until queries can run (derived values still computing in a worker). */
  openMs: number;
  /** Store.open until store.derived.settled(). */
  settledMs: number;
  memory: {
    heapBytesPerRelation: number;
    arrayBufferBytesPerRelation: number;
    heapMB: number;
    arrayBuffersMB: number;
    rssMB: number;
  };
  hub: Degree;
  median: Degree;
  latency: LatencyRow[];
  paths: PathsCheck[];
  /** --variants only. */
  phases?: LatencyRow[];
  loadPhases?: LoadPhase[];
}
