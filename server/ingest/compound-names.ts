import type { NameMatch } from './matcher.js';
import { kindOfHead, type ProperNoun } from './proper-nouns.js';

/**
 * Names the capitalised-run finder cannot see because their head word is lowercase: routes named by
 * the places they join ("the Kazakhstan-China oil pipeline", "the Baku-Tbilisi-Ceyhan pipeline",
 * "the Trans-Afghan railway"), features named by a word and a lowercase head ("the Panj river"), and
 * project codes ("CASA-1000"). Written by hand: wink's lite model has no named-entity recogniser and
 * these shapes are simple enough for regular expressions over the original text (offsets are exact).
 */

const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*`;
const PART = String.raw`${WORD}(?: ${WORD})*`;
const DASH = String.raw`[-\u2010\u2011\u2013]`;
/** Lowercase head words of routes and infrastructure, and the kind they give. */
const ROUTE_HEADS = 'pipeline|railway|railroad|highway|motorway|road|corridor|route|canal|rail link|power line|transmission line|pass|port|bridge|tunnel';
/** Lowercase head words of projects ("the Rogun dam", "Kambarata-1 hydropower plant", "the Central Asia-South Asia power project"). */
const PROJECT_HEADS = 'dam|reservoir|(?:hydropower |hydroelectric |power |thermal |solar |wind |nuclear )?(?:plant|station)|project';
/** Lowercase head words of geographic features. */
const FEATURE_HEADS = 'river|lake|mountains|range|valley|desert|basin|gorge|steppe';

/** Places joined by dashes, up to two lowercase words ("oil", "natural gas"), then a route head. */
const COMPOUND = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${PART}(?:${DASH}${PART})+)(?: [\p{Ll}][\p{Ll}-]*){0,2}? (?:${ROUTE_HEADS}|${PROJECT_HEADS})s?(?![\p{L}\p{N}])`, 'gu');
/** One unknown capitalised name directly followed by a lowercase feature, route or project head ("Panj river", "Torugart pass", "Rogun dam"). */
const HEADED = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${PART}) (?:${FEATURE_HEADS}|${ROUTE_HEADS}|${PROJECT_HEADS})(?![\p{L}\p{N}])`, 'gu');
/**
 * A code: upper-case letters then digits, optionally hyphenated ("CASA-1000", "COP29", "G20"); a
 * capitalised word, a hyphen and digits ("Kambarata-1", "Rubezh-2024"); or upper-case letters and a
 * plus ("GSP+"). A project head right after it belongs to the name ("Kambarata-1 hydropower plant").
 */
const CODE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:\p{Lu}{2,}[-\u2011]?\d+|\p{Lu}\p{Ll}+[-\u2011]\d+|\p{Lu}{2,}\+(?!\d))(?![\p{L}\p{N}+]|[.,]\d)(?: (?:${PROJECT_HEADS})(?![\p{L}\p{N}]))?`, 'gu');

/** Capitalised words that open a sentence or a phrase without being part of the name ("The Panj river"). */
const LEADING = new Set('the a an this that these those its their our his her new old planned proposed long-discussed'.split(' '));

function trimLeading(text: string, start: number): { start: number; words: string } {
  let words = text;
  let at = start;
  for (;;) {
    const m = /^(\S+) /u.exec(words);
    if (!m || !LEADING.has(m[1]!.toLowerCase())) return { start: at, words };
    at += m[0].length;
    words = words.slice(m[0].length);
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Finds compound route names, headed feature names and project codes in `text`, with a kind from
 * their head word. Known names inside a compound ("China" in "Kazakhstan-China oil pipeline") are
 * part of it and returned in `replaced`; a compound a known name already covers whole is left alone.
 * A headed name ("Panj river") is taken only when no known name lies in it.
 */
export function findCompoundNames(text: string, known: NameMatch[]): { names: ProperNoun[]; replaced: Set<NameMatch> } {
  const names: ProperNoun[] = [];
  const replaced = new Set<NameMatch>();
  const add = (start: number, end: number, kind: string | undefined) => {
    const span = { start, end };
    if (names.some((n) => overlaps(n, span))) return;
    if (known.some((m) => m.start <= start && m.end >= end)) return;
    names.push({ start, end, text: text.slice(start, end), kind: kind ?? 'Topic', kindFromHead: kind !== undefined });
    for (const m of known) if (overlaps(m, span)) replaced.add(m);
  };
  const headKind = (end: number) => {
    const word = /\p{L}+$/u.exec(text.slice(0, end))![0];
    return kindOfHead(word) ?? kindOfHead(word.replace(/s$/u, ''));
  };
  for (const m of text.matchAll(COMPOUND)) {
    const { start } = trimLeading(m[0], m.index);
    add(start, m.index + m[0].length, headKind(m.index + m[0].length));
  }
  for (const m of text.matchAll(HEADED)) {
    const { start, words } = trimLeading(m[1]!, m.index);
    const end = m.index + m[0].length;
    if (words === '' || /\p{Lu}/u.test(words) === false) continue;
    if (known.some((k) => overlaps(k, { start, end }))) continue;
    add(start, end, headKind(end));
  }
  for (const m of text.matchAll(CODE)) {
    const end = m.index + m[0].length;
    // The words after a code, or its apposition ("CASA-1000, a transmission line"), may name its kind.
    const following = /^(?:,? (?:an?|the))?((?: \p{Ll}+){1,3})/u.exec(text.slice(end))?.[1]!.trim().split(' ') ?? [];
    add(m.index, end, / \p{Ll}+$/u.test(m[0]) ? headKind(end) : following.map(kindOfHead).find((k) => k !== undefined));
  }
  return { names: names.sort((a, b) => a.start - b.start), replaced };
}
