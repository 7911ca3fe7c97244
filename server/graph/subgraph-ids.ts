import type { CompactIndex } from './compact-index.js';
import type { IndexSubgraph, SubgraphResult } from './types.js';

/** Index numbers to ids, through the numbering of the index version the traversal ran on. */
export function subgraphIds(index: CompactIndex, sub: IndexSubgraph): SubgraphResult {
  const entityIds = new Array<string>(sub.nodes.length);
  for (let i = 0; i < sub.nodes.length; i++) entityIds[i] = index.nodeIds[sub.nodes[i]!]!;
  const relationIds = new Array<string>(sub.edges.length);
  for (let i = 0; i < sub.edges.length; i++) relationIds[i] = index.edgeIds[sub.edges[i]!]!;
  return { entityIds, relationIds, truncated: sub.truncated, reason: sub.reason };
}
