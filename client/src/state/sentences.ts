/**
 * Sentence spans of a text (UTF-16 offsets), from the platform's own sentence segmenter
 * (Intl.Segmenter, Unicode's sentence rules), so that a quote can be shown with the sentences around it.
 */
export interface Span {
  start: number;
  end: number;
}

export function sentenceSpans(text: string, language = 'en'): Span[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const s of segmenter.segment(text)) {
    const trimmed = s.segment.trimEnd();
    if (trimmed.trim()) spans.push({ start: s.index, end: s.index + trimmed.length });
  }
  return spans;
}

/** Index of the sentence holding `offset` (the last one starting at or before it), or -1. */
export function sentenceIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

/** The span from the sentence before `span` to the sentence after it (as far as the text has them). */
export function withNeighbours(spans: Span[], span: Span): { before: Span | null; after: Span | null } {
  const first = sentenceIndexAt(spans, span.start);
  const last = sentenceIndexAt(spans, Math.max(span.start, span.end - 1));
  return { before: first > 0 ? spans[first - 1]! : null, after: last >= 0 && last + 1 < spans.length ? spans[last + 1]! : null };
}

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
