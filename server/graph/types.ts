import type { MultiDirectedGraph } from 'graphology';
import type { Entity } from '../model/records.js';

/**
 * The graph every query runs on: node attributes are entity records, edge key = relation id. Edge
 * attributes are one shared, frozen empty object: relation records live in a RelationTable.
 */
export type CorridorGraph = MultiDirectedGraph<Entity, EdgeAttributes>;
export type EdgeAttributes = Readonly<Record<string, never>>;
export const NO_ATTRIBUTES: EdgeAttributes = Object.freeze({});

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

/** A subgraph as index numbers (what a traversal worker returns); mapped to ids on the main thread. */
export interface IndexSubgraph {
  /** Plain arrays where computed; Int32Arrays once posted by a worker (their buffers are transferred, not copied). */
  nodes: number[] | Int32Array;
  edges: number[] | Int32Array;
  truncated: boolean;
  reason: TruncationReason | null;
}
