/**
 * Hedges and negation of a matched statement, from cue words (NegEx-style trigger lists: a cue
 * scoped to the part of the sentence that can govern the match). Written by hand: wink-nlp has no
 * negation or modality detection.
 */

/** Cues that deny the statement; searched in the matched span (first mention to last, trigger included). "Not only", "not just" add, they do not deny. */
const NEGATION = /\bnot\b(?!\s+(?:just|only|merely|simply|least)\b)|\b(?:no longer|never|neither|nor|refused|refuses|declined|rejected|rejects|denied|denies|failed to|has yet to|have yet to)\b|\b\w+n['’]t\b|\bcannot\b/i;
/** Aims, plans and the future; searched from the sentence start to the end of the match. */
const PLANNED =
  /\b(?:aims?|aimed|aiming|plans?|planned|planning|intends?|intended|intention|could|would|will|might|seeks?|seeking|sought to|hopes?|hoping|expected to|set to|is to|are to|proposed|proposes?|proposal|envisag\w*|prospective|potential|pledged to|pledges? to|promised to|vowed to|wants? to|ready to|considering|under discussion|negotiating|talks on)\b/i;
/** Reported speech and attribution; searched in the whole sentence. */
const REPORTED = /\b(?:according to|reportedly|is said to|are said to|was said to|were said to|allegedly|claimed|claims|said|says|told|reports? (?:said|say|suggest)|sources? (?:said|say))\b/i;
/** Loose quantities; searched in the matched span. */
const APPROXIMATE = /\b(?:about|around|nearly|roughly|approximately|almost|an estimated|some|close to|up to)\s+(?:[$€£]\s?)?\d|\b(?:roughly|approximately|an estimated|a significant (?:portion|share|part)|a large (?:portion|share|part))\b/i;

export type Hedge = 'planned' | 'reported' | 'approximate';

/**
 * The hedge of a statement matched at [start, end) of a sentence, or undefined. When several apply,
 * the strongest wins: planned (not done yet) over reported (not confirmed) over approximate.
 */
export function hedgeOf(sentence: string, start: number, end: number, approximateTime = false): Hedge | undefined {
  if (PLANNED.test(sentence.slice(0, end))) return 'planned';
  if (REPORTED.test(sentence)) return 'reported';
  if (approximateTime || APPROXIMATE.test(sentence.slice(start, end))) return 'approximate';
  return undefined;
}

/** The negation cue in the matched span, if the statement is denied ("did not sign", "no longer a member"). */
export function negationIn(sentence: string, start: number, end: number): string | undefined {
  return NEGATION.exec(sentence.slice(start, end))?.[0];
}
