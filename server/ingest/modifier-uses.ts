import type { NameMatch, NameTarget } from './matcher.js';
import type { Token } from './tokens.js';

/** Kinds named by common nouns ("trade", "oil"), matched in any case, so a word can be a modifier rather than a name. */
const COMMON_NOUN_KINDS = new Set(['Topic', 'Sector', 'Resource']);

/**
 * Nouns that a resource word describes rather than names: "the national oil company", "a gold miner",
 * "the gas ministry" are about an organisation or a person, not the commodity. "Gas reserves",
 * "copper output" or "oil exports" still name the resource and are kept.
 */
const ACTOR_NOUNS = new Set(
  'company companies firm firms giant giants major majors ministry ministries minister ministers miner miners worker workers union unions executive executives trader traders tycoon tycoons baron barons'.split(' '),
);

/** Tags of a word a preceding noun modifies ("trade routes", "the mining complex"); an adjective rarely follows the noun it qualifies. */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Tags of a word used as a verb ("they trade", "to transport goods"), which then names no topic. */
const VERBAL = new Set(['VERB', 'AUX']);

const isCommonNounName = (t: NameTarget) => t.caseRule === 'any' && COMMON_NOUN_KINDS.has(t.kind);

/** Index of the first token starting at or after `offset`. */
function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token after `offset`, when only whitespace lies between. */
function tokenAfter(tokens: Token[], offset: number, text: string): Token | undefined {
  const next = tokens[firstTokenFrom(tokens, offset)];
  return next && /^\s+$/u.test(text.slice(offset, next.start)) ? next : undefined;
}

/**
 * Drops one-word common-noun names used as verbs ("they trade with Kabul") or as modifiers of another noun, where they do not name the
 * topic: a topic or sector word before a noun or adjective ("trade routes", "security cooperation",
 * "mining complex"), and a resource word before an organisation or person ("oil company"). Multi-word names
 * ("renewable energy usage") are specific enough to stay. Uses wink's POS tags.
 */
export function dropModifierUses(text: string, matches: NameMatch[], tokens: Token[]): NameMatch[] {
  return matches.filter((m) => {
    if (!m.targets.every(isCommonNounName) || /\s/u.test(text.slice(m.start, m.end))) return true;
    if (VERBAL.has(tokens[firstTokenFrom(tokens, m.start)]?.pos ?? '')) return false;
    const next = tokenAfter(tokens, m.end, text);
    if (!next) return true;
    if (m.targets.some((t) => t.kind === 'Resource')) return !ACTOR_NOUNS.has(next.text.toLowerCase());
    return !MODIFIED.has(next.pos);
  });
}
