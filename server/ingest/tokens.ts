import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token of the text, with its UTF-16 offsets and wink's part-of-speech tag. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (PROPN, NOUN, PUNCT, SPACE, …). */
  pos: string;
}

/** A text as wink reads it: its tokens, and wink's own sentences as inclusive token index ranges. */
export interface TokenizedText {
  text: string;
  tokens: Token[];
  sentences: Array<[first: number, last: number]>;
}

let engine: WinkMethods | undefined;

/** wink with the English lite model, loaded on first use (about 100 ms) and kept. */
function nlp(): WinkMethods {
  engine ??= winkNLP(model, ['sbd', 'pos']);
  return engine;
}

/** Characters wink may skip between tokens: whitespace and invisible format characters. */
const SKIPPABLE = /^[\s\u00AD\u200B-\u200D\u2060\uFEFF]*$/u;

/**
 * Places wink's token values back onto the text and checks that only whitespace lies between them,
 * so every offset is right even where wink's own spacing record would drift (astral characters,
 * non-breaking spaces, CRLF).
 */
function locate(text: string, values: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0 || !SKIPPABLE.test(text.slice(cursor, at))) {
      throw new Error(`ingest tokens: wink token ${JSON.stringify(value)} is not at offset ${cursor} of the text (found ${at < 0 ? 'nowhere' : `at ${at}`})`);
    }
    spans.push([at, at + value.length]);
    cursor = at + value.length;
  }
  return spans;
}

let last: TokenizedText | undefined;

/**
 * Tokenizes `text` with wink: tokens with offsets and POS tags, and wink's sentence boundaries.
 * The latest result is kept, so the sentence splitter and the mention finder share one pass.
 */
export function tokenize(text: string): TokenizedText {
  if (last?.text === text) return last;
  const its = nlp().its;
  const doc = nlp().readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = locate(text, values);
  const tokens = spans.map(([start, end], i) => ({ start, end, text: values[i]!, pos: tags[i]! }));
  const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(([a, b]) => [a, b] as [number, number]);
  last = { text, tokens, sentences };
  return last;
}
