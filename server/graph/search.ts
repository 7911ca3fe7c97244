import MiniSearch, { type SearchResult } from 'minisearch';
import { foldText } from '../model/ids.js';
import type { Entity } from '../model/records.js';
import type { AliasIndex } from './aliases.js';
import { NamePrefixTable, type PrefixMatch } from './search/name-prefix-table.js';
import { shortPrefix } from './search/name-words.js';

export interface SearchHit {
  id: string;
  score: number;
}

interface Doc {
  id: string;
  kind: string;
  label: string;
  aliases: string;
  description: string;
}

function toDoc(e: Entity): Doc {
  return { id: e.id, kind: e.kind, label: e.label, aliases: e.aliases.join(' | '), description: e.description ?? '' };
}

/** Documents added to MiniSearch per background step (a few ms each), so requests interleave with the build. */
const BUILD_CHUNK = 2000;

/** Score of a name-prefix match: its tier first (label start best), then shorter names; higher is better. */
const prefixScore = (m: PrefixMatch): number => 4 - m.tier + 1 / (1 + m.nameLength);

/**
 * Full-text search over labels, aliases and descriptions (MiniSearch: prefix and fuzzy matching, so
 * it serves autocomplete too). An exact name match (id, label or alias) always ranks first.
 *
 * A one-word query of up to three letters (what search-as-you-type sends first) is answered from the
 * names alone by a sorted prefix table: labels that start with it first, then aliases that do, then
 * names with a later word that does, shorter names first. MiniSearch would expand such a prefix into
 * thousands of terms on a large graph and score every document they hold. When fewer names match
 * than asked for, MiniSearch fills the rest below them (descriptions, as for any other query).
 *
 * MiniSearch is filled in the background after construction (seconds on a large graph, which a
 * load need not wait for): the first query that needs it before then finishes the fill first.
 */
export class SearchIndex {
  private readonly mini: MiniSearch<Doc>;
  private readonly names: NamePrefixTable;
  /** Entities not yet in MiniSearch, by id (null once all are in); writes keep it current. */
  private unindexed: Map<string, Entity> | null;

  constructor(entities: Iterable<Entity>, private readonly aliases: AliasIndex, private readonly isId: (id: string) => boolean = () => false) {
    const all = Array.from(entities);
    this.mini = new MiniSearch<Doc>({
      fields: ['label', 'aliases', 'description'],
      processTerm: (term) => foldText(term) || null,
      searchOptions: { boost: { label: 3, aliases: 2 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0) },
    });
    this.unindexed = new Map(all.map((e) => [e.id, e]));
    this.names = new NamePrefixTable(all);
    this.fillLater();
  }

  /** Whether MiniSearch holds every entity yet (full-text queries answer either way). */
  get ready(): boolean {
    return this.unindexed === null;
  }

  add(e: Entity): void {
    if (this.unindexed) this.unindexed.set(e.id, e);
    else this.mini.add(toDoc(e));
    this.names.add(e);
  }
  remove(id: string): void {
    this.unindexed?.delete(id);
    if (this.mini.has(id)) this.mini.discard(id);
    this.names.remove(id);
  }
  replace(e: Entity): void {
    this.remove(e.id);
    this.add(e);
  }

  search(text: string, opts: { kinds?: readonly string[] | null; first: number; kindOf: (id: string) => string | undefined }): SearchHit[] {
    const query = text.trim();
    if (query === '' || opts.first <= 0) return [];
    const kinds = opts.kinds && opts.kinds.length > 0 ? new Set(opts.kinds) : null;
    const keep = (id: string) => kinds === null || kinds.has(opts.kindOf(id) ?? '');
    const prefix = shortPrefix(query);
    const named = prefix === null ? [] : this.names.top(prefix, opts.first + 1, keep);
    const exact = this.aliases.resolve(query, this.isId);
    const hits: SearchHit[] = exact !== undefined && keep(exact) ? [{ id: exact, score: 0 }] : [];
    const add = (id: string, score: number) => {
      if (hits.length < opts.first && id !== exact) hits.push({ id, score });
    };
    // Fewer names than asked for (or not a short prefix): the full-text search fills the rest, below them.
    const fromNames = new Set([...hits.map((h) => h.id), ...named.map((m) => m.id)]).size;
    const full = fromNames < opts.first ? this.fullText(query, kinds ? (r) => keep(r.id) : undefined) : [];
    const base = full[0]?.score ?? 0;
    for (const m of named) add(m.id, base + prefixScore(m));
    const seen = new Set(named.map((m) => m.id));
    for (const r of full) {
      if (hits.length >= opts.first) break;
      if (!seen.has(r.id)) add(r.id, r.score);
    }
    if (exact !== undefined && hits[0]?.id === exact) hits[0]!.score = (named.length > 0 ? base + prefixScore(named[0]!) : (full[0]?.score ?? 1)) + 1;
    return hits;
  }

  /** MiniSearch: every word must match (prefix, fuzzy), or failing that any word. */
  private fullText(query: string, filter: ((r: SearchResult) => boolean) | undefined): SearchResult[] {
    this.fill(Number.POSITIVE_INFINITY);
    const results = this.mini.search(query, { combineWith: 'AND', filter });
    return results.length > 0 ? results : this.mini.search(query, { combineWith: 'OR', filter });
  }

  /** Adds up to `count` unindexed entities to MiniSearch. */
  private fill(count: number): void {
    if (!this.unindexed) return;
    for (const [id, e] of this.unindexed) {
      if (count-- <= 0) return;
      this.unindexed.delete(id);
      this.mini.add(toDoc(e));
    }
    this.unindexed = null;
  }

  /** One chunk per timer turn until all are in; unref'd, so a process that is done does not wait for it. */
  private fillLater(): void {
    const step = () => {
      this.fill(BUILD_CHUNK);
      if (this.unindexed) setTimeout(step, 0).unref();
    };
    if (this.unindexed && this.unindexed.size > 0) setTimeout(step, 0).unref();
    else this.unindexed = null;
  }
}
