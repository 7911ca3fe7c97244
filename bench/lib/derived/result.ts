/** One fresh process: Store.open until the derived values (layout and metrics) settled. */
export interface DerivedRun {
  type: 'result';
  graph: string;
  entities: number;
  relations: number;
  /** Store.open until queries can run. */
  openMs: number;
  /** Store.open until store.derived.settled(). */
  settledMs: number;
  /** Milliseconds per stage of the computation (worker start, transfers, each metric, layout). */
  stages: Record<string, number>;
  /** Sources of the betweenness (entities when exact, a seeded sample when an estimate). */
  betweennessSources: number;
  communities: number;
  /** Mean distance of linked entities over that of random pairs in the layout (lower: tighter). */
  linkedOverRandom: number;
}
