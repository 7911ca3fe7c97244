import type { VocabularyIndex } from '../model/rules.js';
import { STATUSES } from '../model/records.js';
import { validitySpan } from './time.js';
import type { CorridorGraph } from './types.js';
import type { RelationTable } from './relation-table.js';

/**
 * A read-only, typed-array copy of the graph's topology for hot traversals (neighbourhoods, paths,
 * filters). Graphology keeps adjacency in objects keyed by node, which costs pointer chasing and GC on
 * every hop; here adjacency is CSR (offsets + edge lists in Int32Arrays) and the fields traversals
 * filter on (type, status, confidence, validity) are columns. No library offers this over graphology.
 * Rebuilt after each committed change; readers keep the instance they started with.
 */
export class CompactIndex {
  readonly nodeIds: string[];
  readonly nodeIndex: Map<string, number>;
  readonly nodeKind: Uint16Array;
  readonly edgeIds: string[];
  readonly edgeSrc: Int32Array;
  readonly edgeDst: Int32Array;
  readonly edgeType: Uint16Array;
  readonly edgeStatus: Uint8Array;
  readonly edgeConfidence: Float32Array;
  /** Validity span in days since 1970-01-01; ±Infinity when open. */
  readonly edgeValidFrom: Float32Array;
  readonly edgeValidTo: Float32Array;
  readonly outOffsets: Int32Array;
  readonly outEdges: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inEdges: Int32Array;
  readonly kindIds: string[];
  readonly typeIds: string[];

  constructor(graph: CorridorGraph, relations: RelationTable, vocabulary: VocabularyIndex) {
    const n = graph.order;
    const m = relations.size;
    this.kindIds = [...vocabulary.kinds];
    this.typeIds = [...vocabulary.types.keys()];
    const kindIdx = new Map(this.kindIds.map((k, i) => [k, i]));
    const typeIdx = new Map(this.typeIds.map((t, i) => [t, i]));
    const statusIdx = new Map(STATUSES.map((s, i) => [s as string, i]));

    this.nodeIds = new Array<string>(n);
    this.nodeIndex = new Map();
    this.nodeKind = new Uint16Array(n);
    let i = 0;
    graph.forEachNode((id, attrs) => {
      this.nodeIds[i] = id;
      this.nodeIndex.set(id, i);
      this.nodeKind[i] = kindIdx.get(attrs.kind) ?? 0;
      i++;
    });

    this.edgeIds = new Array<string>(m);
    this.edgeSrc = new Int32Array(m);
    this.edgeDst = new Int32Array(m);
    this.edgeType = new Uint16Array(m);
    this.edgeStatus = new Uint8Array(m);
    this.edgeConfidence = new Float32Array(m);
    this.edgeValidFrom = new Float32Array(m);
    this.edgeValidTo = new Float32Array(m);
    const outDeg = new Int32Array(n + 1);
    const inDeg = new Int32Array(n + 1);
    const spans = new Map<string, [number, number]>(); // few distinct dates: compute each span once
    let e = 0;
    for (const [id, row] of relations.entries()) {
      const s = this.nodeIndex.get(graph.source(id))!;
      const t = this.nodeIndex.get(graph.target(id))!;
      this.edgeIds[e] = id;
      this.edgeSrc[e] = s;
      this.edgeDst[e] = t;
      this.edgeType[e] = typeIdx.get(relations.typeAt(row)) ?? 0;
      this.edgeStatus[e] = statusIdx.get(relations.statusAt(row)) ?? 0;
      this.edgeConfidence[e] = relations.confidenceAt(row);
      const time = relations.timeAt(row);
      const key = `${time.pointInTime ?? ''}|${time.start ?? ''}|${time.end ?? ''}`;
      let span = spans.get(key);
      if (!span) spans.set(key, (span = validitySpan(time)));
      this.edgeValidFrom[e] = span[0];
      this.edgeValidTo[e] = span[1];
      outDeg[s + 1]!++;
      inDeg[t + 1]!++;
      e++;
    }
    for (let k = 0; k < n; k++) {
      outDeg[k + 1]! += outDeg[k]!;
      inDeg[k + 1]! += inDeg[k]!;
    }
    this.outOffsets = outDeg;
    this.inOffsets = inDeg;
    this.outEdges = new Int32Array(m);
    this.inEdges = new Int32Array(m);
    const outFill = this.outOffsets.slice(0, n);
    const inFill = this.inOffsets.slice(0, n);
    for (let k = 0; k < m; k++) {
      this.outEdges[outFill[this.edgeSrc[k]!]!++] = k;
      this.inEdges[inFill[this.edgeDst[k]!]!++] = k;
    }
  }

  get nodeCount(): number {
    return this.nodeIds.length;
  }
  get edgeCount(): number {
    return this.edgeIds.length;
  }
}
