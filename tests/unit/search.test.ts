import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../server/store/store.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';

let store: Store;
beforeAll(async () => {
  store = await Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
});
afterAll(() => store.close());

const search = (text: string, kinds?: string[]) => store.kg.search.search(text, { first: 5, kinds, kindOf: (id) => store.kg.entity(id)?.kind }).map((h) => h.id);

describe('search and name lookup', () => {
  it('finds the TITR by its alias "Middle Corridor", first', () => {
    expect(search('Middle Corridor')[0]).toBe('titr');
  });

  it('completes prefixes and forgives typos', () => {
    expect(search('Kazakh')[0]).toBe('kazakhstan');
    expect(search('Kazakstan')[0]).toBe('kazakhstan');
    expect(search('critical min')[0]).toBe('critical-raw-materials');
  });

  it('filters by kind', () => {
    const hits = search('energy', ['Topic']);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((id) => store.kg.entity(id)!.kind === 'Topic')).toBe(true);
  });

  it('resolves ids, labels and aliases regardless of case and accents', () => {
    expect(store.kg.resolveEntity('EU')?.id).toBe('european-union');
    expect(store.kg.resolveEntity('european union')?.id).toBe('european-union');
    expect(store.kg.resolveEntity('TURKIYE')?.id).toBe('turkiye');
    expect(store.kg.resolveEntity('Türkiye')?.id).toBe('turkiye');
    expect(store.kg.resolveEntity('middle corridor')?.id).toBe('titr');
    expect(store.kg.resolveEntity('atlantis')).toBeUndefined();
  });
});
