import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/ingest/sentences.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';

const article = readFileSync(path.join(GRAPH_DATA, 'sources', 'eu-central-asia-summit-2024.txt'), 'utf8');

/** Every sentence must sit at its offsets, trimmed. */
function expectAtOffsets(text: string) {
  const sentences = splitSentences(text);
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
  }
  expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
  return sentences;
}

describe('splitSentences', () => {
  it('splits the summit article into its headline, its three bullets and its sentences, at the right offsets', () => {
    const sentences = expectAtOffsets(article);
    expect(sentences).toHaveLength(16);
    expect(sentences[0]!.text).toBe("EU positions itself as a key partner in Central Asia's future");
    expect(sentences[1]!.text).toMatch(/^The European Union hosted a summit/);
    expect(sentences[3]!.text).toMatch(/^The EU aims to position itself/);
    expect(sentences[4]!.text).toMatch(/^In early 2024, the European Union organized/);
    expect(sentences[15]!.text).toMatch(/economic growth\.$/);
  });

  it('does not end a sentence after titles, initials, "U.S.", "e.g.", "Jan." or "No."', () => {
    const text = 'Pres. Tokayev met Dr. A. E. Russell in the U.S. on Jan. 5, e.g. at No. 10. Then he left.';
    expect(expectAtOffsets(text).map((s) => s.text)).toEqual([
      'Pres. Tokayev met Dr. A. E. Russell in the U.S. on Jan. 5, e.g. at No. 10.',
      'Then he left.',
    ]);
  });

  it('keeps "bn." inside a sentence that goes on, and ends one where a new sentence starts', () => {
    const text = 'The loan of $1.2 bn. in total was signed. The deal was worth $3 bn. The EU agreed.';
    expect(expectAtOffsets(text).map((s) => s.text)).toEqual([
      'The loan of $1.2 bn. in total was signed.',
      'The deal was worth $3 bn.',
      'The EU agreed.',
    ]);
  });

  it('ends headlines and paragraphs at line breaks but not wrapped lines', () => {
    const text = 'Kazakhstan signs deal\n\nThe report was written by the\nCommission and others.\n- First point here\n- Second point';
    expect(expectAtOffsets(text).map((s) => s.text)).toEqual([
      'Kazakhstan signs deal',
      'The report was written by the\nCommission and others.',
      'First point here',
      'Second point',
    ]);
  });

  it('keeps offsets right after emoji, joined emoji, accents written as combining marks and CRLF', () => {
    const text = 'Great news 😀 for Astana!\r\nThe 👩‍👩‍👧 family met in Tu\u0308rkiye\u00A0today. Done.';
    const sentences = expectAtOffsets(text);
    expect(sentences.map((s) => s.text)).toEqual(['Great news 😀 for Astana!', 'The 👩‍👩‍👧 family met in Tu\u0308rkiye\u00A0today.', 'Done.']);
    expect(sentences[2]!.start).toBe(text.length - 'Done.'.length);
  });

  it('returns no sentences for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
