/** What the search bench measures on one graph (sent by child.ts, printed by report.ts). */
export interface SearchGraphResult {
  type: 'result';
  graph: string;
  entities: number;
  /** Milliseconds to build each index (median of the builds made), and the name table's bytes. */
  build: { todayMs: number; oursMs: number; nameTableMs: number; nameTableBytes: number };
  /** p50 and p99 in microseconds of each index on each query case, one value per round. */
  latency: LatencyCell[];
  /** Top-10 hits of sampled full names (labels and aliases): the index before the change vs ours. */
  agreement: { names: number; identicalTop10: number; sameTop1: number; sameSetTop10: number; shortNames: number; examples: string[] };
  /** 3-letter prefixes whose first hit is an entity whose label starts with the prefix, when some label does. */
  prefixFirst: { queries: number; withLabelMatch: number; ours: number; today: number };
}

export type IndexName = 'ours' | 'today' | 'MiniSearch defaults' | 'MiniSearch defaults + prefix';
export type CaseName = 'full label' | '3-letter prefix';

export interface LatencyCell {
  index: IndexName;
  case: CaseName;
  p50: number[];
  p99: number[];
  /** Hits returned for the first query of the case. */
  hits: number;
}
