import type { MultiDirectedGraph } from 'graphology';
import type { Entity, Relation } from '../model/records.js';

/** The graph every query runs on: node attributes are entity records, edge attributes relation records, edge key = relation id. */
export type CorridorGraph = MultiDirectedGraph<Entity, Relation>;

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Stops a traversal before it explodes: at most `maxVisited` nodes expanded, and nothing after `deadline` (ms since epoch). */
export interface Budget {
  maxVisited: number;
  deadline: number;
}

export const UNLIMITED: Budget = { maxVisited: Number.POSITIVE_INFINITY, deadline: Number.POSITIVE_INFINITY };

/** Why a traversal answer is partial. */
export type TruncationReason = 'NODE_LIMIT' | 'VISIT_BUDGET' | 'DEADLINE';

export interface SubgraphResult {
  entityIds: string[];
  relationIds: string[];
  truncated: boolean;
  reason: TruncationReason | null;
}
