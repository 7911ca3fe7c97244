import { applyEdits, modify } from 'jsonc-parser';
import type { Overlay } from './overlay.js';

/** A vocabulary document with kinds and types appended to their lists (jsonc-parser edits, so the rest keeps its hand formatting). */
export function withVocabularyAdditions(text: string, additions: Overlay['vocabularyAdditions']): string {
  for (const a of additions) {
    text = applyEdits(text, modify(text, [a.list, -1], a.value, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  }
  return text;
}
