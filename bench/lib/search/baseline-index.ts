// The SearchIndex as it was before the short-prefix table (issue 10, row 6), kept unchanged as the
// bench's "today" and as the reference its agreement check compares the new index against.
import MiniSearch from 'minisearch';
import { foldText } from '../../../server/model/ids.js';
import type { Entity } from '../../../server/model/records.js';
import type { AliasIndex } from '../../../server/graph/aliases.js';

interface SearchHit {
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

/**
 * Full-text search over labels, aliases and descriptions (MiniSearch: prefix and fuzzy matching, so
 * it serves autocomplete too). An exact name match (id, label or alias) always ranks first.
 */
export class BaselineSearchIndex {
  private readonly mini: MiniSearch<Doc>;

  constructor(entities: Iterable<Entity>, private readonly aliases: AliasIndex, private readonly isId: (id: string) => boolean = () => false) {
    this.mini = new MiniSearch<Doc>({
      fields: ['label', 'aliases', 'description'],
      processTerm: (term) => foldText(term) || null,
      searchOptions: { boost: { label: 3, aliases: 2 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0) },
    });
    this.mini.addAll(Array.from(entities, toDoc));
  }

  add(e: Entity): void {
    this.mini.add(toDoc(e));
  }
  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
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
    const filter = kinds ? (r: { id: string }) => keep(r.id) : undefined;
    let results = this.mini.search(query, { combineWith: 'AND', filter });
    if (results.length === 0) results = this.mini.search(query, { combineWith: 'OR', filter });
    const hits: SearchHit[] = [];
    const exact = this.aliases.resolve(query, this.isId);
    const top = results[0]?.score ?? 1;
    if (exact !== undefined && keep(exact)) hits.push({ id: exact, score: top + 1 });
    for (const r of results) {
      if (hits.length >= opts.first) break;
      if (r.id !== exact) hits.push({ id: r.id as string, score: r.score });
    }
    return hits.slice(0, opts.first);
  }
}
