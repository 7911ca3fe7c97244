import type { Mention, Sentence } from './types.js';

/** Linking confidence of "the region" read as the region the text just named: lower than any name. */
export const REGION_ANAPHOR_CONFIDENCE = 0.6;

const THE_REGION = /(?<![\p{L}\p{N}])the region(?![\p{L}\p{N}])/giu;

/**
 * Adds "the region" as a mention of the region the text just named, for relation patterns only
 * ("… the EU's trade and foreign investments in the region"): the nearest Region mention before it
 * in the same sentence, else the first one in the previous sentence — the rule coreference.ts uses
 * for "the country". These mentions are not reported: the gold sets' convention (eval/gold/README.md)
 * does not count "the region" as a mention, so linking it would cost linking precision, while the
 * relations it carries are counted. Returns the sentence's mentions in text order.
 */
export function withRegionAnaphora(sentence: Sentence, mentions: Mention[], previous: Mention[], kindOf: (id: string) => string | undefined): Mention[] {
  const isRegion = (m: Mention) => m.entity !== undefined && kindOf(m.entity) === 'Region';
  const added: Mention[] = [];
  for (const d of sentence.text.matchAll(THE_REGION)) {
    const start = sentence.start + d.index;
    const end = start + d[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const antecedent = mentions.filter((m) => m.end <= start && isRegion(m)).pop() ?? previous.find(isRegion);
    if (!antecedent) continue;
    added.push({ start, end, text: d[0], sentence: sentence.index, entity: antecedent.entity!, ...(antecedent.proposed ? { proposed: true } : {}), how: 'coreference', confidence: REGION_ANAPHOR_CONFIDENCE });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
