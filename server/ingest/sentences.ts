import { continuesAfterPeriod } from './abbreviations.js';
import { tokenize, type Token } from './tokens.js';
import type { Sentence } from './types.js';

/** Words after which a line break continues the sentence (hard-wrapped prose). */
const CONTINUING = new Set([',', '-', 'and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'for', 'with', 'on', 'at', 'by', 'from']);
const BULLET = /^[-*•–—·]$/u;
const NUMBERED = /^\d{1,3}[.)]$/;
const STARTS_LOWER = /^\p{Ll}/u;

const isSpace = (t: Token) => t.pos === 'SPACE';

/** The last word before a sentence's final period ('' when it does not end with a period after a word). */
function wordBeforePeriod(tokens: Token[], last: number): string {
  const t = tokens[last]!;
  if (t.text !== '.') return t.text.endsWith('.') && t.text.length > 1 ? t.text : '';
  const before = tokens[last - 1];
  return before && before.end === t.start && !isSpace(before) ? before.text : '';
}

/** wink's sentences (token ranges), joined again where the abbreviation guard says a period did not end one. */
function guardedRanges(tokens: Token[], ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [first, last] of ranges) {
    const prev = out[out.length - 1];
    if (prev) {
      let a = prev[1];
      while (a >= prev[0] && isSpace(tokens[a]!)) a--;
      let b = first;
      while (b <= last && isSpace(tokens[b]!)) b++;
      const between = tokens.slice(a + 1, b).some((t) => t.text.includes('\n'));
      const word = a >= prev[0] ? wordBeforePeriod(tokens, a) : '';
      if (!between && word !== '' && b <= last && continuesAfterPeriod(word, tokens[b]!.text)) {
        prev[1] = last;
        continue;
      }
    }
    out.push([first, last]);
  }
  return out;
}

/**
 * True when the line break at token `i` ends a sentence: a blank line, a list item after it, or a
 * line without final punctuation (a headline) followed by one that does not continue it. A line
 * ending in a comma or a word such as "the", or followed by a lower-case word, is wrapped prose.
 */
function lineBreakEnds(tokens: Token[], i: number, first: number, last: number): boolean {
  const t = tokens[i]!;
  if ((t.text.match(/\n/g) ?? []).length >= 2) return true;
  let p = i - 1;
  while (p >= first && isSpace(tokens[p]!)) p--;
  let n = i + 1;
  while (n <= last && isSpace(tokens[n]!)) n++;
  if (p < first || n > last) return false;
  const next = tokens[n]!.text;
  if (BULLET.test(next) || NUMBERED.test(next)) return true;
  return !STARTS_LOWER.test(next) && !CONTINUING.has(tokens[p]!.text.toLowerCase());
}

/** Splits a token range at the line breaks that end a sentence. */
function splitAtLineBreaks(tokens: Token[], [first, last]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = first;
  for (let i = first; i <= last; i++) {
    if (isSpace(tokens[i]!) && tokens[i]!.text.includes('\n') && lineBreakEnds(tokens, i, first, last)) {
      out.push([from, i - 1]);
      from = i + 1;
    }
  }
  out.push([from, last]);
  return out;
}

/**
 * Splits a text into sentences with UTF-16 offsets (text.slice(start, end) === sentence.text,
 * whitespace and a leading list bullet trimmed). wink finds the sentences; an abbreviation guard
 * rejoins those broken after "Pres.", "bn." or an initial; line breaks end headlines, list items
 * and paragraphs. Offsets come from wink's tokens, each checked against the text.
 */
export function splitSentences(text: string): Sentence[] {
  const { tokens, sentences: ranges } = tokenize(text);
  const sentences: Sentence[] = [];
  for (const range of guardedRanges(tokens, ranges)) {
    for (const [from, to] of splitAtLineBreaks(tokens, range)) {
      let a = from;
      let b = to;
      while (a <= b && isSpace(tokens[a]!)) a++;
      if (a < b && BULLET.test(tokens[a]!.text)) a++;
      while (a <= b && isSpace(tokens[a]!)) a++;
      while (b >= a && isSpace(tokens[b]!)) b--;
      if (a > b) continue;
      const start = tokens[a]!.start;
      const end = tokens[b]!.end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
    }
  }
  return sentences;
}
