import type { SubgraphResult } from '../graph/types.js';
import type { Page } from '../graph/listing.js';

/** Parent values of the GraphQL types that have no record of their own (see codegen.ts mappers). */
export interface MetricsParent {
  id: string;
}
export interface PathParent {
  entityIds: string[];
  /** Per hop, the ids of every relation between its two entities, strongest first. */
  hops: string[][];
}
export interface HopParent {
  from: string;
  to: string;
  relationIds: string[];
}
export type SubgraphParent = SubgraphResult;
export interface SearchHitParent {
  id: string;
  score: number;
}
export interface ConnectionParent {
  page: Page;
}
export interface EdgeParent {
  id: string;
  cursor: string;
}
export type StatsParent = Record<string, never>;
