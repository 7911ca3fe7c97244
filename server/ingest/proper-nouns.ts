import type { NameMatch } from './matcher.js';
import type { Token } from './tokens.js';

/** A capitalised multi-word name that no known name covers, with the kind its head word suggests. */
export interface ProperNoun {
  start: number;
  end: number;
  text: string;
  kind: string;
  /** True when the kind comes from a head word (Bank, Summit, Treaty…), false for the Topic fallback. */
  kindFromHead: boolean;
}

/** Head words and the entity kind they suggest ("Bank of China" -> its head "Bank"). */
const HEAD_KINDS = new Map<string, string>([
  ...['bank', 'fund', 'organization', 'organisation', 'council', 'union', 'commission', 'parliament', 'community', 'agency', 'association', 'alliance', 'committee', 'secretariat', 'consortium'].map((w) => [w, 'SupranationalOrganization'] as const),
  ...['summit', 'forum', 'conference', 'meeting', 'congress', 'dialogue', 'ministerial', 'exercise', 'exercises', 'drill', 'drills'].map((w) => [w, 'Event'] as const),
  ...['agreement', 'declaration', 'treaty', 'memorandum', 'accord', 'charter', 'convention', 'pact', 'protocol', 'roadmap'].map((w) => [w, 'Agreement'] as const),
  ...['corridor', 'route', 'railway', 'railroad', 'pipeline', 'highway', 'motorway', 'road', 'port', 'link', 'line', 'pass', 'bridge', 'tunnel'].map((w) => [w, 'TransportCorridor'] as const),
  ...['initiative', 'programme', 'program', 'strategy', 'plan', 'project', 'partnership', 'system', 'grid', 'dam', 'reservoir', 'plant', 'station'].map((w) => [w, 'Initiative'] as const),
  ...['sea', 'lake', 'river', 'mountains', 'range', 'valley', 'desert', 'basin', 'gorge', 'canal', 'gulf', 'strait', 'plateau', 'steppe'].map((w) => [w, 'GeographicFeature'] as const),
]);

/** The entity kind a head word suggests ("pipeline" -> TransportCorridor), undefined for other words. */
export function kindOfHead(word: string): string | undefined {
  return HEAD_KINDS.get(word.toLowerCase());
}
const FALLBACK_KIND = 'Topic';

/** Words that join the parts of a name ("Bank of China", "Organization for Security and Co-operation"). */
const JOINERS = new Set(['of', 'for', '&', 'de']);
/** Joiners allowed only inside an of/for phrase ("Council of the European Union", "Bank for Reconstruction and
 * Development"); "and the" always ends a name, so "Bank of China and the OSCE" stays two names. */
const JOINERS_AFTER_OF = new Set(['and', 'the']);
/** Joiners allowed only once the name has its head word ("Conference on Interaction … in Asia"). */
const JOINERS_AFTER_HEAD = new Set(['on', 'in']);
/** A capitalised word before a name that marks a person ("President Tokayev"): the run is skipped. */
const TITLES = new Set(['president', 'pres', 'prime', 'minister', 'chancellor', 'king', 'queen', 'commissioner', 'secretary', 'ambassador', 'gen', 'general', 'senator', 'sen', 'mr', 'mrs', 'ms', 'dr', 'prof', 'chairman', 'chairwoman', 'chair', 'director', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy', 'premier', 'deputy', 'vice', 'sheikh', 'emir', 'governor', 'mayor', 'ceo']);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const CAPITALISED = /^\p{Lu}/u;
const bare = (t: Token) => t.text.replace(/\.$/, '').toLowerCase();

/** A word that can be part of a name: capitalised, tagged a proper noun (or a noun or adjective not opening the sentence), not a month or weekday. */
function nameWord(t: Token, sentenceStart: boolean): boolean {
  if (!CAPITALISED.test(t.text) || CALENDAR.has(bare(t))) return false;
  return t.pos === 'PROPN' || (!sentenceStart && (t.pos === 'NOUN' || t.pos === 'ADJ'));
}

/** The word that names what a run is: the word before its first "of"/"for" (or "in"/"on" after a head word,
 * "Programme in Central Asia"), else its last word. */
function headOf(words: Token[]): string {
  const joinsHere = (t: Token, i: number) => t.text === 'of' || t.text === 'for' || ((t.text === 'in' || t.text === 'on') && HEAD_KINDS.has(bare(words[i - 1]!)));
  const joiner = words.findIndex((t, i) => i > 0 && joinsHere(t, i));
  return bare(words[joiner > 0 ? joiner - 1 : words.length - 1]!);
}

/** Maximal runs of name words, joined by joiners, in one line of one sentence. */
function runs(tokens: Token[], sentenceStarts: Set<number>): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  let pending: Token[] = [];
  let hasHead = false;
  let hasOf = false;
  const close = () => {
    if (run.length > 0) out.push(run);
    run = [];
    pending = [];
    hasHead = false;
    hasOf = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'SPACE') {
      close();
      continue;
    }
    // A capitalised word opening a sentence is a name word only when a name word follows it directly:
    // "Officials of the …" is not a name, "Bank of China" opening a sentence is lost (precision first).
    const opening = sentenceStarts.has(t.start);
    const next = tokens[i + 1];
    // Inside an of/for phrase a capitalised verb form is part of the name ("Fund for Saving the Aral Sea").
    const verbInName = hasOf && pending.length > 0 && !opening && t.pos === 'VERB' && CAPITALISED.test(t.text);
    if (verbInName || (nameWord(t, opening) && (!opening || (next !== undefined && next.start > t.end && nameWord(next, false))))) {
      run.push(...pending, t);
      pending = [];
      hasHead ||= HEAD_KINDS.has(bare(t));
      continue;
    }
    const word = t.text.toLowerCase();
    const andThe = word === 'and' && tokens[i + 1]?.text.toLowerCase() === 'the';
    const joins =
      JOINERS.has(word) ||
      (hasOf && JOINERS_AFTER_OF.has(word) && !andThe) ||
      (hasHead && JOINERS_AFTER_HEAD.has(word)) ||
      (t.text === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end);
    if (run.length > 0 && joins && pending.length < 2) {
      pending.push(t);
      hasOf ||= word === 'of' || word === 'for';
    } else close();
  }
  close();
  return out;
}

/**
 * Capitalised multi-word names that no known name covers ("Bank of China", "Organization for
 * Security and Co-operation in Europe"), from wink's PROPN tags, with a kind guessed from the head
 * word. Runs after a title ("President …") are taken for persons and skipped; telling a person by a
 * first name alone is out of scope. A run holding a known name becomes one name when its head word
 * is outside the known name ("Bank of China"): the returned `covered` lists the known names it
 * replaces. Otherwise only the parts of the run between known names count.
 */
export function findProperNouns(text: string, tokens: Token[], sentenceStarts: Set<number>, known: NameMatch[]): { names: ProperNoun[]; covered: Set<NameMatch> } {
  const names: ProperNoun[] = [];
  const covered = new Set<NameMatch>();
  const knownAt = (t: Token) => known.find((m) => m.start < t.end && t.start < m.end);
  const emit = (words: Token[], replaces: NameMatch[]) => {
    while (words.length > 0 && !CAPITALISED.test(words[words.length - 1]!.text)) words.pop();
    const count = words.filter((t) => CAPITALISED.test(t.text)).length;
    if (count < 2) return;
    const head = headOf(words);
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    names.push({ start, end, text: text.slice(start, end), kind: HEAD_KINDS.get(head) ?? FALLBACK_KIND, kindFromHead: HEAD_KINDS.has(head) });
    for (const m of replaces) covered.add(m);
  };
  for (const run of runs(tokens, sentenceStarts)) {
    const before = tokens[tokens.indexOf(run[0]!) - 1];
    const personTitle = TITLES.has(bare(run[0]!)) || (before !== undefined && TITLES.has(bare(before)));
    const head = headOf(run);
    if (personTitle && !HEAD_KINDS.has(head)) continue;
    const inside = [...new Set(run.map(knownAt).filter((m): m is NameMatch => m !== undefined))];
    if (inside.length === 0) {
      emit([...run], []);
      continue;
    }
    const headToken = run.find((t) => bare(t) === head)!;
    const spansAll = inside.every((m) => m.start >= run[0]!.start && m.end <= run[run.length - 1]!.end);
    if (HEAD_KINDS.has(head) && !knownAt(headToken) && spansAll) {
      emit([...run], inside);
      continue;
    }
    let part: Token[] = [];
    for (const t of run) {
      if (knownAt(t)) {
        emit(part, []);
        part = [];
      } else if (part.length > 0 || CAPITALISED.test(t.text)) part.push(t);
    }
    emit(part, []);
  }
  return { names, covered };
}
