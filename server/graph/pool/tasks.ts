import type { TraversalIndex } from '../compact-index.js';
import { CompiledFilter, type FilterSpec } from '../filter.js';
import { neighborhoodIndexed } from '../neighborhood.js';
import { shortestPaths, type PathsResult } from '../paths.js';
import type { Budget, Direction, IndexSubgraph } from '../types.js';
import { wholeGraphIndexed } from '../whole-graph.js';

/**
 * One traversal as plain data: what the API posts to a worker. Entities are index numbers of the
 * index version the request pinned; the filter is its plain form (see FilterSpec).
 */
export type TraversalTask =
  | { kind: 'neighborhood'; center: number; depth: number; direction: Direction; limit: number; filter: FilterSpec; budget: Budget }
  | { kind: 'paths'; from: number; to: number; maxLength: number; first: number; direction: Direction; filter: FilterSpec; budget: Budget }
  | { kind: 'graph'; limit: number; hideIsolated: boolean; filter: FilterSpec };

/** What a traversal answers, still as index numbers. */
export type TraversalResult = { kind: 'subgraph'; subgraph: IndexSubgraph } | { kind: 'paths'; paths: PathsResult };

/** Runs one traversal on an index: in a worker, or in the request's thread when the pool is off. */
export function runTraversal(index: TraversalIndex, task: TraversalTask): TraversalResult {
  const filter = CompiledFilter.fromSpec(index, task.filter);
  switch (task.kind) {
    case 'neighborhood':
      return { kind: 'subgraph', subgraph: neighborhoodIndexed(index, task.center, { ...task, filter }) };
    case 'paths':
      return { kind: 'paths', paths: shortestPaths(index, task.from, task.to, { ...task, filter }) };
    case 'graph':
      return { kind: 'subgraph', subgraph: wholeGraphIndexed(index, filter, task) };
  }
}
