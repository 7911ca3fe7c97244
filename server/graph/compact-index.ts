import type { VocabularyIndex } from '../model/rules.js';
import { validitySpan } from './time.js';
import { decodeTime, type RelationTable } from './relation-table.js';
import type { NodeNumbering } from './node-numbering.js';

/**
 * What traversals read: topology and the filterable fields as typed arrays only, so the same arrays
 * (over SharedArrayBuffers) serve the main thread and every traversal worker without a copy.
 */
export interface TraversalIndex {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeKind: Uint16Array;
  readonly edgeSrc: Int32Array;
  readonly edgeDst: Int32Array;
  readonly edgeType: Uint16Array;
  readonly edgeStatus: Uint8Array;
  readonly edgeConfidence: Float32Array;
  readonly edgeValidFrom: Float32Array;
  readonly edgeValidTo: Float32Array;
  readonly outOffsets: Int32Array;
  readonly outEdges: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inEdges: Int32Array;
}

/** The arrays of a TraversalIndex, each over a SharedArrayBuffer: what is posted to a worker. */
export type SharedTopology = { [K in keyof TraversalIndex]: TraversalIndex[K] };

/** A typed array of `length` elements in shared memory (readable by worker threads without copying). */
function shared<T>(Kind: { new (buffer: SharedArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }, length: number): T {
  return new Kind(new SharedArrayBuffer(length * Kind.BYTES_PER_ELEMENT), 0, length);
}

/**
 * A read-only, typed-array copy of the graph's topology for hot traversals (neighbourhoods, paths,
 * filters). Graphology keeps adjacency in objects keyed by node, which costs pointer chasing and GC on
 * every hop; here adjacency is CSR (offsets + edge lists in Int32Arrays) and the fields traversals
 * filter on (type, status, confidence, validity) are columns. No library offers this over graphology.
 * Rebuilt after each committed change, in the same synchronous step that applies it; the arrays live
 * in shared memory and are never written after construction, so a version can be handed to traversal
 * workers and read there while later versions are built.
 */
export class CompactIndex implements TraversalIndex {
  readonly nodeIds: string[];
  readonly nodeIndex: Map<string, number>;
  readonly nodeKind: Uint16Array;
  readonly nodeCount: number;
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

  /**
   * Built from columns only (node numbers, codes, float32 confidences), no per-edge object or map
   * lookups: it runs after every commit, so its cost is a write's cost on a large graph.
   */
  constructor(nodes: NodeNumbering, relations: RelationTable, vocabulary: VocabularyIndex) {
    const n = nodes.size;
    const m = relations.size;
    this.kindIds = [...vocabulary.kinds];
    this.typeIds = [...vocabulary.types.keys()];
    // Shared with the numbering, which only ever appends between rebuilds: numbers below n stay valid.
    this.nodeIds = nodes.ids;
    this.nodeIndex = nodes.index;
    // Copied: the numbering's kinds change in place when an entity's kind is edited.
    this.nodeKind = shared(Uint16Array, n);
    this.nodeKind.set(nodes.kinds.subarray(0, n));
    this.nodeCount = n;

    const col = relations.columns();
    const typeIdx = new Map(this.typeIds.map((t, i) => [t, i]));
    const typeOf = Uint16Array.from(col.typeValues, (t) => typeIdx.get(t) ?? 0);
    const spanFrom = new Float32Array(col.timeValues.length);
    const spanTo = new Float32Array(col.timeValues.length);
    col.timeValues.forEach((code, i) => {
      const [from, to] = code ? validitySpan(decodeTime(code)) : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
      spanFrom[i] = from;
      spanTo[i] = to;
    });

    this.edgeIds = new Array<string>(m);
    this.edgeSrc = shared(Int32Array, m);
    this.edgeDst = shared(Int32Array, m);
    this.edgeType = shared(Uint16Array, m);
    this.edgeStatus = shared(Uint8Array, m);
    this.edgeConfidence = shared(Float32Array, m);
    this.edgeValidFrom = shared(Float32Array, m);
    this.edgeValidTo = shared(Float32Array, m);
    const outDeg = shared(Int32Array, n + 1);
    const inDeg = shared(Int32Array, n + 1);
    let e = 0;
    for (const [id, row] of relations.entries()) {
      const s = col.src[row]!;
      const t = col.dst[row]!;
      this.edgeIds[e] = id;
      this.edgeSrc[e] = s;
      this.edgeDst[e] = t;
      this.edgeType[e] = typeOf[col.type[row]!]!;
      this.edgeStatus[e] = col.status[row]!;
      this.edgeConfidence[e] = col.confidence[row]!;
      this.edgeValidFrom[e] = spanFrom[col.time[row]!]!;
      this.edgeValidTo[e] = spanTo[col.time[row]!]!;
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
    this.outEdges = shared(Int32Array, m);
    this.inEdges = shared(Int32Array, m);
    const outFill = this.outOffsets.slice(0, n);
    const inFill = this.inOffsets.slice(0, n);
    for (let k = 0; k < m; k++) {
      this.outEdges[outFill[this.edgeSrc[k]!]!++] = k;
      this.inEdges[inFill[this.edgeDst[k]!]!++] = k;
    }
  }

  get edgeCount(): number {
    return this.edgeIds.length;
  }

  /** The typed arrays, for posting to a worker (shared memory: the worker reads them in place). */
  topology(): SharedTopology {
    const { nodeCount, edgeCount, nodeKind, edgeSrc, edgeDst, edgeType, edgeStatus, edgeConfidence, edgeValidFrom, edgeValidTo, outOffsets, outEdges, inOffsets, inEdges } = this;
    return { nodeCount, edgeCount, nodeKind, edgeSrc, edgeDst, edgeType, edgeStatus, edgeConfidence, edgeValidFrom, edgeValidTo, outOffsets, outEdges, inOffsets, inEdges };
  }
}
