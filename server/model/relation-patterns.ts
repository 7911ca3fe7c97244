import { z } from 'zod';

/**
 * The trigger-pattern language of relation types (`patterns` in vocabulary.json). A pattern is a
 * JavaScript regular expression over one sentence, matched case-insensitively, in which every
 * mention of an entity has been replaced by a placeholder. These macros stand for the parts a
 * curator should not write by hand:
 *
 *   {A} {B}     a mention slot: one mention, or a list of them ("Kazakhstan, Uzbekistan and
 *               Tajikistan"), each optionally after "the", "all", "several"…; each listed mention makes its own
 *               candidate. A slot may appear more than once ("connects {B} with {B}").
 *   {gap}       up to 8 words that name no entity; {gap:N} up to N words (N ≤ 20).
 *   {aux}       an optional ", which" and any run of auxiliaries, modals, negations and adverbs ("has", "did not", "will",
 *               "aims to", "no longer", "reportedly", "significantly"): write it between a subject
 *               and its verb, so hedged and negated statements still match and are then hedged or
 *               skipped.
 *   a space     any run of whitespace;  's  an ASCII or typographic possessive (’s).
 *
 * `direction` says which slot is the relation's `from`: "A->B" or "B->A".
 */
export const MENTION_START = '\uE000';
export const MENTION_END = '\uE001';
/** Mention k of a sentence is written MENTION_START + String.fromCharCode(MENTION_BASE + k) + MENTION_END. */
export const MENTION_BASE = 0xe100;
export const MAX_GAP = 20;
const DEFAULT_GAP = 8;

/** A mention placeholder, with the article or quantifier that so often comes before a name ("the EU", "several Central Asian states"). */
const ONE_MENTION = `(?:(?:the|all|both|several|many|most|some|other|fellow)\\s+){0,2}${MENTION_START}[\\uE100-\\uEFFF]${MENTION_END}`;
const LIST_JOIN = `(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)`;
/** A word that is not (and does not touch) a mention placeholder. */
const PLAIN_WORD = '[^\\s\\uE000-\\uEFFF]+';
const AUX_WORDS = [
  'not', "[a-z]+n['\u2019]t", 'no longer', 'never', 'also', 'already', 'still', 'further', 'now', 'jointly', 'formally', 'officially',
  'reportedly', 'allegedly', 'recently', 'has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may',
  'might', 'should', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'aims? to', 'aiming to', 'plans? to',
  'planning to', 'intends? to', 'seeks? to', 'seeking to', 'hopes? to', 'wants? to', 'is expected to', 'are expected to',
  'expected to', 'set to', 'is said to', 'are said to', 'refused to', 'declined to', 'failed to', 'agreed to',
  'pledged to', 'promised to', 'vowed to', 'continues? to', 'going to', '[a-z]+ly',
];
/** Optionally a non-restrictive relative ("Kyrgyzstan, which joined …"; not "the states that border …", a subset), then auxiliaries and adverbs. */
const AUX = `(?:,\\s+(?:which|who)\\b)?(?:\\s+(?:${AUX_WORDS.join('|')})\\b)*`;

export interface ExpandedPattern {
  /** Regular-expression source, slots as named groups A0, A1, B0, … */
  source: string;
  /** Group names of the A and B slots. */
  slots: { A: string[]; B: string[] };
}

/** Turns a pattern's `match` into regex source; throws an Error saying what is wrong with the pattern language. */
export function expandPattern(match: string): ExpandedPattern {
  const slots: ExpandedPattern['slots'] = { A: [], B: [] };
  const source = match
    .replace(/'s\b/g, "['\u2019]s")
    .replace(/ +/g, '\\s+')
    .replace(/\{([^{}]*)\}/g, (whole, body: string) => {
      if (body === 'A' || body === 'B') {
        const name = `${body}${slots[body].length}`;
        slots[body].push(name);
        return `(?<${name}>${ONE_MENTION}(?:${LIST_JOIN}${ONE_MENTION})*)`;
      }
      if (body === 'aux') return AUX;
      const gap = /^gap(?::(\d+))?$/.exec(body);
      if (gap) {
        const n = gap[1] === undefined ? DEFAULT_GAP : Number(gap[1]);
        if (n < 1 || n > MAX_GAP) throw new Error(`{gap:${gap[1]}} must allow 1 to ${MAX_GAP} words`);
        // Punctuation glued to what precedes ("Kazakhstan, a key player") belongs to the gap too.
        return `[^\\s\\uE000-\\uEFFF]*(?:\\s+${PLAIN_WORD}){0,${n}}?`;
      }
      if (/^\d+(,\d*)?$/.test(body)) return whole; // a regex quantifier such as {0,3}
      throw new Error(`unknown macro {${body}}; use {A}, {B}, {gap}, {gap:N} or {aux}`);
    });
  if (slots.A.length === 0 || slots.B.length === 0) throw new Error('needs both mention slots {A} and {B}');
  return { source, slots };
}

/** Compiles a pattern's `match`; throws an Error naming the problem (pattern language or regex syntax). */
export function compilePattern(match: string): { regex: RegExp; slots: ExpandedPattern['slots'] } {
  const { source, slots } = expandPattern(match);
  try {
    return { regex: new RegExp(source, 'gid'), slots };
  } catch (e) {
    throw new Error(`not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

const KindId = z.string().regex(/^[A-Z][A-Za-z]+$/, 'must be a PascalCase entity kind, e.g. "Country"');

/** One trigger pattern of a relation type. */
export const RelationPattern = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z]+(?:_[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<relation type>/<name>", e.g. "trades_with/partner"')
      .describe('Names the rule in every candidate it makes (extractor.rule), so reviewers can judge a rule by its record.'),
    match: z
      .string()
      .min(1)
      .describe(
        'A regular expression over one sentence, case-insensitive, with macros: {A} and {B} mention slots (a mention or a list of them), ' +
          '{gap} / {gap:N} up to 8 / N words naming no entity, {aux} auxiliaries, modals, negations and adverbs; a space matches any whitespace, \'s also matches ’s.',
      ),
    direction: z.enum(['A->B', 'B->A']).describe('Which slot is the relation\'s "from": A->B or B->A.'),
    fromKinds: z.array(KindId).min(1).optional().describe('Entity kinds allowed at the "from" end; others are skipped as kind-mismatch.'),
    toKinds: z.array(KindId).min(1).optional().describe('Entity kinds allowed at the "to" end; others are skipped as kind-mismatch.'),
    precision: z
      .number()
      .gt(0)
      .max(1)
      .describe("The rule's precision on the gold sets (npm run eval:extract); a candidate's confidence is this times its weaker mention link."),
  })
  .superRefine((p, ctx) => {
    try {
      compilePattern(p.match);
    } catch (e) {
      ctx.addIssue({ code: 'custom', path: ['match'], message: `pattern "${p.id}": ${(e as Error).message}` });
    }
  });

export type RelationPattern = z.infer<typeof RelationPattern>;
