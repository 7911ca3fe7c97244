import { dayOf } from './time.js';
import type { CompactIndex } from './compact-index.js';
import type { RelationTable } from './relation-table.js';
import { STATUSES } from '../model/records.js';

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
 * A filter compiled against one index: masks over type/kind/status numbers, so testing an edge in a
 * traversal is a few typed-array reads, not an object lookup.
 */
export class CompiledFilter {
  private readonly typeMask: Uint8Array | null;
  private readonly kindMask: Uint8Array | null;
  private readonly statusMask: Uint8Array;
  private readonly minConfidence: number;
  private readonly day: number | null;
  private readonly source: string | null;

  constructor(
    private readonly index: CompactIndex,
    private readonly relations: RelationTable,
    input: GraphFilterInput = {},
  ) {
    this.typeMask = input.types ? mask(index.typeIds, input.types) : null;
    this.kindMask = input.kinds ? mask(index.kindIds, input.kinds) : null;
    this.statusMask = mask(STATUSES as readonly string[], input.status ?? DEFAULT_STATUSES);
    this.minConfidence = input.minConfidence ?? 0;
    this.day = input.validAt ? dayOf(input.validAt) : null;
    this.source = input.source ?? null;
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
    if (this.source !== null && !this.relations.citesSource(this.relations.row(ix.edgeIds[e]!)!, this.source)) return false;
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
