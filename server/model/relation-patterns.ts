import { z } from 'zod';

/**
 * The trigger-pattern language of relation types (`patterns` in vocabulary.json). A pattern is a
 * JavaScript regular expression over one sentence, matched case-insensitively, in which every
 * mention of an entity has been replaced by a placeholder. These macros stand for the parts a
 * curator should not write by hand:
 *
 *   {A} {B}     a mention slot: one mention, or a list of them ("Kazakhstan, Uzbekistan and
 *               Tajikistan"), each optionally after "the", "all", "several"… and followed by its
 *               abbreviation in brackets ("the Asian Development Bank (ADB)"); each listed mention
 *               makes its own candidate. A list may hold a member that names no entity ("raw
 *               materials, batteries and hydrogen") and a listed mention may carry a modifier ("trade
 *               and enhanced digital connectivity"). A slot may appear more than once ("connects {B} with {B}").
 *   {X}         a mention (or list) that is neither end of the relation: "{A}'s president {X} backed {B}".
 *   {gap}       up to 8 words that name no entity; {gap:N} up to N words (N ≤ 20).
 *   {any:N}     up to N words (N ≤ 30) that may name entities; never crosses a ";".
 *   {term:…}    words of the trigger that the text may also name as an entity (the lexicon links
 *               "trade" or "foreign investments" as topics): {term:trade} matches the plain word or a
 *               mention whose whole text is it.
 *   {aux}       an optional parenthetical (", the region's largest producer,", ", which borders China,"),
 *               ", which" or ", a line that", and any run of auxiliaries, modals, negations and adverbs ("has", "did not", "will",
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
/** {any:N} may reach further than {gap}: a sentence's subject and its "its" can be a clause apart. */
export const MAX_ANY = 30;
const DEFAULT_GAP = 8;

/** One mention placeholder. */
const PLACEHOLDER = `${MENTION_START}[\\uE100-\\uEFFF]${MENTION_END}`;
/**
 * A mention with the article or quantifier that so often comes before a name ("the EU", "several
 * Central Asian states") and its abbreviation in brackets after it ("the Collective Security Treaty Organization (CSTO)").
 */
const ONE_MENTION = `(?:(?:the|all|both|several|many|most|some|other|fellow|two|three|four|five|six|seven|\\d+)\\s+){0,2}${PLACEHOLDER}(?:\\s*\\(${PLACEHOLDER}\\))?`;
const LIST_JOIN = `(?:\\s*,\\s*|\\s+and\\s+)`;
/**
 * ", and" ends a list only after a comma list ("Kazakhstan, Uzbekistan, and Tajikistan"): after one
 * name it starts a new clause ("… with Vietnam, and Uzbekistan joined …"), and so it does before a
 * mention that a verb follows ("… of China, and Türkiye has …", "… to Russia, and Kyrgyzstan plans …": an
 * auxiliary or a word in -s or -ed), and so it does before a mention that an apposition follows ("… in Kyrgyzstan
 * and Tajikistan, and Kazakhstan, the region's largest producer, exports …").
 */
const COMMA_AND = '\\s*,\\s*and\\s+';
const CLAUSE_VERB = '(?!\\s*,\\s+(?!(?:which|who|that)\\b)|\\s+(?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|may|might|should|remains?|became|says?|said|[a-z]{2,}(?:s|ed))\\b)';
/**
 * A modifier a listed mention may carry ("and enhanced digital connectivity"): an adjective by its
 * ending, or a participle of the few verbs that policy prose puts before a topic. Not any word: "to
 * China and joined the SCO" must not list the SCO with China.
 */
const LIST_MODIFIER = '(?:[a-z]+(?:al|ic|ive|ous|ern|ful|ary|ble|ant|ent)|enhanced|improved|increased|expanded|deepened|strengthened|renewed|greater|closer|new)\\s+';
/** A list member that names no entity ("batteries", "rare earths"), allowed only between two mentions. */
const PLAIN_MEMBER = "[a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*)?";
/** A listed mention after the first: perhaps after a member that names no entity, perhaps with a modifier. */
const NEXT_MEMBER = `(?:${PLAIN_MEMBER}${LIST_JOIN})?(?:${LIST_MODIFIER})?${ONE_MENTION}`;
/** A list of mentions: "Kazakhstan, Uzbekistan and Tajikistan", "raw materials, batteries and hydrogen". */
const MENTION_LIST = `${ONE_MENTION}(?:(?:${LIST_JOIN}${NEXT_MEMBER})+(?:${COMMA_AND}${NEXT_MEMBER}${CLAUSE_VERB})?)?`;
/** A word that is not (and does not touch) a mention placeholder. */
const PLAIN_WORD = '[^\\s\\uE000-\\uEFFF]+';
/** Any word, a mention included, short of a ";" (which ends a clause as surely as a full stop). */
const ANY_WORD = '[^\\s;]+';
const AUX_WORDS = [
  'not', "[a-z]+n['\u2019]t", 'no longer', 'never', 'also', 'already', 'still', 'further', 'now', 'jointly', 'formally', 'officially',
  'reportedly', 'allegedly', 'recently', 'has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may',
  'might', 'should', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'aims? to', 'aiming to', 'plans? to',
  'planning to', 'intends? to', 'seeks? to', 'seeking to', 'hopes? to', 'wants? to', 'is expected to', 'are expected to',
  'expected to', 'set to', 'is said to', 'are said to', 'refused to', 'declined to', 'failed to', 'agreed to',
  'pledged to', 'promised to', 'vowed to', 'continues? to', 'going to', '[a-z]+ly',
];
/**
 * A parenthetical between a subject and its verb, closed by a comma: an apposition ("Kazakhstan, the
 * region's largest grain producer, exports …"), a relative clause ("China, which borders Tajikistan,
 * Kyrgyzstan and Kazakhstan, has financed …") or a participle ("Uzbekistan, backed by …, signed"). It
 * opens with a word, not a mention or "and"/"or"/"but" (that would be a list or a new clause), may hold
 * mentions and lists of them, and reaches at most 14 words.
 */
const PARENTHETICAL = `,\\s+(?!(?:and|or|but|nor)\\b)[^\\s,;\\uE000-\\uEFFF][^\\s,;]*(?:\\s+(?:${MENTION_LIST}|[^\\s,;]+)){0,13}?,`;
/** An apposition whose head a relative clause continues ("CASA-1000, a transmission line that will carry …"): the verb is the subject's. */
const APPOSITIVE_RELATIVE = `,\\s+(?:an?|the)\\s+(?:[^\\s,;\\uE000-\\uEFFF]+\\s+){0,3}?(?:that|which)\\b`;
/**
 * Between subject and verb: optionally a parenthetical, a non-restrictive relative ("Kyrgyzstan, which
 * joined …"; not "the states that border …", a subset) or an apposition with its relative, then auxiliaries and adverbs.
 */
const AUX = `(?:${PARENTHETICAL}|,\\s+(?:which|who)\\b|${APPOSITIVE_RELATIVE})?(?:\\s+(?:${AUX_WORDS.join('|')})\\b)*`;

/** Put before a subject slot: the mention (or its article) does not follow a preposition. */
const NOT_AFTER_PREPOSITION = '(?<!\\b(?:in|of|for|to|from|with|by|at|on|into|under|across|through|between)\\s+)';

export interface ExpandedPattern {
  /** Regular-expression source, slots as named groups A0, A1, B0, …; terms as T0, T1, … */
  source: string;
  /** Group names of the A and B slots. */
  slots: { A: string[]; B: string[] };
  /** Each {term:…}: its group name and what a mention's whole text must match to stand for it. */
  terms: Array<{ group: string; text: RegExp }>;
}

/** Turns a pattern's `match` into regex source; throws an Error saying what is wrong with the pattern language. */
export function expandPattern(match: string): ExpandedPattern {
  const slots: ExpandedPattern['slots'] = { A: [], B: [] };
  const terms: ExpandedPattern['terms'] = [];
  const source = match
    // A slot right before {aux} is the subject of a verb; a mention after a preposition is not ("In Tajikistan, the Rogun dam … received").
    .replace(/\{([AB])\}\{aux\}/g, `${NOT_AFTER_PREPOSITION}{$1}{aux}`)
    .replace(/'s\b/g, "['\u2019]s")
    .replace(/ +/g, '\\s+')
    .replace(/\{([^{}]*)\}/g, (whole, body: string) => {
      if (body === 'A' || body === 'B') {
        const name = `${body}${slots[body].length}`;
        slots[body].push(name);
        return `(?<${name}>${MENTION_LIST})`;
      }
      if (body === 'X') return `(?:${MENTION_LIST})`;
      if (body === 'aux') return AUX;
      const term = /^term:(.+)$/.exec(body);
      if (term) {
        const group = `T${terms.length}`;
        terms.push({ group, text: termText(term[1]!) });
        return `(?:${term[1]}|(?<${group}>${PLACEHOLDER}))`;
      }
      const gap = /^(gap|any)(?::(\d+))?$/.exec(body);
      if (gap) {
        const n = gap[2] === undefined ? DEFAULT_GAP : Number(gap[2]);
        const max = gap[1] === 'gap' ? MAX_GAP : MAX_ANY;
        if (n < 1 || n > max) throw new Error(`{${body}} must allow 1 to ${max} words`);
        // Punctuation glued to what precedes ("Kazakhstan, a key player") belongs to the gap too.
        const word = gap[1] === 'gap' ? PLAIN_WORD : ANY_WORD;
        return `${word.replace('+', '*')}(?:\\s+${word}){0,${n}}?`;
      }
      if (/^\d+(,\d*)?$/.test(body)) return whole; // a regex quantifier such as {0,3}
      throw new Error(`unknown macro {${body}}; use {A}, {B}, {X}, {gap}, {gap:N}, {any:N}, {term:…} or {aux}`);
    });
  if (slots.A.length === 0 || slots.B.length === 0) throw new Error('needs both mention slots {A} and {B}');
  return { source, slots, terms };
}

/** The whole-text test of a {term:…}: a mention stands for the term only when all of its text is the term. */
function termText(body: string): RegExp {
  try {
    return new RegExp(`^(?:${body})$`, 'i');
  } catch (e) {
    throw new Error(`{term:${body}} is not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

/** Compiles a pattern's `match`; throws an Error naming the problem (pattern language or regex syntax). */
export function compilePattern(match: string): { regex: RegExp; slots: ExpandedPattern['slots']; terms: ExpandedPattern['terms'] } {
  const { source, slots, terms } = expandPattern(match);
  try {
    return { regex: new RegExp(source, 'gid'), slots, terms };
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
          '{X} a mention that is neither end, {gap} / {gap:N} up to 8 / N words naming no entity, {any:N} up to N words that may name entities, ' +
          '{term:…} trigger words the text may also name as an entity, {aux} auxiliaries, modals, negations and adverbs; ' +
          'a space matches any whitespace, \'s also matches ’s.',
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
