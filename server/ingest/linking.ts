import { token_sort_ratio } from 'fuzzball';
import type { Entity } from '../model/records.js';
import type { GazetteerEntry } from './gazetteer/index.js';
import { foldName } from './normalize.js';
import type { LinkChoice } from './types.js';

/** Linking confidence by how a mention was tied to its entity. */
export const LABEL_CONFIDENCE = 1;
export const ALIAS_CONFIDENCE = 0.95;
export const GAZETTEER_CONFIDENCE = 0.95;
export const ISO_CONFIDENCE = 0.9;
export const FUZZY_CONFIDENCE = 0.85;

/** The linking rule (after Wikidata's reconciliation service): link a name automatically only when
 * the best candidate scores at least this (token-sort ratio, 0..100)… */
export const AUTO_LINK_SCORE = 95;
/** …and leads the runner-up by at least this. */
export const AUTO_LINK_LEAD = 10;
/** Below this, a candidate is not a plausible reading of the name: the name is new, not ambiguous. */
export const PLAUSIBLE_SCORE = 80;
/** How many choices an ambiguous mention offers. */
export const CHOICES = 3;

/** The graph's entities by Wikidata id, ISO code (alpha-2 or alpha-3) and folded label or alias. */
export interface GraphKeys {
  wikidata(qid: string): string | undefined;
  iso(code: string): string | undefined;
  named(folded: string): ReadonlySet<string> | undefined;
}

/**
 * The graph entity a gazetteer entry is: the one with its Wikidata id, else its ISO code, else the
 * only one whose label or alias is one of its names (`foldedNames`, the entry's names folded).
 * Undefined when the graph does not hold it.
 */
export function graphEntityFor(entry: GazetteerEntry, foldedNames: readonly string[], graph: GraphKeys): string | undefined {
  const byWikidata = entry.wikidata ? graph.wikidata(entry.wikidata) : undefined;
  if (byWikidata !== undefined) return byWikidata;
  for (const code of [entry.iso3, entry.iso2]) {
    const byCode = code ? graph.iso(code) : undefined;
    if (byCode !== undefined) return byCode;
  }
  const named = new Set<string>();
  for (const name of foldedNames) for (const id of graph.named(name) ?? []) named.add(id);
  return named.size === 1 ? [...named][0] : undefined;
}

/** Words too common in names to suggest a candidate on their own. */
const COMMON = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', '-', '&']);

/**
 * Graph entity names indexed by word, for fuzzy candidates (comparing with every name would not
 * scale). Entities can be added and removed as the graph changes; candidates do not depend on the
 * order they came in.
 */
export class FuzzyIndex {
  private readonly byWord = new Map<string, Array<{ id: string; label: string; folded: string }>>();
  /** Entity id -> the words it is indexed under. */
  private readonly wordsOf = new Map<string, string[]>();

  constructor(entities: Iterable<Entity>) {
    for (const e of entities) this.add(e);
  }

  /** Indexes an entity's label and aliases, replacing what was indexed for its id before. */
  add(e: Entity): void {
    this.remove(e.id);
    const words = new Set<string>();
    for (const name of new Set([e.label, ...e.aliases])) {
      const folded = foldName(name);
      for (const word of new Set(folded.split(' '))) {
        if (COMMON.has(word) || word.length < 2) continue;
        let list = this.byWord.get(word);
        if (!list) this.byWord.set(word, (list = []));
        list.push({ id: e.id, label: e.label, folded });
        words.add(word);
      }
    }
    this.wordsOf.set(e.id, [...words]);
  }

  /** Drops an entity from the index (nothing when it is not there). */
  remove(id: string): void {
    for (const word of this.wordsOf.get(id) ?? []) {
      const rest = this.byWord.get(word)!.filter((c) => c.id !== id);
      if (rest.length > 0) this.byWord.set(word, rest);
      else this.byWord.delete(word);
    }
    this.wordsOf.delete(id);
  }

  /** Graph entities sharing a word with `name`, best token-sort ratio first (one score per entity). */
  candidates(name: string): LinkChoice[] {
    const folded = foldName(name);
    const best = new Map<string, LinkChoice>();
    for (const word of new Set(folded.split(' '))) {
      for (const c of this.byWord.get(word) ?? []) {
        const score = token_sort_ratio(folded, c.folded);
        const had = best.get(c.id);
        if (!had || score > had.score) best.set(c.id, { id: c.id, label: c.label, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }
}

/** The outcome of fuzzy linking: one entity, an ambiguous choice, or nothing plausible (a new name). */
export type FuzzyLink = { entity: string; score: number } | { choices: LinkChoice[] } | null;

/** Applies the linking rule to a name no exact pattern matched. */
export function fuzzyLink(name: string, index: FuzzyIndex): FuzzyLink {
  const ranked = index.candidates(name);
  const top = ranked[0];
  if (!top || top.score < PLAUSIBLE_SCORE) return null;
  const runnerUp = ranked[1]?.score ?? 0;
  if (top.score >= AUTO_LINK_SCORE && top.score - runnerUp >= AUTO_LINK_LEAD) return { entity: top.id, score: top.score };
  return { choices: ranked.slice(0, CHOICES) };
}
