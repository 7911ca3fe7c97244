import { foldText } from '../../model/ids.js';

/** Queries up to this many UTF-16 code units (one word) are answered by the name prefix table. */
export const SHORT_PREFIX_MAX = 3;

/** Where words split: MiniSearch's default tokenizer splits on runs of these (space, punctuation). */
const SEPARATOR = /[\n\r\p{Z}\p{P}]/u;
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, c) => (SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0));

function isSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_SEPARATOR[c] === 1 : SEPARATOR.test(text[i]!);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * foldText's words, cheaper for the common case: a printable-ASCII name has nothing to decompose or
 * strip, so lower-casing gives the same words (only runs of spaces, which split nothing, stay).
 * foldText's regexes would be most of the table's build time on 100k labels.
 */
export function foldName(name: string): string {
  return PRINTABLE_ASCII.test(name) ? name.toLowerCase() : foldText(name);
}

/** Where the next word of a text starts at or after `from` (text.length when none does). */
export function wordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSeparator(text, i)) i++;
  return i;
}

/** Where the word starting at `start` ends (exclusive). */
export function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSeparator(text, i)) i++;
  return i;
}

/** The words of a folded text (split where the full-text index splits). */
export function foldedWords(folded: string): string[] {
  const words: string[] = [];
  for (let start = wordStart(folded, 0); start < folded.length; ) {
    const end = wordEnd(folded, start);
    words.push(folded.slice(start, end));
    start = wordStart(folded, end);
  }
  return words;
}

/** The folded word a short query is, when it is one word of at most SHORT_PREFIX_MAX code units; else null. */
export function shortPrefix(query: string): string | null {
  const words = foldedWords(foldText(query));
  return words.length === 1 && words[0]!.length <= SHORT_PREFIX_MAX ? words[0]! : null;
}

const BASE = 0x10000;

/**
 * The first SHORT_PREFIX_MAX code units of text[start, end) packed into one number (base 2^16,
 * missing units as 0), so numeric order is the order of those prefixes and a sorted Float64Array of
 * keys can be binary-searched. 3 units of 16 bits fit a double's 53-bit integers exactly.
 */
export function prefixKey(text: string, start = 0, end = text.length): number {
  let key = 0;
  for (let i = 0; i < SHORT_PREFIX_MAX; i++) key = key * BASE + (start + i < end ? text.charCodeAt(start + i) : 0);
  return key;
}

/** The inclusive key range of the words that start with `prefix` (at most SHORT_PREFIX_MAX units). */
export function prefixRange(prefix: string): { low: number; high: number } {
  const low = prefixKey(prefix);
  return { low, high: low + BASE ** (SHORT_PREFIX_MAX - Math.min(prefix.length, SHORT_PREFIX_MAX)) - 1 };
}
