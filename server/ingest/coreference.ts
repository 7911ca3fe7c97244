import type { MentionSpan } from './acronyms.js';
import type { Sentence } from './types.js';

/** Linking confidence of a definite description resolved to an earlier mention ("the country" -> Kazakhstan). */
export const COREFERENCE_CONFIDENCE = 0.5;

/**
 * Definite descriptions that point back at an entity of a kind, and the kinds they can mean.
 * "The country" is nearly always the state just named. Left out: "the bloc" (its nearest
 * organisation is often not a bloc: "the Security Council … the bloc"), and "the region", "the
 * corridor", "the summit", which the gold sets' convention does not count as mentions (see
 * eval/gold/README.md): on them each costs linking precision (summit-2024 fell to 0.91).
 */
const ANAPHORS = new Map<string, string[]>([['country', ['Country']]]);
const DESCRIPTION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:the|The) (${[...ANAPHORS.keys()].join('|')})(?![\p{L}\p{N}])`, 'gu');

/**
 * Resolves definite descriptions ("the country") to an earlier linked mention of a
 * fitting kind: the nearest one before it in the same sentence, else the first in the previous
 * sentence (its subject, as a rule: "Kazakhstan is … China … The country also holds …").
 * Returns new mentions (how 'coreference', low confidence); nothing is returned for a description
 * that has no antecedent or that lies inside another mention.
 */
export function resolveCoreference(text: string, sentences: Sentence[], mentions: MentionSpan[], kindOf: (id: string) => string | undefined, sentenceOf: (offset: number) => number): MentionSpan[] {
  const out: MentionSpan[] = [];
  const linked = mentions.filter((m) => m.entity !== undefined).sort((a, b) => a.start - b.start);
  for (const d of text.matchAll(DESCRIPTION)) {
    const start = d.index;
    const end = start + d[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const kinds = ANAPHORS.get(d[1]!)!;
    const fits = (m: MentionSpan) => kinds.includes(kindOf(m.entity!) ?? '');
    const here = sentenceOf(start);
    const before = linked.filter((m) => m.end <= start && fits(m));
    const antecedent =
      before.filter((m) => sentenceOf(m.start) === here).pop() ?? (here > 0 ? before.find((m) => sentenceOf(m.start) === sentences[here - 1]!.index) : undefined);
    if (!antecedent) continue;
    out.push({ start, end, text: d[0], entity: antecedent.entity!, ...(antecedent.proposed ? { proposed: true } : {}), how: 'coreference', confidence: COREFERENCE_CONFIDENCE });
  }
  return out;
}
