import { dayOf } from './time.js';
import type { CompactIndex, TraversalIndex } from './compact-index.js';
import type { RelationTable } from './relation-table.js';
import { STATUSES } from '../model/statuses.js';

/** What a researcher can filter the graph by; every field is optional and they combine with AND. */
export interface GraphFilterInput {
  /** Relation types to keep. */
  types?: readonly string[] | null;
  /** Entity kinds to keep; a relation is kept only when both its ends are kept. */
  kinds?: readonly string[] | null;
  /** Relation statuses to keep; by default reviewed and extracted (rejected relations are hidden). */
  status?: readonly string[] | null;
  minConfidence?: number | null;
  /** Keep relations with at least one evidence item from this source. */
  source?: string | null;
  /** Keep relations that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  validAt?: string | null;
}

export const DEFAULT_STATUSES = ['reviewed', 'extracted'] as const;

/**
 * A filter as plain data over one index's numbering (masks over type/kind/status numbers), so it can
 * be posted to a traversal worker. The source condition is a per-edge mask there, because the worker
 * has the topology but not the relation records.
 */
export interface FilterSpec {
  typeMask: Uint8Array | null;
  kindMask: Uint8Array | null;
  statusMask: Uint8Array;
  minConfidence: number;
  /** Day number of validAt, or null. */
  day: number | null;
  /** Per edge: 1 when the relation cites the filter's source; null without a source condition. */
  sourceMask: Uint8Array | null;
}

/** Per index and source, the edges citing that source (built once per index version, in shared memory). */
const sourceMasks = new WeakMap<CompactIndex, Map<string, Uint8Array>>();

function sourceMaskOf(index: CompactIndex, relations: RelationTable, source: string): Uint8Array {
  let bySource = sourceMasks.get(index);
  if (!bySource) sourceMasks.set(index, (bySource = new Map()));
  let m = bySource.get(source);
  if (!m) {
    m = new Uint8Array(new SharedArrayBuffer(index.edgeCount));
    for (let e = 0; e < index.edgeCount; e++) if (relations.citesSource(relations.row(index.edgeIds[e]!)!, source)) m[e] = 1;
    if (bySource.size >= 8) bySource.clear();
    bySource.set(source, m);
  }
  return m;
}

/**
 * A filter compiled against one index: testing an edge in a traversal is a few typed-array reads,
 * not an object lookup.
 */
export class CompiledFilter {
  private typeMask: Uint8Array | null = null;
  private kindMask: Uint8Array | null = null;
  private statusMask: Uint8Array = new Uint8Array(0);
  private minConfidence = 0;
  private day: number | null = null;
  private source: string | null = null;
  private sourceMask: Uint8Array | null = null;

  /** Compiles an input on the main thread, where the relation records are (for the source condition). */
  constructor(
    private readonly index: CompactIndex,
    private readonly relations: RelationTable | null,
    input: GraphFilterInput = {},
  ) {
    this.typeMask = input.types ? mask(index.typeIds, input.types) : null;
    this.kindMask = input.kinds ? mask(index.kindIds, input.kinds) : null;
    this.statusMask = mask(STATUSES as readonly string[], input.status ?? DEFAULT_STATUSES);
    this.minConfidence = input.minConfidence ?? 0;
    this.day = input.validAt ? dayOf(input.validAt) : null;
    this.source = input.source ?? null;
  }

  /** A filter rebuilt from its plain form (in a traversal worker). */
  static fromSpec(index: TraversalIndex, spec: FilterSpec): CompiledFilter {
    // An empty input reads nothing but the typed arrays; the masks then come from the spec.
    const f = new CompiledFilter(index as CompactIndex, null);
    f.typeMask = spec.typeMask;
    f.kindMask = spec.kindMask;
    f.statusMask = spec.statusMask;
    f.minConfidence = spec.minConfidence;
    f.day = spec.day;
    f.sourceMask = spec.sourceMask;
    return f;
  }

  /** The plain form, for a worker; the source condition becomes a per-edge mask of this index. */
  spec(): FilterSpec {
    const sourceMask = this.sourceMask ?? (this.source !== null ? sourceMaskOf(this.index, this.relations!, this.source) : null);
    return { typeMask: this.typeMask, kindMask: this.kindMask, statusMask: this.statusMask, minConfidence: this.minConfidence, day: this.day, sourceMask };
  }

  node(n: number): boolean {
    return this.kindMask === null || this.kindMask[this.index.nodeKind[n]!] === 1;
  }

  /** The edge itself passes (type, status, confidence, time, source); its ends are checked by node(). */
  edge(e: number): boolean {
    const ix = this.index;
    if (this.typeMask !== null && this.typeMask[ix.edgeType[e]!] !== 1) return false;
    if (this.statusMask[ix.edgeStatus[e]!] !== 1) return false;
    // Float32 storage rounds confidences slightly; compare with a tolerance so 0.7 >= 0.7 holds.
    if (ix.edgeConfidence[e]! < this.minConfidence - 1e-6) return false;
    if (this.day !== null && (ix.edgeValidFrom[e]! > this.day || ix.edgeValidTo[e]! < this.day)) return false;
    if (this.sourceMask !== null) return this.sourceMask[e] === 1;
    if (this.source !== null) {
      const relations = this.relations!;
      return relations.citesSource(relations.row(ix.edgeIds[e]!)!, this.source);
    }
    return true;
  }

  /** Edge and both its ends pass. */
  edgeWithEnds(e: number): boolean {
    return this.edge(e) && this.node(this.index.edgeSrc[e]!) && this.node(this.index.edgeDst[e]!);
  }
}

function mask(universe: readonly string[], wanted: readonly string[]): Uint8Array {
  const m = new Uint8Array(Math.max(universe.length, 1));
  const set = new Set(wanted);
  universe.forEach((id, i) => {
    if (set.has(id)) m[i] = 1;
  });
  return m;
}
