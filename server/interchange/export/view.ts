import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { CompactIndex } from '../../graph/compact-index.js';
import { CompiledFilter, type GraphFilterInput } from '../../graph/filter.js';
import type { Entity, Relation, Source } from '../../model/records.js';
import type { EntityKind, RelationType } from '../../model/vocabulary.js';

/** A GraphFilter as exporters take it: the query filter plus hideIsolated (graph-level only). */
export interface ExportFilter extends GraphFilterInput {
  hideIsolated?: boolean | null;
  /**
   * Sources left out of the export: their evidence items are not written (a relation with no other
   * evidence is not written at all), nor are they listed. Used to export an imported graph without
   * the import's own dataset sources (the round-trip rule in the README's "Import").
   */
  omitSources?: string[] | null;
  /** Only the neighbourhood of this entity (an id): entities within `depth` hops over the kept relations, and the kept relations among them. */
  around?: string | null;
  /** Hops out from `around` (default 1). */
  depth?: number | null;
}

/**
 * The part of the graph an export writes: which entities and relations pass a filter, as masks over
 * one snapshot of the traversal index (a few bytes per record, never a copy of the records). Records
 * are read from the live graph as they are written, so a large export holds one record at a time.
 * Order is the index's: entities and relations in data-file order, so the same graph gives the same bytes.
 */
export class ExportView {
  private readonly index: CompactIndex;
  private readonly keepNode: Uint8Array;
  private readonly keepEdge: Uint8Array;
  /** Degree of each entity within the view (kept relations only). */
  private readonly degreeOf: Int32Array;
  readonly entityCount: number;
  readonly relationCount: number;
  private readonly kinds: Map<string, EntityKind>;
  private readonly omitted: ReadonlySet<string>;

  constructor(readonly kg: KnowledgeGraph, readonly filter: ExportFilter = {}) {
    const ix = kg.index;
    this.index = ix;
    const compiled = new CompiledFilter(ix, kg.relations, filter);
    this.keepNode = new Uint8Array(ix.nodeCount);
    this.keepEdge = new Uint8Array(ix.edgeCount);
    this.degreeOf = new Int32Array(ix.nodeCount);
    this.omitted = new Set(filter.omitSources ?? []);
    let edges = 0;
    for (let e = 0; e < ix.edgeCount; e++) {
      if (!compiled.edgeWithEnds(e)) continue;
      if (this.omitted.size > 0 && !kg.relation(ix.edgeIds[e]!)?.evidence.some((ev) => !this.omitted.has(ev.source))) continue;
      this.keepEdge[e] = 1;
      this.degreeOf[ix.edgeSrc[e]!]!++;
      this.degreeOf[ix.edgeDst[e]!]!++;
      edges++;
    }
    const near = filter.around ? this.neighbourhood(ix.nodeIndex.get(filter.around), filter.depth ?? 1) : null;
    if (near) edges = this.keepEdgesAmong(near);
    let nodes = 0;
    for (let n = 0; n < ix.nodeCount; n++) {
      if (compiled.node(n) && (!near || near[n] === 1) && (!filter.hideIsolated || this.degreeOf[n]! > 0)) {
        this.keepNode[n] = 1;
        nodes++;
      }
    }
    this.entityCount = nodes;
    this.relationCount = edges;
    this.kinds = new Map(kg.vocabulary.vocabulary.entityKinds.map((k) => [k.id, k]));
  }

  /** Nodes within `depth` hops of `start` over kept relations (either direction), as a mask. */
  private neighbourhood(start: number | undefined, depth: number): Uint8Array {
    const ix = this.index;
    const seen = new Uint8Array(ix.nodeCount);
    if (start === undefined) return seen;
    seen[start] = 1;
    let frontier = [start];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: number[] = [];
      for (const n of frontier) {
        for (const [offsets, list, end] of [[ix.outOffsets, ix.outEdges, ix.edgeDst], [ix.inOffsets, ix.inEdges, ix.edgeSrc]] as const) {
          for (let i = offsets[n]!; i < offsets[n + 1]!; i++) {
            const e = list[i]!;
            const other = end[e]!;
            if (this.keepEdge[e] === 1 && seen[other] === 0) {
              seen[other] = 1;
              next.push(other);
            }
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  /** Keeps only the kept relations with both ends in `near`, recounting degrees; returns how many. */
  private keepEdgesAmong(near: Uint8Array): number {
    const ix = this.index;
    this.degreeOf.fill(0);
    let edges = 0;
    for (let e = 0; e < ix.edgeCount; e++) {
      if (this.keepEdge[e] !== 1) continue;
      if (near[ix.edgeSrc[e]!] !== 1 || near[ix.edgeDst[e]!] !== 1) {
        this.keepEdge[e] = 0;
        continue;
      }
      this.degreeOf[ix.edgeSrc[e]!]!++;
      this.degreeOf[ix.edgeDst[e]!]!++;
      edges++;
    }
    return edges;
  }

  /** Entities in the view, in file order; one whose record vanished (a commit during the export) is skipped. */
  *entities(): Generator<Entity> {
    const ix = this.index;
    for (let n = 0; n < ix.nodeCount; n++) {
      if (this.keepNode[n] !== 1) continue;
      const e = this.kg.entity(ix.nodeIds[n]!);
      if (e) yield e;
    }
  }

  /** Relations in the view, in file order (a relation removed meanwhile is skipped). */
  *relations(): Generator<Relation> {
    const ix = this.index;
    for (let e = 0; e < ix.edgeCount; e++) {
      if (this.keepEdge[e] !== 1) continue;
      const r = this.kg.relation(ix.edgeIds[e]!);
      if (r) yield this.omitted.size > 0 ? { ...r, evidence: r.evidence.filter((ev) => !this.omitted.has(ev.source)) } : r;
    }
  }

  /** Sources the export lists, by id (all the graph holds but the omitted ones). */
  sources(): Source[] {
    return [...this.kg.sources.values()].filter((s) => !this.omitted.has(s.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Number of kept relations touching an entity. */
  degree(entityId: string): number {
    const n = this.index.nodeIndex.get(entityId);
    return n === undefined ? 0 : this.degreeOf[n]!;
  }

  /** Layout position, as the API's Entity.x / Entity.y give it. */
  position(entityId: string): { x: number; y: number } {
    return this.kg.derived.position(entityId);
  }

  /** Display size from the degree in the view: grows with its square root so hubs do not swamp the picture. */
  size(entityId: string): number {
    return Math.round((4 + 3 * Math.sqrt(this.degree(entityId))) * 100) / 100;
  }

  kind(id: string): EntityKind | undefined {
    return this.kinds.get(id);
  }

  /** The kind's colour (#rrggbb); grey for a kind the vocabulary lacks. */
  color(kindId: string): string {
    return this.kinds.get(kindId)?.color ?? '#999999';
  }

  /** The filter in words, for a file's header: "types=part_of; status=reviewed", or "whole graph". */
  describeFilter(): string {
    const parts = Object.entries(this.filter)
      .filter(([k, v]) => k !== 'omitSources' && v !== null && v !== undefined && v !== false)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
    return parts.length > 0 ? parts.join('; ') : 'whole graph';
  }

  relationType(id: string): RelationType | undefined {
    return this.kg.vocabulary.types.get(id);
  }
}
