/**
 * Case- and accent-folding that remembers where every folded character came from, so a match found
 * in the folded text maps back to exact UTF-16 offsets in the original. Written by hand: the matcher
 * library folds case (modern-ahocorasick/text) but does not strip accents, and `foldText` in
 * server/model/ids.ts (which this agrees with) keeps no offset map.
 */

/** A folded text and, for each of its UTF-16 units, the original span it came from. */
export interface FoldedText {
  folded: string;
  /** Original start offset of folded unit i. */
  starts: Int32Array;
  /** Original end offset (exclusive) of folded unit i, including accents stripped after it. */
  ends: Int32Array;
}

const MARKS = /\p{M}/gu;
/** Invisible characters (soft hyphen, zero-width space/joiners, BOM) that must not split a word. */
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const APOSTROPHES = /^[\u2018\u2019\u02BC\u2032]$/u;
const DASHES = /^[\u2010-\u2015\u2212]$/u;
const SPACE = /^\s$/u;
const SPACE_UNIT = 32;

const nonAsciiCache = new Map<number, string>();

/** The folded form of one non-ASCII code point ('' for marks and invisible characters). */
function foldCodePoint(code: number): string {
  const cached = nonAsciiCache.get(code);
  if (cached !== undefined) return cached;
  const cp = String.fromCodePoint(code);
  let out: string;
  if (INVISIBLE.test(cp)) out = '';
  else if (APOSTROPHES.test(cp)) out = "'";
  else if (DASHES.test(cp)) out = '-';
  else if (SPACE.test(cp)) out = ' ';
  else out = cp.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '');
  if (nonAsciiCache.size < 10_000) nonAsciiCache.set(code, out);
  return out;
}

/** The folded form of an ASCII unit: letters lowered, whitespace made a plain space, the rest as is. */
function foldAscii(unit: number): number {
  if (unit >= 65 && unit <= 90) return unit + 32;
  return unit === SPACE_UNIT || (unit >= 9 && unit <= 13) ? SPACE_UNIT : unit;
}

/** Growable output of the folding loop: folded UTF-16 units and their original spans. */
class FoldBuffer {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
  endsInSpace(): boolean {
    return this.length === 0 || this.units[this.length - 1] === SPACE_UNIT;
  }
  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) out += String.fromCharCode.apply(null, this.units.subarray(i, Math.min(i + 8192, this.length)) as unknown as number[]);
    return out;
  }
  private grow(): void {
    const size = this.units.length * 2 + 16;
    for (const key of ['units', 'starts', 'ends'] as const) {
      const grown = key === 'units' ? new Uint16Array(size) : new Int32Array(size);
      grown.set(this[key]);
      (this as Record<typeof key, Uint16Array | Int32Array>)[key] = grown;
    }
  }
}

/**
 * Folds `text` (lower case, accents and invisible characters dropped, curly apostrophes and dashes
 * made plain, whitespace runs collapsed to one space) keeping a map back to original offsets.
 * "Türkiye’s" folds to "turkiye's"; every folded unit knows its original span. One pass over the
 * UTF-16 units, ASCII folded inline and other code points through a cache, no per-character strings.
 */
export function foldWithOffsets(text: string): FoldedText {
  const out = new FoldBuffer(text.length + 16);
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      const f = foldAscii(unit);
      if (!(f === SPACE_UNIT && out.endsInSpace())) out.push(f, i, i + 1);
      i++;
      continue;
    }
    const code = text.codePointAt(i)!;
    const start = i;
    i += code > 0xffff ? 2 : 1;
    const f = foldCodePoint(code);
    if (f === '') {
      // A stripped accent or invisible character belongs to the character before it.
      if (!out.endsInSpace()) out.ends[out.length - 1] = i;
      continue;
    }
    if (f === ' ' && out.endsInSpace()) continue;
    for (let k = 0; k < f.length; k++) out.push(f.charCodeAt(k), start, i);
  }
  return { folded: out.text(), starts: out.starts.slice(0, out.length), ends: out.ends.slice(0, out.length) };
}

/** foldWithOffsets(text).folded, without the offsets: for names, which are short and many. */
function foldPlain(text: string): string {
  let out = '';
  let afterSpace = true;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    let f: string;
    if (unit < 128) {
      f = String.fromCharCode(foldAscii(unit));
      i++;
    } else {
      const code = text.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      f = foldCodePoint(code);
      if (f === '') continue;
    }
    if (f === ' ' && afterSpace) continue;
    out += f;
    afterSpace = f.charCodeAt(f.length - 1) === SPACE_UNIT;
  }
  return out;
}

/** Printable ASCII without a space run, tab or line break: such a name folds by lower-casing alone. */
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const nameCache = new Map<string, string>();
/** How many folded names to keep: enough for every label and alias of a 100k-entity graph. */
const NAME_CACHE_SIZE = 400_000;

/**
 * The folded form of a name, as patterns are stored: foldWithOffsets without the map, trimmed.
 * Names are folded again and again (every label and alias, every mention), so results are cached.
 */
export function foldName(name: string): string {
  const cached = nameCache.get(name);
  if (cached !== undefined) return cached;
  const folded = PLAIN_ASCII.test(name) ? name.toLowerCase() : foldPlain(name).trim();
  if (nameCache.size >= NAME_CACHE_SIZE) nameCache.clear();
  nameCache.set(name, folded);
  return folded;
}

/** Maps a half-open range of the folded text back to the original text. */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: f.starts[start]!, end: f.ends[end - 1]! };
}
