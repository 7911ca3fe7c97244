import AhoCorasick from 'modern-ahocorasick';
import type { Entity } from '../model/records.js';
import { loadGazetteer, type Gazetteer } from './gazetteer/index.js';
import { ALIAS_CONFIDENCE, FuzzyIndex, GAZETTEER_CONFIDENCE, graphEntityFor, ISO_CONFIDENCE, LABEL_CONFIDENCE } from './linking.js';
import { foldName, foldWithOffsets, originalSpan } from './normalize.js';
import type { LinkMethod } from './types.js';

/** The graph's entities, as the mention finder sees them. */
export interface EntityDirectory {
  entities: Iterable<Entity>;
}

/** What a name in the dictionary stands for. */
export interface NameTarget {
  /** The graph entity it names; absent for a gazetteer entry the graph does not hold. */
  entity?: string;
  /** The gazetteer entry it names, when it comes from the gazetteer. */
  gazetteer?: string;
  how: LinkMethod;
  confidence: number;
  /** How the name must be written in the text: exactly (acronyms, codes), capitalised (proper names), or any case. */
  caseRule: 'exact' | 'capitalised' | 'any';
  /** The name as the data writes it. */
  form: string;
  /** The kind of entity it names. */
  kind: string;
}

/** A name found in a text: its original offsets and the strongest targets it can mean (several = ambiguous). */
export interface NameMatch {
  start: number;
  end: number;
  targets: NameTarget[];
}

/** Lower is stronger: a graph label beats an alias beats a gazetteer name beats a code beats a metonym. */
const RANK: Record<LinkMethod, number> = { label: 0, alias: 1, gazetteer: 2, iso: 3, demonym: 4, capital: 4, metonym: 4, acronym: 4, coreference: 5, fuzzy: 5, 'proper-noun': 6 };

/** Kinds whose names are proper nouns: written capitalised, so "turkey" the bird is not Türkiye. */
const PROPER_KINDS = new Set(['Country', 'Region', 'SupranationalOrganization', 'GeographicFeature', 'Event', 'Agreement', 'Initiative', 'TransportCorridor']);

/** ISO alpha-2 codes that are also English words or common acronyms ("IN", "GE" for General Electric, "TM"). */
const ISO2_STOP = new Set('IN IS AS TO US IT AT BE NO ME MY AM AN OR SO DO GO HE BY ID IE AI AD PM TV CA AL MA PA DE LA OK CO MD MS ST SA NE GE TM'.split(' '));
/** ISO alpha-3 codes that are also English words or common abbreviations ("ARE", "CAN", "VAT"). */
const ISO3_STOP = new Set('AND ARE CAN PER TON MAR NOR FIN GUY BEN DOM GAB TUN COM MLI COG LIE GIN PAN VAT EST LUX SEN ALA IRL ARM'.split(' '));

function caseRuleOf(form: string, kind: string): NameTarget['caseRule'] {
  if (!/\p{Ll}/u.test(form) && /\p{Lu}/u.test(form)) return 'exact';
  return PROPER_KINDS.has(kind) && /^\p{Lu}/u.test(form) ? 'capitalised' : 'any';
}

function passesCase(rule: NameTarget['caseRule'], form: string, written: string): boolean {
  if (rule === 'any') return true;
  if (rule === 'capitalised') return /^\p{Lu}/u.test(written);
  return written.replace(/\s+/g, ' ') === form;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a hyphen at `at` joins a letter or digit on its other side ("non-oil", "oil-rich"). */
function hyphenJoined(folded: string, at: number, away: number): boolean {
  return folded[at] === '-' && WORD_CHAR.test(folded[at + away] ?? '');
}

/** What the automaton stores for a pattern: the names it may be, or a blocking phrase that means none of them. */
interface Pattern {
  targets: NameTarget[];
  blocks: boolean;
}

/** The dictionary of every name the graph and the gazetteer know, compiled once into an Aho–Corasick automaton. */
export class NameMatcher {
  readonly graphIds = new Set<string>();
  /** Graph entity id -> its kind. */
  readonly kinds = new Map<string, string>();
  /** Gazetteer key -> the graph entity it is, when the graph holds it. */
  readonly gazetteerLinks = new Map<string, string | undefined>();
  readonly fuzzy: FuzzyIndex;
  readonly gazetteer: Gazetteer;
  private readonly names = new Map<string, NameTarget[]>();
  private readonly automaton: AhoCorasick<Pattern>;

  constructor(directory: EntityDirectory) {
    const entities = [...directory.entities];
    this.gazetteer = loadGazetteer();
    const byWikidata = new Map<string, string>();
    const byIso = new Map<string, string>();
    const byName = new Map<string, string[]>();
    for (const e of entities) {
      this.graphIds.add(e.id);
      this.kinds.set(e.id, e.kind);
      if (e.wikidata) byWikidata.set(e.wikidata, e.id);
      for (const code of [e.iso2, e.iso3]) if (code) byIso.set(code, e.id);
      for (const name of new Set([e.label, ...e.aliases])) {
        const list = byName.get(foldName(name)) ?? [];
        byName.set(foldName(name), [...list, e.id]);
      }
      this.add(e.label, { entity: e.id, how: 'label', confidence: LABEL_CONFIDENCE }, e.kind);
      for (const alias of e.aliases) this.add(alias, { entity: e.id, how: 'alias', confidence: ALIAS_CONFIDENCE }, e.kind);
      if (e.iso3 && !ISO3_STOP.has(e.iso3)) this.add(e.iso3, { entity: e.id, how: 'iso', confidence: ISO_CONFIDENCE }, e.kind);
      if (e.iso2 && !ISO2_STOP.has(e.iso2)) this.add(e.iso2, { entity: e.id, how: 'iso', confidence: ISO_CONFIDENCE }, e.kind);
    }
    for (const entry of this.gazetteer.entries.values()) {
      const linked = graphEntityFor(entry, byWikidata, byIso, byName);
      this.gazetteerLinks.set(entry.key, linked);
      const target = linked ? { entity: linked, gazetteer: entry.key } : { gazetteer: entry.key };
      for (const name of entry.names) this.add(name, { ...target, how: 'gazetteer', confidence: GAZETTEER_CONFIDENCE }, entry.kind);
      if (entry.kind === 'Country' && entry.iso3 && !ISO3_STOP.has(entry.iso3)) this.add(entry.iso3, { ...target, how: 'iso', confidence: ISO_CONFIDENCE }, entry.kind);
    }
    for (const m of this.gazetteer.metonyms) {
      const target = this.targetOf(m.target);
      this.add(m.name, { ...target, how: m.how, confidence: m.confidence }, this.gazetteer.entries.get(m.target)!.kind);
    }
    const blockers = [...this.gazetteer.blockers.keys()].map(foldName).filter((p) => !this.names.has(p));
    this.automaton = new AhoCorasick([
      ...[...this.names].map(([pattern, targets]) => ({ pattern, data: { targets, blocks: false } })),
      ...blockers.map((pattern) => ({ pattern, data: { targets: [], blocks: true } })),
    ]);
    this.fuzzy = new FuzzyIndex(entities);
  }

  private add(form: string, target: Omit<NameTarget, 'caseRule' | 'form' | 'kind'>, kind: string): void {
    const pattern = foldName(form);
    if (pattern === '') return;
    const list = this.names.get(pattern) ?? [];
    const full: NameTarget = { ...target, caseRule: caseRuleOf(form, kind), form, kind };
    if (!list.some((t) => t.entity === full.entity && t.gazetteer === full.gazetteer && t.how === full.how && t.form === full.form)) list.push(full);
    this.names.set(pattern, list);
  }

  /**
   * Every known name in `text`: whole words only, matched on folded text (case and accents aside,
   * each name's case rule checked on the original), the longest match winning and overlapping
   * shorter ones dropped. A common-noun name (any case) is not matched inside a hyphenated word
   * ("non-oil"), nor inside a blocking phrase ("greenhouse gas"). Contextual metonyms are resolved
   * last ("Europe" is the EU when the text names the EU). Offsets are UTF-16 offsets into `text`.
   */
  find(text: string): NameMatch[] {
    const f = foldWithOffsets(text);
    const found: Array<NameMatch & { fs: number; fe: number; blocks: boolean }> = [];
    for (const hit of this.automaton.iterate(f.folded)) {
      if (hit.start > 0 && WORD_CHAR.test(f.folded[hit.start - 1]!)) continue;
      if (hit.end < f.folded.length && WORD_CHAR.test(f.folded[hit.end]!)) continue;
      const { start, end } = originalSpan(f, hit.start, hit.end);
      const written = text.slice(start, end);
      const inHyphenated = hyphenJoined(f.folded, hit.start - 1, -1) || hyphenJoined(f.folded, hit.end, 1);
      const passing = hit.data!.targets.filter((t) => passesCase(t.caseRule, t.form, written) && !(t.caseRule === 'any' && inHyphenated));
      if (passing.length === 0 && !hit.data!.blocks) continue;
      const best = Math.min(...passing.map((t) => RANK[t.how]));
      const strongest = passing.filter((t) => RANK[t.how] === best);
      const distinct = new Map(strongest.map((t) => [t.entity ?? `gazetteer:${t.gazetteer}`, t]));
      found.push({ start, end, targets: [...distinct.values()], fs: hit.start, fe: hit.end, blocks: hit.data!.blocks });
    }
    found.sort((a, b) => b.fe - b.fs - (a.fe - a.fs) || a.fs - b.fs);
    const taken = new Uint8Array(f.folded.length);
    const kept: NameMatch[] = [];
    for (const m of found) {
      if (taken.subarray(m.fs, m.fe).some((x) => x === 1)) continue;
      taken.fill(1, m.fs, m.fe);
      if (!m.blocks) kept.push({ start: m.start, end: m.end, targets: m.targets });
    }
    return this.resolveContextual(
      text,
      kept.sort((a, b) => a.start - b.start),
    );
  }

  /** The target a gazetteer entry is as a name: its graph entity when the graph holds it. */
  private targetOf(key: string): Pick<NameTarget, 'entity' | 'gazetteer'> {
    const linked = this.gazetteerLinks.get(key);
    return linked ? { entity: linked, gazetteer: key } : { gazetteer: key };
  }

  /** Re-targets contextual metonyms ("Europe") whose condition holds: the text names their `whenNamed` entry other than by a demonym. */
  private resolveContextual(text: string, matches: NameMatch[]): NameMatch[] {
    for (const c of this.gazetteer.contextual) {
      const { entity } = this.targetOf(c.whenNamed);
      const named = matches.some((m) => m.targets.some((t) => t.how !== 'demonym' && (t.gazetteer === c.whenNamed || (entity !== undefined && t.entity === entity))));
      if (!named) continue;
      const name = foldName(c.name);
      const kind = this.gazetteer.entries.get(c.target)!.kind;
      for (const m of matches) {
        if (foldName(text.slice(m.start, m.end)) !== name) continue;
        m.targets = [{ ...this.targetOf(c.target), how: 'metonym', confidence: c.confidence, caseRule: 'capitalised', form: c.name, kind }];
      }
    }
    return matches;
  }
}

const cache = new WeakMap<object, NameMatcher>();

/**
 * The name matcher for a graph's entities, built once per entities collection (the automaton takes
 * a moment to compile): pass the same `directory.entities` object while the graph is unchanged, or
 * keep the returned matcher and hand it to findMentions.
 */
export function buildMatcher(directory: EntityDirectory): NameMatcher {
  const key = directory.entities as object;
  let matcher = cache.get(key);
  if (!matcher) cache.set(key, (matcher = new NameMatcher(directory)));
  return matcher;
}
