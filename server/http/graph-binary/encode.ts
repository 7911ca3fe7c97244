import type { CompactIndex } from '../../graph/compact-index.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { IndexSubgraph } from '../../graph/types.js';
import { STATUSES } from '../../model/records.js';
import { ColumnWriter, Dictionary, narrowUint } from './columns.js';

/** The header fields of the answer besides `columns` (see columns.ts for the layout). */
export interface GraphBinaryHeader {
  format: 1;
  /** The graph version the answer was read from. */
  version: number;
  truncated: boolean;
  truncatedReason: string | null;
  entityCount: number;
  relationCount: number;
  /** What the explorer's graph query asks beside the graph, so one request is enough. */
  vocabulary: {
    entityKinds: Array<{ id: string; label: string; color: string }>;
    relationTypes: Array<{ id: string; label: string; inverseLabel: string; symmetric: boolean }>;
    statuses: string[];
  };
  /** Dictionaries of the coded columns; null stands for "none". */
  tables: {
    kinds: string[];
    types: string[];
    statuses: string[];
    confidences: number[];
    hedges: Array<string | null>;
    /** [pointInTime, start, end] */
    times: Array<[string | null, string | null, string | null]>;
  };
}

/**
 * The answer for a subgraph of the pinned index `index`: entities in the subgraph's order with the
 * fields the JSON `graph` answer gives the explorer (id, label, kind, aliases, x, y, degree, pagerank,
 * betweenness, community), relations likewise (id, ends as positions in the entity list, type,
 * status, confidence, hedge, dates). Records deleted since the index version was pinned are left out,
 * as the JSON answer leaves them out. Synchronous: nothing can commit while it reads.
 */
export function encodeGraphBinary(kg: KnowledgeGraph, index: CompactIndex, sub: IndexSubgraph): Uint8Array[] {
  const w = new ColumnWriter();
  const position = new Int32Array(index.nodeCount).fill(-1);
  const ids: string[] = [];
  const labels: string[] = [];
  const aliases: string[] = [];
  const aliasCounts: number[] = [];
  const kinds = new Dictionary<string>();
  const n = sub.nodes.length;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const degree = new Uint32Array(n);
  const pagerank = new Float32Array(n);
  const betweenness = new Float32Array(n);
  const community = new Int32Array(n);
  let count = 0;
  let maxDegree = 0;
  let maxAliases = 0;
  for (const node of sub.nodes) {
    const id = index.nodeIds[node]!;
    const e = kg.entity(id);
    if (!e) continue;
    position[node] = count;
    ids.push(id);
    labels.push(e.label);
    kinds.push(e.kind);
    aliasCounts.push(e.aliases?.length ?? 0);
    maxAliases = Math.max(maxAliases, e.aliases?.length ?? 0);
    for (const a of e.aliases ?? []) aliases.push(a);
    const p = kg.derived.position(id);
    const m = kg.derived.metrics(id);
    x[count] = p.x;
    y[count] = p.y;
    degree[count] = index.outOffsets[node + 1]! - index.outOffsets[node]! + index.inOffsets[node + 1]! - index.inOffsets[node]!;
    maxDegree = Math.max(maxDegree, degree[count]!);
    pagerank[count] = m.pagerank;
    betweenness[count] = m.betweenness ?? Number.NaN;
    community[count] = m.community;
    count++;
  }
  w.addText('entityId', ids);
  w.addText('entityLabel', labels);
  w.add('entityKind', kinds.column());
  w.add('entityX', x.subarray(0, count));
  w.add('entityY', y.subarray(0, count));
  w.add('entityDegree', narrowUint(degree.subarray(0, count), maxDegree));
  w.add('entityPagerank', pagerank.subarray(0, count));
  w.add('entityBetweenness', betweenness.subarray(0, count));
  w.add('entityCommunity', community.subarray(0, count));
  w.add('entityAliasCount', narrowUint(aliasCounts, maxAliases));
  w.addText('alias', aliases);

  const table = kg.relations;
  // Type, status and date by their codes in the table's columns: each distinct one decoded once.
  const col = table.columns();
  const relIds: string[] = [];
  const src: number[] = [];
  const dst: number[] = [];
  const types = new Dictionary<string>();
  const statuses = new Dictionary<string>();
  const confidences = new Dictionary<number>();
  const hedges = new Dictionary<string | null>();
  const times = new Dictionary<[string | null, string | null, string | null]>();
  const rowOf = rowsByEdge(kg, index);
  for (const edge of sub.edges) {
    const id = index.edgeIds[edge]!;
    const row = rowOf[edge]! >= 0 ? rowOf[edge]! : table.row(id);
    const s = position[index.edgeSrc[edge]!]!;
    const t = position[index.edgeDst[edge]!]!;
    if (row === undefined || s < 0 || t < 0) continue;
    relIds.push(id);
    src.push(s);
    dst.push(t);
    types.pushKey(col.type[row]!, () => table.typeAt(row));
    statuses.pushKey(col.status[row]!, () => table.statusAt(row));
    confidences.push(table.confidenceAt(row));
    hedges.push(table.hedgeAt(row) ?? null);
    times.pushKey(col.time[row]!, () => {
      const time = table.timeAt(row);
      return [time.pointInTime ?? null, time.start ?? null, time.end ?? null];
    });
  }
  w.addText('relationId', relIds);
  w.add('relationFrom', narrowUint(src, count - 1));
  w.add('relationTo', narrowUint(dst, count - 1));
  w.add('relationType', types.column());
  w.add('relationStatus', statuses.column());
  w.add('relationConfidence', confidences.column());
  w.add('relationHedge', hedges.column());
  w.add('relationTime', times.column());

  const v = kg.vocabulary.vocabulary;
  const header: GraphBinaryHeader = {
    format: 1,
    version: kg.version,
    truncated: sub.truncated,
    truncatedReason: sub.reason,
    entityCount: count,
    relationCount: relIds.length,
    vocabulary: {
      entityKinds: v.entityKinds.map((k) => ({ id: k.id, label: k.label, color: k.color })),
      relationTypes: v.relationTypes.map((t) => ({ id: t.id, label: t.label, inverseLabel: t.inverseLabel, symmetric: t.symmetric })),
      statuses: [...STATUSES],
    },
    tables: { kinds: kinds.table, types: types.table, statuses: statuses.table, confidences: confidences.table, hedges: hedges.table, times: times.table },
  };
  return w.finish(header as unknown as Record<string, unknown>);
}

/**
 * The relation table's row of each edge number, -1 where unknown. The index is built from the
 * table's entries in order, so one pass in that order finds every row without a lookup by id (a hash
 * lookup in a map of 250k ids costs more than the rest of the encoding); an entry whose id is not the
 * edge's (the table changed since this index version) is left -1 and looked up by id.
 */
function rowsByEdge(kg: KnowledgeGraph, index: CompactIndex): Int32Array {
  const rows = new Int32Array(index.edgeCount).fill(-1);
  let e = 0;
  for (const [id, row] of kg.relations.entries()) {
    if (e >= rows.length) break;
    if (index.edgeIds[e] === id) rows[e] = row;
    e++;
  }
  return rows;
}
