import type { Mention } from './types.js';

/** An acronym the text defines right after a name: "Border Management Programme in Central Asia (BOMCA)". */
export interface AcronymDefinition {
  acronym: string;
  /** The mention of the long form it abbreviates. */
  longForm: MentionSpan;
}

/** A mention before it is placed in its sentence. */
export type MentionSpan = Omit<Mention, 'sentence'>;

/** An acronym in brackets: a capital, then capitals, digits or a few lower-case letters, with at least two capitals ("(CSTO)", "(IsDB)"). */
const DEFINED = /^\s?\(\s*(\p{Lu}(?=[\p{L}\p{N}&+-]*\p{Lu})[\p{L}\p{N}&+-]{1,9})\s*\)/u;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Whether `acronym` can abbreviate `longForm` (the Schwartz–Hearst test, 2003): its letters and
 * digits appear in order in the long form, read from the end, and its first letter opens a word.
 * Written by hand: no maintained npm package implements it.
 */
export function abbreviates(acronym: string, longForm: string): boolean {
  const short = acronym.toLowerCase();
  const long = longForm.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!;
    if (!ALNUM.test(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && ALNUM.test(long[l - 1]!)))) l--;
    if (l < 0) return false;
    l--;
  }
  return true;
}

/**
 * Acronyms defined in parentheses right after a linked mention whose words they abbreviate, and that
 * no mention covers yet. Known acronyms ("(CSTO)" after the Collective Security Treaty Organization)
 * are already mentions and are not returned.
 */
export function findAcronymDefinitions(text: string, mentions: MentionSpan[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of mentions) {
    if (m.entity === undefined) continue;
    const found = DEFINED.exec(text.slice(m.end, m.end + 16));
    if (!found || !abbreviates(found[1]!, m.text) || out.some((d) => d.acronym === found[1])) continue;
    const at = m.end + found[0].indexOf(found[1]!);
    if (mentions.some((o) => o.start < at + found[1]!.length && at < o.end)) continue;
    out.push({ acronym: found[1]!, longForm: m });
  }
  return out;
}

/** Every whole-word, same-case occurrence of `acronym` in `text`, as [start, end) offsets. */
export function acronymOccurrences(text: string, acronym: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    const end = at + acronym.length;
    if (at > 0 && ALNUM.test(text[at - 1]!)) continue;
    if (end < text.length && ALNUM.test(text[end]!)) continue;
    out.push({ start: at, end });
  }
  return out;
}
