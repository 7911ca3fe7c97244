import { MENTION_BASE, MENTION_END, MENTION_START } from '../model/relation-patterns.js';
import { hedgeOf, negationIn } from './hedges.js';
import type { CompiledPattern, PatternSet } from './patterns.js';
import { withRegionAnaphora } from './relation-anaphora.js';
import { sentenceTime } from './sentence-time.js';
import type { Candidate, CandidateEvidence, Mention, Sentence, Skipped } from './types.js';

/** A candidate before it gets its relation id (ids are handed out after dedupe). */
export type Proposal = Omit<Candidate, 'id'>;

export interface CandidateContext {
  text: string;
  sourceId: string;
  patterns: PatternSet;
  /** Kind of a linked entity (graph or proposed); undefined when unknown. */
  kindOf: (entityId: string) => string | undefined;
}

/** How many characters of context the evidence keeps either side of the quote (cut back to a word start). */
const CONTEXT_CHARS = 32;
const EXTRACTOR = 'corridor-patterns';

/**
 * Runs every pattern over one sentence. Each slot pair that matches becomes a proposal, or a skip
 * (negated, self-loop, kind-mismatch). A sentence with two linked entities where no rule matched at
 * all is a `no-pattern` skip: the list a curator reads to write the next pattern. `previous` are the
 * mentions of the sentence before, where "the region" may find the region it stands for.
 */
export function candidatesInSentence(sentence: Sentence, sentenceMentions: Mention[], ctx: CandidateContext, previous: Mention[] = []): { proposals: Proposal[]; skipped: Skipped[] } {
  const proposals = new Map<string, Proposal>();
  const skipped: Skipped[] = [];
  const mentions = withRegionAnaphora(sentence, sentenceMentions, previous, ctx.kindOf);
  if (mentions.length < 2) return { proposals: [], skipped };
  const masked = maskMentions(sentence, mentions);
  let matched = false;
  for (const p of ctx.patterns.patterns) {
    p.regex.lastIndex = 0;
    const seen = new Set<string>();
    for (let m = p.regex.exec(masked.text); m; m = p.regex.exec(masked.text)) {
      p.regex.lastIndex = m.index + 1; // overlapping matches: "A and B and C" style sentences
      if (!termsHold(m, p, mentions)) continue;
      matched = true;
      const span = { start: masked.toSentence(m.index), end: masked.toSentence(m.index + m[0].length) };
      for (const [a, b] of slotPairs(m, p)) {
        const key = `${a}>${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const outcome = judge(p, mentions[a]!, mentions[b]!, sentence, span, ctx);
        if ('reason' in outcome) skipped.push(outcome);
        else {
          const k = `${outcome.type}|${outcome.from}|${outcome.to}`;
          const prior = proposals.get(k);
          if (!prior || prior.confidence < outcome.confidence) proposals.set(k, outcome);
        }
      }
    }
  }
  if (!matched) {
    const linked = [...new Set(mentions.filter((m) => m.entity).map((m) => m.entity!))];
    if (linked.length >= 2) skipped.push({ reason: 'no-pattern', sentence: sentenceRef(sentence), detail: `no rule matched; entities: ${linked.join(', ')}` });
  }
  return { proposals: [...proposals.values()], skipped };
}

/** The sentence with each mention replaced by a 3-character placeholder, and a map back to sentence offsets. */
function maskMentions(sentence: Sentence, mentions: Mention[]): { text: string; toSentence: (masked: number) => number } {
  let text = '';
  let at = sentence.start;
  const shifts: Array<{ masked: number; delta: number }> = [];
  mentions.forEach((m, k) => {
    text += sentence.text.slice(at - sentence.start, m.start - sentence.start);
    text += MENTION_START + String.fromCharCode(MENTION_BASE + k) + MENTION_END;
    shifts.push({ masked: text.length, delta: m.end - m.start - 3 });
    at = m.end;
  });
  text += sentence.text.slice(at - sentence.start);
  return {
    text,
    toSentence: (masked) => {
      let offset = masked;
      for (const s of shifts) if (s.masked <= masked) offset += s.delta;
      return offset;
    },
  };
}

/** The mentions (indices into the sentence's mentions) that a slot group captured. */
function slotMentions(group: string | undefined): number[] {
  const out: number[] = [];
  if (!group) return out;
  for (let i = 0; i < group.length; i++) if (group[i] === MENTION_START) out.push(group.charCodeAt(i + 1) - MENTION_BASE);
  return out;
}

/** Whether every {term:…} the match took as a mention is that mention's whole text ("trade", not "Kazakhstan"). */
function termsHold(m: RegExpExecArray, p: CompiledPattern, mentions: Mention[]): boolean {
  return p.terms.every(({ group, text }) => {
    const taken = slotMentions(m.groups?.[group]);
    return taken.every((k) => text.test(mentions[k]!.text));
  });
}

/** Every (from, to) pair of mention indices a match states, in the pattern's direction. */
function slotPairs(m: RegExpExecArray, p: CompiledPattern): Array<[number, number]> {
  const a = p.slots.A.flatMap((g) => slotMentions(m.groups?.[g]));
  const b = p.slots.B.flatMap((g) => slotMentions(m.groups?.[g]));
  const pairs: Array<[number, number]> = [];
  for (const x of a) for (const y of b) pairs.push(p.direction === 'A->B' ? [x, y] : [y, x]);
  return pairs;
}

function judge(p: CompiledPattern, from: Mention, to: Mention, sentence: Sentence, span: { start: number; end: number }, ctx: CandidateContext): Proposal | Skipped {
  const ref = sentenceRef(sentence);
  const names = `${from.text} → ${to.text} (rule ${p.id})`;
  if (!from.entity || !to.entity) return { reason: 'ambiguous-mention', sentence: ref, detail: `${names}: "${(from.entity ? to : from).text}" is not linked`, choices: (from.entity ? to : from).choices ?? [] };
  if (from.entity === to.entity) return { reason: 'self-loop', sentence: ref, detail: `${names}: both name ${from.entity}` };
  const fromKind = ctx.kindOf(from.entity);
  const toKind = ctx.kindOf(to.entity);
  if ((p.fromKinds && !p.fromKinds.has(fromKind ?? '')) || (p.toKinds && !p.toKinds.has(toKind ?? ''))) {
    return { reason: 'kind-mismatch', sentence: ref, detail: `${names}: ${from.entity} is ${fromKind ?? 'of unknown kind'}, ${to.entity} is ${toKind ?? 'of unknown kind'}` };
  }
  const start = Math.min(span.start, from.start - sentence.start, to.start - sentence.start);
  const end = Math.max(span.end, from.end - sentence.start, to.end - sentence.start);
  const cue = negationIn(sentence.text, start, end);
  if (cue) return { reason: 'negated', sentence: ref, detail: `${names}: "${cue}"` };
  const time = sentenceTime(sentence.text);
  const hedge = hedgeOf(sentence.text, start, end, time.approximate);
  const [a, b] = p.symmetric && from.entity > to.entity ? [to.entity, from.entity] : [from.entity, to.entity];
  return {
    type: p.type,
    from: a,
    to: b,
    confidence: Math.round(p.precision * Math.min(from.confidence, to.confidence) * 1000) / 1000,
    ...(hedge ? { hedge } : {}),
    ...(time.pointInTime ? { pointInTime: time.pointInTime } : {}),
    ...(time.start ? { start: time.start } : {}),
    ...(time.end ? { end: time.end } : {}),
    evidence: evidenceFor(ctx.text, ctx.sourceId, sentence),
    extractor: { name: EXTRACTOR, version: ctx.patterns.version, rule: p.id },
  };
}

/** The whole sentence as the quote, with a few words either side to re-anchor it. */
export function evidenceFor(text: string, source: string, sentence: Sentence): CandidateEvidence {
  const before = text.slice(Math.max(0, sentence.start - CONTEXT_CHARS), sentence.start);
  const after = text.slice(sentence.end, sentence.end + CONTEXT_CHARS);
  const cutBefore = sentence.start > CONTEXT_CHARS ? before.search(/\s\S/) + 1 : 0;
  const lastSpace = after.search(/\s\S*$/);
  return {
    source,
    quote: text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    prefix: before.slice(Math.max(0, cutBefore)),
    suffix: sentence.end + CONTEXT_CHARS < text.length && lastSpace > 0 ? after.slice(0, lastSpace) : after,
  };
}

export function sentenceRef(s: Sentence): Skipped['sentence'] {
  return { index: s.index, start: s.start, end: s.end, text: s.text };
}
