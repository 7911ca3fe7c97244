import MiniSearch from 'minisearch';
import { AliasIndex } from '../../../server/graph/aliases.js';
import { SearchIndex } from '../../../server/graph/search.js';
import type { Entity } from '../../../server/model/records.js';
import { BaselineSearchIndex } from './baseline-index.js';
import type { IndexName } from './result.js';

/** One index under test: a query (first 10 hits) returning ids, best first. */
export type Searcher = (text: string) => string[];

interface Doc {
  id: string;
  label: string;
  aliases: string;
  description: string;
}

/**
 * The four indices the bench compares over the same entities: ours (SearchIndex), today's (the
 * SearchIndex before the name prefix table), and the anchor, MiniSearch with default options over
 * the same fields (exact words), also with `prefix: true` (what a plain prefix search costs).
 */
export function buildIndices(entities: Entity[], time: (name: string, build: () => void) => void): Record<IndexName, Searcher> {
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const opts = { first: 10, kindOf: (id: string) => kinds.get(id) };
  const isId = (id: string) => kinds.has(id);
  let ours!: SearchIndex;
  let today!: BaselineSearchIndex;
  let mini!: MiniSearch<Doc>;
  time('today', () => (today = new BaselineSearchIndex(entities, new AliasIndex(entities), isId)));
  time('ours', () => (ours = new SearchIndex(entities, new AliasIndex(entities), isId)));
  time('MiniSearch defaults', () => {
    mini = new MiniSearch<Doc>({ fields: ['label', 'aliases', 'description'] });
    mini.addAll(entities.map((e) => ({ id: e.id, label: e.label, aliases: e.aliases.join(' | '), description: e.description ?? '' })));
  });
  const ids = (hits: ReadonlyArray<{ id: unknown }>) => hits.slice(0, 10).map((h) => String(h.id));
  return {
    ours: (t) => ids(ours.search(t, opts)),
    today: (t) => ids(today.search(t, opts)),
    'MiniSearch defaults': (t) => ids(mini.search(t)),
    'MiniSearch defaults + prefix': (t) => ids(mini.search(t, { prefix: true })),
  };
}
