/**
 * The abbreviation guard: when a period after an abbreviation does not end a sentence.
 * wink already keeps "Dr.", "U.S.", "e.g.", "Jan." and most initials inside a sentence; it splits
 * after words it does not know ("Pres.", "bn."), which this guard repairs.
 */

/** Abbreviations (lower case, without the final period) that are never the last word of a sentence. */
const NEVER_FINAL = new Set([
  // titles before a name
  'mr', 'mrs', 'ms', 'dr', 'prof', 'pres', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov',
  'sen', 'rep', 'amb', 'hon', 'rev', 'fr', 'sr', 'st', 'mt', 'messrs', 'mme', 'mlle', 'dep', 'sec', 'min',
  // before a number or a reference
  'no', 'nos', 'vol', 'art', 'fig', 'para', 'sect', 'ch', 'p', 'pp', 'cf', 'vs', 'approx', 'ca', 'est', 'ref',
  // Latin abbreviations mid-sentence
  'e.g', 'i.e', 'viz', 'al',
  // months (before a day or a year)
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A single capital letter: an initial, as in "A. E. Russell". */
const INITIAL = /^\p{Lu}$/u;
const STARTS_LOWER = /^[\p{Ll}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * True when a sentence break between `lastWord` (the last word before the period, without it) and
 * `nextWord` (the first word of the next sentence) is wrong and the two sentences belong together:
 * a title or other never-final abbreviation, an initial before a capitalised name, or any
 * abbreviation followed by a lower-case word or a number ("$1.2 bn. in total").
 */
export function continuesAfterPeriod(lastWord: string, nextWord: string): boolean {
  const word = lastWord.replace(/\.$/, '');
  if (NEVER_FINAL.has(word.toLowerCase())) return true;
  if (INITIAL.test(word) && STARTS_UPPER.test(nextWord)) return true;
  return STARTS_LOWER.test(nextWord);
}
