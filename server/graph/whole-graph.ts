import type { CompactIndex, TraversalIndex } from './compact-index.js';
import type { CompiledFilter } from './filter.js';
import type { IndexSubgraph, SubgraphResult } from './types.js';
import { subgraphIds } from './subgraph-ids.js';

/**
 * The whole graph under a filter: every entity that passes the kind filter (or, with hideIsolated,
 * only those with a passing relation) and every passing relation between them. Above `limit`
 * entities, the best connected are kept and the answer says it is truncated.
 */
export function wholeGraph(index: CompactIndex, filter: CompiledFilter, opts: WholeGraphOptions): SubgraphResult {
  return subgraphIds(index, wholeGraphIndexed(index, filter, opts));
}

export interface WholeGraphOptions {
  limit: number;
  hideIsolated: boolean;
}

/** wholeGraph() as index numbers: what runs in a traversal worker, which has no ids. */
export function wholeGraphIndexed(index: TraversalIndex, filter: CompiledFilter, opts: WholeGraphOptions): IndexSubgraph {
  const n = index.nodeCount;
  const degree = new Int32Array(n);
  const edges: number[] = [];
  for (let e = 0; e < index.edgeCount; e++) {
    if (!filter.edgeWithEnds(e)) continue;
    edges.push(e);
    degree[index.edgeSrc[e]!]!++;
    degree[index.edgeDst[e]!]!++;
  }
  let nodes: number[] = [];
  for (let i = 0; i < n; i++) if (filter.node(i) && (!opts.hideIsolated || degree[i]! > 0)) nodes.push(i);
  let truncated = false;
  if (nodes.length > opts.limit) {
    truncated = true;
    nodes = nodes
      .sort((a, b) => degree[b]! - degree[a]! || a - b)
      .slice(0, opts.limit)
      .sort((a, b) => a - b);
  }
  const keep = new Uint8Array(n);
  for (const i of nodes) keep[i] = 1;
  return {
    nodes,
    edges: edges.filter((e) => keep[index.edgeSrc[e]!] && keep[index.edgeDst[e]!]),
    truncated,
    reason: truncated ? 'NODE_LIMIT' : null,
  };
}
