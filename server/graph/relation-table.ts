import type { Evidence, QuoteEvidence, Relation, RelationStatus, Source } from '../model/records.js';
import { isRecordEvidence, STATUSES } from '../model/records.js';
import type { CorridorGraph } from './types.js';

/** Where a plain quote lies; its text is sliced from the source on demand. */
type Span = { source: string; start: number; end: number };
type Extra = Pick<Relation, 'note' | 'review' | 'created' | 'updated' | 'properties'> & {
  /** Second and later evidence items, when every item is a plain quote. */
  moreEvidence?: Span[];
  /** Every evidence item, when one is not a plain quote (a record, or a quote with prefix, suffix or extractor); quotes held as ''. */
  richEvidence?: Evidence[];
  exactConfidence?: number;
};

/** A quote with nothing beside its offsets: the common case, kept in columns. */
const isPlainQuote = (ev: Evidence): ev is QuoteEvidence =>
  !isRecordEvidence(ev) && ev.prefix === undefined && ev.suffix === undefined && ev.extractor === undefined;

/** A time code ("pointInTime|start|end") back to its fields; empty for no time. */
export function decodeTime(code: string | undefined): Pick<Relation, 'pointInTime' | 'start' | 'end'> {
  if (!code) return {};
  const [pointInTime, start, end] = code.split('|').map((v) => v || undefined);
  return { pointInTime, start, end };
}

/** Confidences are decimals like 0.85; float32 keeps 7 significant digits, which gives them back exactly. Others go to extras. */
const fromFloat32 = (f: number) => Number(f.toPrecision(7));

/** Strings with few distinct values (types, hedges, dates, source ids) stored once and referred to by number. */
class StringTable {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  /** 0 stands for "absent". */
  code(value: string | undefined): number {
    if (value === undefined) return 0;
    let c = this.index.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.index.set(value, c);
    }
    return c;
  }
  value(code: number): string | undefined {
    return code === 0 ? undefined : this.values[code];
  }
}

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float32Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/**
 * Relation records by column. Node 20's V8 has no pointer compression, so one relation as objects
 * (record, evidence array, evidence object, strings, boxed number) costs ~280 bytes; as columns it
 * costs ~70. The graph keeps topology (graphology edges keyed by relation id); this table keeps the
 * rest, and `get` rebuilds a Relation object when an answer needs one. Quotes are not stored at all:
 * validation proved text.slice(start, end) is the quote, so it is sliced from the source on demand.
 * Rows are in insertion order (which is file order, so files are written back in the same order);
 * ids are kept only as the keys of the id -> row map, whose order is that same order. Deleted rows
 * leave a hole in the columns until the next load.
 */
export class RelationTable {
  /** Next unused row; rows are never reused, so row order is insertion order. */
  private nextRow = 0;
  private readonly rowOf = new Map<string, number>();
  /** Id of each row (deleted rows keep theirs; `rowOf` says whether a row is live). */
  private readonly idOfRow: string[] = [];
  /** Rows of each data file (by file code), in row order; built on first use. */
  private rowsOfFile: Map<number, number[]> | null = null;
  private type = new Uint16Array(0);
  private status = new Uint8Array(0);
  private hedge = new Uint16Array(0);
  private confidence = new Float32Array(0);
  /** Code of the row's (pointInTime, start, end) combination: most rows share a handful of them. */
  private time = new Int32Array(0);
  private evSource = new Int32Array(0);
  private evStart = new Int32Array(0);
  private evEnd = new Int32Array(0);
  /** Endpoints as node numbers (NodeNumbering), for building the traversal index from columns. */
  private src = new Int32Array(0);
  private dst = new Int32Array(0);
  /** Which data file the row belongs to: the store's concern, kept here as 2 bytes a row (a Set per file costs ~30). */
  private file = new Uint16Array(0);
  private readonly files = new StringTable();
  private readonly extras = new Map<number, Extra>();
  /** Types and hedges (a vocabulary's worth, so 16 bits). */
  private readonly strings = new StringTable();
  private readonly times = new StringTable();
  private readonly sourceCodes = new StringTable();
  private live = 0;

  /** Endpoints are read from the graph, which holds them anyway. */
  constructor(private readonly sources: Map<string, Source>, private readonly graph: CorridorGraph) {}

  /** Sizes the columns for a known number of rows (a load), instead of growing them step by step. */
  reserve(rows: number): void {
    this.ensure(rows, true);
  }

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }
  row(id: string): number | undefined {
    return this.rowOf.get(id);
  }
  fileAt(row: number): string | undefined {
    return this.files.value(this.file[row]!);
  }
  setFile(id: string, file: string): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    const before = this.file[row]!;
    const code = this.files.code(file);
    this.file[row] = code;
    if (!this.rowsOfFile || before === code) return;
    // A new row joins the end of its file (rows only grow, so file order holds); a move is rare: rebuild then.
    if (before === 0) (this.rowsOfFile.get(code) ?? this.rowsOfFile.set(code, []).get(code)!).push(row);
    else this.rowsOfFile = null;
  }
  /** Ids of the live rows of one file, in file order. Every commit asks this of the files it rewrites. */
  idsInFile(file: string): string[] {
    if (!this.rowsOfFile) {
      // Built once with one pass, then kept up to date by setFile: a commit need not scan every relation.
      this.rowsOfFile = new Map();
      for (const row of this.rowOf.values()) {
        const code = this.file[row]!;
        if (code !== 0) (this.rowsOfFile.get(code) ?? this.rowsOfFile.set(code, []).get(code)!).push(row);
      }
      for (const rows of this.rowsOfFile.values()) rows.sort((a, b) => a - b);
    }
    const rows = this.rowsOfFile.get(this.files.code(file)) ?? [];
    const out: string[] = [];
    for (const row of rows) {
      const id = this.idOfRow[row]!;
      if (this.rowOf.get(id) === row) out.push(id); // a deleted row leaves its place until the next load
    }
    return out;
  }
  typeAt(row: number): string {
    return this.strings.value(this.type[row]!)!;
  }
  statusAt(row: number): RelationStatus {
    return STATUSES[this.status[row]!]!;
  }
  confidenceAt(row: number): number {
    return this.extras.get(row)?.exactConfidence ?? fromFloat32(this.confidence[row]!);
  }
  hedgeAt(row: number): string | undefined {
    return this.strings.value(this.hedge[row]!);
  }
  timeAt(row: number): Pick<Relation, 'pointInTime' | 'start' | 'end'> {
    return decodeTime(this.times.value(this.time[row]!));
  }
  /** Whether any evidence of the row quotes a source (the filter by source, without building the record). */
  citesSource(row: number, sourceId: string): boolean {
    if (this.sourceCodes.value(this.evSource[row]!) === sourceId) return true;
    const extra = this.extras.get(row);
    return (extra?.moreEvidence ?? extra?.richEvidence)?.some((ev) => ev.source === sourceId) ?? false;
  }
  /** Distinct source ids of a row's evidence. */
  sourcesAt(row: number): string[] {
    const first = this.sourceCodes.value(this.evSource[row]!)!;
    const extra = this.extras.get(row);
    const more = extra?.moreEvidence ?? extra?.richEvidence;
    return more ? [...new Set([first, ...more.map((e) => e.source)])] : [first];
  }

  /**
   * Adds a relation, or replaces the one with the same id in its row (keeping its place in file
   * order). Its edge must already be in the graph (endpoints are read from there).
   */
  set(r: Relation, srcNode: number, dstNode: number): void {
    let row = this.rowOf.get(r.id);
    if (row === undefined) {
      row = this.nextRow++;
      this.ensure(row + 1);
      this.rowOf.set(r.id, row);
      this.idOfRow[row] = r.id;
      this.live++;
    }
    this.src[row] = srcNode;
    this.dst[row] = dstNode;
    this.type[row] = this.strings.code(r.type);
    this.status[row] = STATUSES.indexOf(r.status);
    this.hedge[row] = this.strings.code(r.hedge);
    this.confidence[row] = r.confidence;
    this.time[row] = r.pointInTime || r.start || r.end ? this.times.code(`${r.pointInTime ?? ''}|${r.start ?? ''}|${r.end ?? ''}`) : 0;
    const [first, ...more] = r.evidence;
    this.evSource[row] = this.sourceCodes.code(first!.source);
    const extra: Extra = {};
    if (r.evidence.every(isPlainQuote)) {
      this.evStart[row] = (first as QuoteEvidence).start;
      this.evEnd[row] = (first as QuoteEvidence).end;
      if (more.length > 0) extra.moreEvidence = (more as QuoteEvidence[]).map((ev) => ({ source: ev.source, start: ev.start, end: ev.end }));
    } else {
      this.evStart[row] = -1;
      this.evEnd[row] = -1;
      extra.richEvidence = r.evidence.map((ev) => (isRecordEvidence(ev) ? ev : { ...ev, quote: '' }));
    }
    if (r.properties !== undefined) extra.properties = r.properties;
    if (fromFloat32(this.confidence[row]!) !== r.confidence) extra.exactConfidence = r.confidence;
    if (r.note !== undefined) extra.note = r.note;
    if (r.review !== undefined) extra.review = r.review;
    if (r.created !== undefined) extra.created = r.created;
    if (r.updated !== undefined) extra.updated = r.updated;
    if (Object.keys(extra).length > 0) this.extras.set(row, extra);
    else this.extras.delete(row);
  }

  delete(id: string): boolean {
    const row = this.rowOf.get(id);
    if (row === undefined) return false;
    this.rowOf.delete(id);
    this.extras.delete(row);
    this.live--;
    return true;
  }

  /** The relation as a record (a fresh object each call). */
  get(id: string): Relation | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.record(id, row);
  }

  private record(id: string, row: number): Relation {
    const s = this.strings;
    const r: Relation = {
      id,
      type: s.value(this.type[row]!)!,
      from: this.graph.source(id),
      to: this.graph.target(id),
      status: STATUSES[this.status[row]!]!,
      confidence: fromFloat32(this.confidence[row]!),
      evidence: [],
    };
    const extra = this.extras.get(row);
    if (extra?.richEvidence) r.evidence = extra.richEvidence.map((ev) => (isRecordEvidence(ev) ? { ...ev } : { ...ev, quote: this.quote(ev) }));
    else r.evidence.push(this.evidence(this.sourceCodes.value(this.evSource[row]!)!, this.evStart[row]!, this.evEnd[row]!));
    const hedge = s.value(this.hedge[row]!);
    if (hedge !== undefined) r.hedge = hedge;
    const { pointInTime, start, end } = this.timeAt(row);
    if (pointInTime !== undefined) r.pointInTime = pointInTime;
    if (start !== undefined) r.start = start;
    if (end !== undefined) r.end = end;
    if (extra) {
      if (extra.exactConfidence !== undefined) r.confidence = extra.exactConfidence;
      if (extra.note !== undefined) r.note = extra.note;
      if (extra.moreEvidence) r.evidence.push(...extra.moreEvidence.map((ev) => this.evidence(ev.source, ev.start, ev.end)));
      if (extra.review !== undefined) r.review = extra.review;
      if (extra.properties !== undefined) r.properties = extra.properties;
      if (extra.created !== undefined) r.created = extra.created;
      if (extra.updated !== undefined) r.updated = extra.updated;
    }
    return r;
  }

  private evidence(source: string, start: number, end: number): QuoteEvidence {
    return { source, quote: this.quote({ source, start, end }), start, end };
  }
  private quote(span: Span): string {
    return this.sources.get(span.source)?.text.slice(span.start, span.end) ?? '';
  }

  /** After entities were renumbered: endpoints again from the graph. */
  renumber(nodeOf: (id: string) => number): void {
    for (const [id, row] of this.rowOf) {
      this.src[row] = nodeOf(this.graph.source(id));
      this.dst[row] = nodeOf(this.graph.target(id));
    }
  }

  /**
   * The columns the traversal index is built from, by row (read only). Type and time are codes into
   * `typeValues` / `timeValues`; confidence is float32.
   */
  columns() {
    return {
      src: this.src,
      dst: this.dst,
      type: this.type,
      status: this.status,
      confidence: this.confidence,
      time: this.time,
      typeValues: this.strings.values,
      timeValues: this.times.values,
    };
  }

  /** [id, row] of every relation, in insertion (file) order. */
  entries(): IterableIterator<[string, number]> {
    return this.rowOf.entries();
  }

  private ensure(size: number, exact = false): void {
    if (size <= this.type.length) return;
    if (!exact) size = Math.max(size, this.type.length * 2, 64);
    this.file = grow(this.file, size);
    this.src = grow(this.src, size);
    this.dst = grow(this.dst, size);
    this.type = grow(this.type, size);
    this.status = grow(this.status, size);
    this.hedge = grow(this.hedge, size);
    this.confidence = grow(this.confidence, size);
    this.time = grow(this.time, size);
    this.evSource = grow(this.evSource, size);
    this.evStart = grow(this.evStart, size);
    this.evEnd = grow(this.evEnd, size);
  }
}
