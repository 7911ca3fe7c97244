import { acronymOccurrences, findAcronymDefinitions, type MentionSpan } from './acronyms.js';
import { findCompoundNames } from './compound-names.js';
import { resolveCoreference } from './coreference.js';
import { fuzzyLink, FUZZY_CONFIDENCE } from './linking.js';
import { buildMatcher, type EntityDirectory, type NameMatch, type NameMatcher } from './matcher.js';
import { dropModifierUses } from './modifier-uses.js';
import { findProperNouns, type ProperNoun } from './proper-nouns.js';
import { ProposalBook } from './proposals.js';
import { tokenize } from './tokens.js';
import type { Mention, ProposedEntity, Sentence } from './types.js';

export type { EntityDirectory } from './matcher.js';
export { buildMatcher } from './matcher.js';

/** Confidence of a proper noun proposed as a new entity, when its head word gave the kind… */
export const PROPER_NOUN_CONFIDENCE = 0.6;
/** …and when it fell back to Topic. */
export const PROPER_NOUN_TOPIC_CONFIDENCE = 0.4;

/** Index of the sentence holding `offset` (the last one starting at or before it). */
function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[found]?.index ?? 0;
}

/** A known name as a mention: linked to its graph entity, to a proposal, or ambiguous between graph entities. */
function knownMention(text: string, m: NameMatch, matcher: NameMatcher, book: ProposalBook): Omit<Mention, 'sentence'> {
  const written = text.slice(m.start, m.end);
  const [first] = m.targets;
  const base = { start: m.start, end: m.end, text: written, how: first!.how, confidence: first!.confidence };
  if (m.targets.length > 1) {
    const choices = m.targets.filter((t) => t.entity).map((t) => ({ id: t.entity!, label: t.form, score: 100 }));
    return { ...base, choices: choices.slice(0, 3) };
  }
  if (first!.entity) return { ...base, entity: first!.entity };
  const proposal = book.gazetteer(matcher.gazetteer.entries.get(first!.gazetteer!)!);
  book.mentioned(proposal, written, first!.how === 'gazetteer' || first!.how === 'iso');
  return { ...base, entity: proposal.id, proposed: true };
}

/** A proper noun as a mention: linked by the fuzzy rule, ambiguous with its choices, or a new proposal. */
function properNounMention(name: ProperNoun, matcher: NameMatcher, book: ProposalBook): Omit<Mention, 'sentence'> {
  const base = { start: name.start, end: name.end, text: name.text };
  const link = fuzzyLink(name.text, matcher.fuzzy);
  if (link && 'entity' in link) return { ...base, entity: link.entity, how: 'fuzzy', confidence: FUZZY_CONFIDENCE };
  if (link) return { ...base, how: 'fuzzy', confidence: (link.choices[0]!.score / 100) * FUZZY_CONFIDENCE, choices: link.choices };
  const proposal = book.properNoun(name.text, name.kind);
  book.mentioned(proposal, name.text, true);
  const confidence = name.kindFromHead ? PROPER_NOUN_CONFIDENCE : PROPER_NOUN_TOPIC_CONFIDENCE;
  return { ...base, entity: proposal.id, proposed: true, how: 'proper-noun', confidence };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Mentions of acronyms the text defines after a linked name ("… in Central Asia (BOMCA)"), wherever they occur and nothing else is. */
function acronymMentions(text: string, found: MentionSpan[], book: ProposalBook): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (const { acronym, longForm } of findAcronymDefinitions(text, found)) {
    const proposal = longForm.proposed ? book.withId(longForm.entity!) : undefined;
    for (const span of acronymOccurrences(text, acronym)) {
      if (found.some((m) => overlaps(m, span)) || out.some((m) => overlaps(m, span))) continue;
      out.push({ ...span, text: acronym, entity: longForm.entity!, ...(proposal ? { proposed: true } : {}), how: 'acronym', confidence: longForm.confidence });
      if (proposal) book.mentioned(proposal, acronym, true);
    }
  }
  return out;
}

/**
 * Finds every mention of an entity in `text` and links it: exact names of the graph's entities,
 * the gazetteer's countries, regional bodies, topics, resources and sectors (common-noun names used
 * as modifiers, "trade routes", dropped), demonyms, capitals and contextual metonyms (lower
 * confidence), compound route names and codes ("Kazakhstan-China oil pipeline", "CASA-1000"),
 * capitalised names that match nothing, linked by the fuzzy rule or proposed as new entities,
 * acronyms the text defines for them, and definite descriptions ("the country") resolved to an earlier mention. Mentions are in text order, never overlap, and
 * text.slice(start, end) === mention.text.
 * Pass `options.matcher` (from buildMatcher) to reuse a compiled dictionary across calls.
 */
export function findMentions(
  text: string,
  sentences: Sentence[],
  directory: EntityDirectory,
  options: { sourceId?: string; matcher?: NameMatcher } = {},
): { mentions: Mention[]; proposed: ProposedEntity[] } {
  const matcher = options.matcher ?? buildMatcher(directory);
  const book = new ProposalBook(matcher.graphIds, options.sourceId);
  const { tokens } = tokenize(text);
  const matched = dropModifierUses(text, matcher.find(text), tokens);
  const compounds = findCompoundNames(text, matched);
  const known = matched.filter((m) => !compounds.replaced.has(m));
  const starts = new Set(sentences.map((s) => s.start));
  const { names, covered } = findProperNouns(text, tokens, starts, known);
  const unnamed = [...names.filter((n) => !compounds.names.some((c) => overlaps(c, n))), ...compounds.names];
  const found: MentionSpan[] = [
    ...known.filter((m) => !covered.has(m)).map((m) => knownMention(text, m, matcher, book)),
    ...unnamed.map((n) => properNounMention(n, matcher, book)),
  ];
  found.push(...acronymMentions(text, found, book));
  const kindOf = (id: string) => matcher.kinds.get(id) ?? book.withId(id)?.kind;
  found.push(...resolveCoreference(text, sentences, found, kindOf, (offset) => sentenceAt(sentences, offset)));
  const mentions = found.sort((a, b) => a.start - b.start).map((m) => ({ ...m, sentence: sentenceAt(sentences, m.start) }));
  return { mentions, proposed: book.list() };
}
