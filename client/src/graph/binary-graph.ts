import type { BinaryGraph } from '../api/graph-binary.js';
import { UNKNOWN_COLOR, type CorridorGraph, type EdgeAttributes, type NodeAttributes, type Vocabulary } from './graph-model.js';

/**
 * Replaces the graph's contents with a decoded binary answer: the same nodes, edges and attributes
 * fillGraph() makes from the JSON answer (so filters, search, focus and details work alike), read
 * from columns without building the JSON answer's objects first. Positions and PageRank arrive as
 * float32 (7 significant digits: more than a screen shows); everything else is exact.
 */
export function fillGraphFromBinary(graph: CorridorGraph, g: BinaryGraph, vocab: Vocabulary): void {
  if (graph.order) graph.clear();
  const t = g.header.tables;
  const nodes = new Array<{ key: string; attributes: NodeAttributes }>(g.entityIds.length);
  let alias = 0;
  for (let i = 0; i < nodes.length; i++) {
    const kind = t.kinds[g.entityKind[i]!]!;
    const x = g.x[i]!;
    const y = g.y[i]!;
    const b = g.betweenness[i]!;
    const aliasEnd = alias + g.aliasCount[i]!;
    nodes[i] = {
      key: g.entityIds[i]!,
      attributes: {
        label: g.entityLabels[i]!,
        kind,
        aliases: g.aliases.slice(alias, aliasEnd),
        x,
        y,
        serverX: x,
        serverY: y,
        degree: g.degree[i]!,
        pagerank: g.pagerank[i]!,
        betweenness: Number.isNaN(b) ? null : b,
        community: g.community[i]!,
        color: vocab.kindById.get(kind)?.color ?? UNKNOWN_COLOR,
        size: 4,
        hidden: false,
      },
    };
    alias = aliasEnd;
  }
  const edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }> = [];
  for (let i = 0; i < g.relationIds.length; i++) {
    const from = g.from[i]!;
    const to = g.to[i]!;
    if (from === to) continue; // as fillGraph: a self-loop is not drawn
    const type = t.types[g.relationType[i]!]!;
    const info = vocab.typeById.get(type);
    const [pointInTime, start, end] = t.times[g.time[i]!]!;
    const source = g.entityIds[from]!;
    const target = g.entityIds[to]!;
    edges.push({
      key: g.relationIds[i]!,
      source,
      target,
      attributes: {
        type,
        label: info?.label ?? type,
        source,
        target,
        status: t.statuses[g.relationStatus[i]!]!,
        confidence: t.confidences[g.confidence[i]!]!,
        hedge: t.hedges[g.hedge[i]!]!,
        pointInTime,
        start,
        end,
        symmetric: info?.symmetric ?? false,
        hidden: false,
      },
    });
  }
  graph.import({ nodes, edges });
}
