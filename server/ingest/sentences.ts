import { continuesAfterPeriod } from './abbreviations.js';
import { tokenize, type Token } from './tokens.js';
import type { Sentence } from './types.js';

/** Words after which a line break continues the sentence (hard-wrapped prose). */
const CONTINUING = new Set([',', '-', 'and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'for', 'with', 'on', 'at', 'by', 'from']);
const BULLET = /^[-*•–—·]$/u;
const LIST_NUMBER = /^\d{1,3}$/;
const LIST_NUMBER_END = /^[.)]$/;
const STARTS_LOWER = /^\p{Ll}/u;
/** Every way a text breaks a line: CRLF, LF, a lone CR (old Mac files), and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Characters that show nothing: wink makes a token of a zero-width space, but a line holding only one is blank. */
const INVISIBLE = /^[\s\u00AD\u200B-\u200D\u2060\uFEFF]+$/u;

const isSpace = (t: Token) => t.pos === 'SPACE' || INVISIBLE.test(t.text);

/** Line breaks between two tokens, counted in the text itself: wink skips some separators (U+2028, U+2029) without a token. */
function breaksBetween(text: string, tokens: Token[], a: number, b: number): number {
  return text.slice(tokens[a]!.end, tokens[b]!.start).match(LINE_BREAK)?.length ?? 0;
}

/** True when tokens `i`, `i + 1` are a list number such as "1." or "2)" (wink reads them as two tokens). */
function isListNumber(tokens: Token[], i: number): boolean {
  const n = tokens[i];
  const p = tokens[i + 1];
  return n !== undefined && p !== undefined && LIST_NUMBER.test(n.text) && LIST_NUMBER_END.test(p.text) && n.end === p.start;
}

/** The last word before a sentence's final period ('' when it does not end with a period after a word). */
function wordBeforePeriod(tokens: Token[], last: number): string {
  const t = tokens[last]!;
  if (t.text !== '.') return t.text.endsWith('.') && t.text.length > 1 ? t.text : '';
  const before = tokens[last - 1];
  return before && before.end === t.start && !isSpace(before) ? before.text : '';
}

/** wink's sentences (token ranges), joined again where the abbreviation guard says a period did not end one. */
function guardedRanges(text: string, tokens: Token[], ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [first, last] of ranges) {
    const prev = out[out.length - 1];
    if (prev) {
      let a = prev[1];
      while (a >= prev[0] && isSpace(tokens[a]!)) a--;
      let b = first;
      while (b <= last && isSpace(tokens[b]!)) b++;
      const word = a >= prev[0] ? wordBeforePeriod(tokens, a) : '';
      if (word !== '' && b <= last && breaksBetween(text, tokens, a, b) === 0 && continuesAfterPeriod(word, tokens[b]!.text)) {
        prev[1] = last;
        continue;
      }
    }
    out.push([first, last]);
  }
  return out;
}

/**
 * True when `breaks` line breaks between tokens `p` and `n` (the last word of a line and the first of
 * the next) end a sentence: a blank line, a list item after it, or a line without final punctuation
 * (a headline) followed by one that does not continue it. A line ending in a comma or a word such
 * as "the", or followed by a lower-case word, is wrapped prose.
 */
function lineBreakEnds(tokens: Token[], p: number, n: number, breaks: number): boolean {
  if (breaks >= 2) return true;
  const next = tokens[n]!.text;
  if (BULLET.test(next) || isListNumber(tokens, n)) return true;
  return !STARTS_LOWER.test(next) && !CONTINUING.has(tokens[p]!.text.toLowerCase());
}

/** Splits a token range at the line breaks that end a sentence. */
function splitAtLineBreaks(text: string, tokens: Token[], [first, last]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = first;
  let p = -1; // the last word token seen
  for (let n = first; n <= last; n++) {
    if (isSpace(tokens[n]!)) continue;
    if (p >= 0) {
      const breaks = breaksBetween(text, tokens, p, n);
      if (breaks > 0 && lineBreakEnds(tokens, p, n, breaks)) {
        out.push([from, p]);
        from = n;
      }
    }
    p = n;
  }
  out.push([from, last]);
  return out;
}

/** The first and last word tokens of a range, past spaces and a leading bullet or list number; null when nothing is left. */
function trimmed(tokens: Token[], [from, to]: [number, number]): [number, number] | null {
  let a = from;
  let b = to;
  while (a <= b && isSpace(tokens[a]!)) a++;
  if (a < b && BULLET.test(tokens[a]!.text)) a++;
  else if (a + 1 < b && isListNumber(tokens, a)) a += 2;
  while (a <= b && isSpace(tokens[a]!)) a++;
  while (b >= a && isSpace(tokens[b]!)) b--;
  if (a > b) return null;
  // An invisible character touching a word stays with it (a mention may hold it: "Kazakhstan\u200B").
  const touching = (i: number, j: number) => tokens[i]!.pos !== 'SPACE' && INVISIBLE.test(tokens[i]!.text) && (tokens[i]!.end === tokens[j]!.start || tokens[j]!.end === tokens[i]!.start);
  while (a > from && touching(a - 1, a)) a--;
  while (b + 1 < tokens.length && touching(b + 1, b)) b++; // even past the range: wink may end a sentence before it
  return [a, b];
}

/**
 * Splits a text into sentences with UTF-16 offsets (text.slice(start, end) === sentence.text,
 * whitespace and a leading list bullet or number trimmed). wink finds the sentences; an abbreviation
 * guard rejoins those broken after "Pres.", "bn." or an initial; line breaks (LF, CRLF, CR, U+2028,
 * U+2029) end headlines, list items and paragraphs. Offsets come from wink's tokens, each checked
 * against the text.
 */
export function splitSentences(text: string): Sentence[] {
  const { tokens, sentences: ranges } = tokenize(text);
  const pieces = guardedRanges(text, tokens, ranges).flatMap((range) => splitAtLineBreaks(text, tokens, range));
  const sentences: Sentence[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const words = trimmed(tokens, piece);
    const next = pieces[i + 1] && trimmed(tokens, pieces[i + 1]!);
    // wink ends a sentence after a list number ("1." | "Kazakhstan signs"): the number joins the item it opens.
    if (words && next && words[1] === words[0] + 1 && isListNumber(tokens, words[0]) && breaksBetween(text, tokens, words[1], next[0]) === 0) {
      pieces[i + 1] = [piece[0], pieces[i + 1]![1]];
      continue;
    }
    if (!words) continue;
    const start = tokens[words[0]]!.start;
    const end = tokens[words[1]]!.end;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  }
  return sentences;
}
