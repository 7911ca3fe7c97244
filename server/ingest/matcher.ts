import type { Entity } from '../model/records.js';
import type { Gazetteer } from './gazetteer/index.js';
import { gazetteerNames } from './gazetteer-names.js';
import { FuzzyIndex } from './linking.js';
import { NameTable } from './name-table.js';
import type { NameTarget } from './name-target.js';
import { foldName, foldWithOffsets, originalSpan } from './normalize.js';
import { SplitAutomaton } from './split-automaton.js';
import type { LinkMethod } from './types.js';

export type { NameTarget } from './name-target.js';

/** The graph's entities, as the mention finder sees them. */
export interface EntityDirectory {
  entities: Iterable<Entity>;
}

/** A name found in a text: its original offsets and the strongest targets it can mean (several = ambiguous). */
export interface NameMatch {
  start: number;
  end: number;
  targets: NameTarget[];
}

/** Lower is stronger: a graph label beats an alias beats a gazetteer name beats a code beats a metonym. */
const RANK: Record<LinkMethod, number> = { label: 0, alias: 1, gazetteer: 2, iso: 3, demonym: 4, capital: 4, metonym: 4, acronym: 4, coreference: 5, fuzzy: 5, 'proper-noun': 6 };

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

/**
 * The dictionary of every name the graph and the gazetteer know, matched with Aho–Corasick. Built
 * once for a graph and then kept up to date with update() as entities are added, renamed and
 * removed — a small delta automaton beside the base one, rebuilt in full only now and then — and
 * `find` gives exactly what a matcher built afresh for the changed graph would.
 */
export class NameMatcher {
  readonly fuzzy: FuzzyIndex;
  readonly gazetteer: Gazetteer;
  private readonly table: NameTable;
  private readonly automaton: SplitAutomaton;

  constructor(directory: EntityDirectory) {
    const names = gazetteerNames();
    this.gazetteer = names.gazetteer;
    this.table = new NameTable(names);
    const entities = [...directory.entities];
    for (const e of entities) this.table.put(e);
    this.table.relink();
    this.automaton = new SplitAutomaton(this.allPatterns(), entities.length);
    this.fuzzy = new FuzzyIndex(entities);
  }

  /** Ids of the graph entities the dictionary holds (read only: update() keeps it). */
  get graphIds(): Set<string> {
    return this.table.graphIds;
  }
  /** Graph entity id -> its kind. */
  get kinds(): ReadonlyMap<string, string> {
    return this.table.kinds;
  }
  /** Gazetteer key -> the graph entity it is, when the graph holds it. */
  get gazetteerLinks(): ReadonlyMap<string, string | undefined> {
    return this.table.gazetteerLinks;
  }

  /**
   * Brings the dictionary up to date with the graph: `put` holds entities added or changed (by id),
   * `removed` the ids of entities deleted. A gazetteer entry whose Wikidata id, ISO code or name a
   * new entity has is from then on that entity, as in a matcher built afresh.
   */
  update(put: readonly Entity[], removed: readonly string[]): void {
    for (const id of removed) {
      this.table.remove(id);
      this.fuzzy.remove(id);
    }
    const patterns: string[] = [];
    for (const e of put) {
      patterns.push(...this.table.put(e));
      this.fuzzy.add(e);
    }
    this.table.relink();
    if (!this.automaton.extend(patterns, put.length + removed.length)) this.automaton.rebuild(this.allPatterns(), this.table.graphIds.size);
  }

  /** Every name pattern and every blocking phrase. */
  private *allPatterns(): Iterable<string> {
    yield* this.table.patterns();
    yield* this.table.names.blockers;
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
    for (const hit of this.automaton.hits(f.folded)) {
      if (hit.start > 0 && WORD_CHAR.test(f.folded[hit.start - 1]!)) continue;
      if (hit.end < f.folded.length && WORD_CHAR.test(f.folded[hit.end]!)) continue;
      const targets = this.table.targets(hit.pattern);
      const blocks = targets.length === 0 && this.table.names.blockers.has(hit.pattern);
      if (targets.length === 0 && !blocks) continue; // a name the graph no longer has
      const { start, end } = originalSpan(f, hit.start, hit.end);
      const written = text.slice(start, end);
      const inHyphenated = hyphenJoined(f.folded, hit.start - 1, -1) || hyphenJoined(f.folded, hit.end, 1);
      const passing = targets.filter((t) => passesCase(t.caseRule, t.form, written) && !(t.caseRule === 'any' && inHyphenated));
      if (passing.length === 0 && !blocks) continue;
      const best = Math.min(...passing.map((t) => RANK[t.how]));
      const strongest = passing.filter((t) => RANK[t.how] === best);
      const distinct = new Map(strongest.map((t) => [t.entity ?? `gazetteer:${t.gazetteer}`, t]));
      found.push({ start, end, targets: [...distinct.values()], fs: hit.start, fe: hit.end, blocks });
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
    const linked = this.table.gazetteerLinks.get(key);
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
 * The name matcher for a collection of entities, built once per collection object (the automaton
 * takes a moment to compile): pass the same `directory.entities` object while it is unchanged, or
 * keep the returned matcher and hand it to findMentions. For a live graph, matcherForGraph
 * (graph-matcher.ts) keeps one matcher up to date instead.
 */
export function buildMatcher(directory: EntityDirectory): NameMatcher {
  const key = directory.entities as object;
  let matcher = cache.get(key);
  if (!matcher) cache.set(key, (matcher = new NameMatcher(directory)));
  return matcher;
}
