/**
 * The column writer of the binary graph answer (`GET /graph.bin`). Layout, little-endian:
 *
 *   "CGB1" | header length (uint32) | header (UTF-8 JSON) | zero padding to 4 | body
 *
 * The body is the columns one after another, each starting on a multiple of 4 bytes (so the client
 * views them in place as typed arrays). The header's `columns` names each one: [type, byte offset in
 * the body, element count]. A text column is two: `<name>Text` (every string concatenated, UTF-8) and
 * `<name>Lengths` (each string's length in UTF-16 code units: the client decodes the text once and
 * slices it). Values with few distinct values (confidence, hedge, dates) are a dictionary: the header
 * holds the table, the column the codes. Unsigned columns take the smallest width their values fit.
 *
 * Written by hand: no library writes typed-array columns with a JSON header, and the format is small
 * enough that a schema library (protobuf, flatbuffers) would cost more than it saves.
 */
export const MAGIC = 'CGB1';

export type ColumnType = 'u8' | 'u16' | 'u32' | 'i32' | 'f32' | 'utf8';
export type ColumnEntry = [type: ColumnType, offset: number, length: number];
type Numeric = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array;

const typeOf = (a: Numeric): ColumnType =>
  a instanceof Uint8Array ? 'u8' : a instanceof Uint16Array ? 'u16' : a instanceof Uint32Array ? 'u32' : a instanceof Int32Array ? 'i32' : 'f32';

/** The values in the narrowest unsigned array that holds them all (`max` is their largest). */
export function narrowUint(values: ArrayLike<number>, max: number): Uint8Array | Uint16Array | Uint32Array {
  if (max < 0x100) return Uint8Array.from(values);
  if (max < 0x10000) return Uint16Array.from(values);
  return Uint32Array.from(values);
}

/** Distinct values by first appearance, and each item's code: what a dictionary column holds. */
export class Dictionary<T> {
  readonly table: T[] = [];
  private readonly codeOf = new Map<string | number | null, number>();
  private readonly codes: number[] = [];

  /** Appends one item (the value is its own key). */
  push(value: T & (string | number | null)): void {
    this.pushKey(value, () => value);
  }

  /** Appends the item `key` identifies; `value` makes its table entry the first time the key comes. */
  pushKey(key: string | number | null, value: () => T): void {
    let code = this.codeOf.get(key);
    if (code === undefined) {
      code = this.table.length;
      this.table.push(value());
      this.codeOf.set(key, code);
    }
    this.codes.push(code);
  }

  column(): Uint8Array | Uint16Array | Uint32Array {
    return narrowUint(this.codes, this.table.length - 1);
  }
}

/** Collects columns into the body; `finish` puts the header in front. */
export class ColumnWriter {
  private readonly parts: Uint8Array[] = [];
  private size = 0;
  readonly columns: Record<string, ColumnEntry> = {};

  add(name: string, values: Numeric): void {
    this.put(name, typeOf(values), new Uint8Array(values.buffer, values.byteOffset, values.byteLength), values.length);
  }

  /** A text column: the strings as one UTF-8 blob, and their lengths. */
  addText(name: string, strings: readonly string[]): void {
    const lengths = new Uint32Array(strings.length);
    let max = 0;
    for (let i = 0; i < strings.length; i++) {
      lengths[i] = strings[i]!.length;
      if (lengths[i]! > max) max = lengths[i]!;
    }
    const text = Buffer.from(strings.join(''), 'utf8');
    this.put(`${name}Text`, 'utf8', text, text.length);
    this.add(`${name}Lengths`, narrowUint(lengths, max));
  }

  /** The whole answer as buffers to send in order (the columns are not copied). */
  finish(header: Record<string, unknown>): Uint8Array[] {
    const json = Buffer.from(JSON.stringify({ ...header, columns: this.columns }), 'utf8');
    const head = Buffer.alloc(align(8 + json.length));
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(json.length, 4);
    json.copy(head, 8);
    return [head, ...this.parts];
  }

  private put(name: string, type: ColumnType, bytes: Uint8Array, length: number): void {
    this.columns[name] = [type, this.size, length];
    this.parts.push(bytes);
    this.size += bytes.byteLength;
    const pad = align(this.size) - this.size;
    if (pad > 0) {
      this.parts.push(new Uint8Array(pad));
      this.size += pad;
    }
  }
}

const align = (n: number) => (n + 3) & ~3;
