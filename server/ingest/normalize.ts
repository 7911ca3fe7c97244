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

const singleCache = new Map<string, string>();

/** The folded form of one code point ('' for marks and invisible characters). */
function foldCodePoint(cp: string): string {
  const cached = singleCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (INVISIBLE.test(cp)) out = '';
  else if (APOSTROPHES.test(cp)) out = "'";
  else if (DASHES.test(cp)) out = '-';
  else if (SPACE.test(cp)) out = ' ';
  else out = cp.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '');
  if (singleCache.size < 10_000) singleCache.set(cp, out);
  return out;
}

/**
 * Folds `text` (lower case, accents and invisible characters dropped, curly apostrophes and dashes
 * made plain, whitespace runs collapsed to one space) keeping a map back to original offsets.
 * "Türkiye’s" folds to "turkiye's"; every folded unit knows its original span.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const cp of text) {
    const start = offset;
    offset += cp.length;
    const f = foldCodePoint(cp);
    if (f === '') {
      // A stripped accent or invisible character belongs to the character before it.
      if (ends.length > 0 && !folded.endsWith(' ')) ends[ends.length - 1] = offset;
      continue;
    }
    if (f === ' ' && (folded.length === 0 || folded.endsWith(' '))) continue;
    folded += f;
    for (let i = 0; i < f.length; i++) {
      starts.push(start);
      ends.push(offset);
    }
  }
  return { folded, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The folded form of a name, as patterns are stored: foldWithOffsets without the map, trimmed. */
export function foldName(name: string): string {
  return foldWithOffsets(name).folded.trim();
}

/** Maps a half-open range of the folded text back to the original text. */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: f.starts[start]!, end: f.ends[end - 1]! };
}
