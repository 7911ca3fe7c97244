import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../server/model/records.js';
import { AliasIndex } from '../../server/graph/aliases.js';
import { SearchIndex } from '../../server/graph/search.js';
import { Store } from '../../server/store/files/store.js';
import { copyOfGraphData, GRAPH_DATA } from '../helpers/data-dir.js';

let store: Store;
beforeAll(async () => {
  store = await Store.open({ dataDir: GRAPH_DATA, watch: false, log: () => {} });
});
afterAll(() => store.close());

const searchIn = (s: Store, text: string, kinds?: string[], first = 5) =>
  s.kg.search.search(text, { first, kinds, kindOf: (id) => s.kg.entity(id)?.kind }).map((h) => h.id);
const search = (text: string, kinds?: string[], first = 5) => searchIn(store, text, kinds, first);

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

describe('search as you type: the first letters', () => {
  it('ranks labels that start with the letters first, shorter labels before longer ones', () => {
    expect(search('K').slice(0, 2)).toEqual(['kazakhstan', 'kyrgyzstan']);
    expect(search('Kaz')[0]).toBe('kazakhstan');
    expect(search('Tur').slice(0, 2)).toEqual(['turkiye', 'turkmenistan']);
    expect(search('uzb')[0]).toBe('uzbekistan');
  });

  it('ignores case and accents in what is typed and in the names', () => {
    expect(search('TÜR').slice(0, 2)).toEqual(['turkiye', 'turkmenistan']);
    expect(search('tü')).toEqual(search('tu'));
  });

  it('puts an exact name first even when it is an alias, then the labels that start with it', () => {
    const hits = search('EU', undefined, 3);
    expect(hits[0]).toBe('european-union');
    expect(hits.slice(1).sort()).toEqual(['eu-central-asia-summit-2024', 'joint-declaration-2024']);
    expect(search('crm')[0]).toBe('critical-raw-materials');
  });

  it('after the label starts come alias starts, then later words of labels and aliases', () => {
    // "peo": only the alias "People's Republic of China" starts with it.
    expect(search('peo')[0]).toBe('china');
    // "cor": no label or alias starts with it; "Middle Corridor" (alias) has it as a later word.
    expect(search('cor')[0]).toBe('titr');
    // "sec": the alias "securing energy supplies" starts with it, "Technology sector" has it as a
    // later label word, "automotive sector" as a later alias word.
    expect(search('sec').slice(0, 3)).toEqual(['energy-security', 'technology-sector', 'automotive-industry']);
    // "gre": a label start ("Green energy transition") before an alias start ("green energy").
    expect(search('gre').slice(0, 2)).toEqual(['green-energy-transition', 'renewable-energy']);
  });

  it('keeps only the kinds asked for', () => {
    const hits = search('a', ['Country'], 50);
    expect(hits.slice(0, 2)).toEqual(['azerbaijan', 'afghanistan']);
    expect(hits.every((id) => store.kg.entity(id)!.kind === 'Country')).toBe(true);
    // No country name has a word starting with "eu": countries whose descriptions mention the EU.
    const eu = search('eu', ['Country'], 50);
    expect(eu.length).toBeGreaterThan(0);
    expect(eu.every((id) => store.kg.entity(id)!.kind === 'Country')).toBe(true);
  });

  it('fills up from the descriptions, below the names, when few names match', () => {
    // "upgraded" is in the descriptions of the summit and of Central Asia only, and in no name.
    expect(search('upg').sort()).toEqual(['central-asia', 'eu-central-asia-summit-2024']);
    // One name starts with "uzb"; other entities mention Uzbekistan in their descriptions.
    const uzb = search('uzb', undefined, 10);
    expect(uzb[0]).toBe('uzbekistan');
    expect(uzb.length).toBeGreaterThan(1);
    const scores = store.kg.search.search('uzb', { first: 10, kindOf: (id) => store.kg.entity(id)?.kind }).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('sends longer or several-word queries to the full-text search as before', () => {
    expect(search('Kazakhs')[0]).toBe('kazakhstan');
    expect(search('cen as')[0]).toBe('central-asia');
  });
});

describe('search stays right as entities change', () => {
  const entity = (id: string, label: string, aliases: string[] = []): Entity => ({ id, kind: 'Country', label, aliases });
  const kinds = new Map<string, string>();
  const hitsOf = (index: SearchIndex, text: string, first = 5) => index.search(text, { first, kindOf: (id) => kinds.get(id) }).map((h) => h.id);

  it('finds a created entity by its first letters, and forgets a renamed or deleted one', async () => {
    const data = copyOfGraphData();
    const s = await Store.open({ dataDir: data.dir, watch: false, log: () => {} });
    try {
      await s.apply([{ op: 'createEntity', input: { id: 'qaraqalpaqstan', kind: 'Region', label: 'Qaraqalpaqstan', aliases: ['Karakalpakstan'] } }], 'test');
      expect(searchIn(s, 'qar')).toEqual(['qaraqalpaqstan']);
      expect(searchIn(s, 'Kar')).toEqual(['qaraqalpaqstan']);
      await s.apply([{ op: 'updateEntity', id: 'qaraqalpaqstan', patch: { label: 'Republic of Karakalpakstan', aliases: [] } }], 'test');
      expect(searchIn(s, 'qar')).toEqual([]);
      expect(searchIn(s, 'kar')).toEqual(['qaraqalpaqstan']);
      await s.apply([{ op: 'deleteEntity', id: 'qaraqalpaqstan', cascade: true }], 'test');
      expect(searchIn(s, 'kar')).toEqual([]);
    } finally {
      await s.close();
      data.cleanup();
    }
  });

  it('answers the same after thousands of additions, renames and removals', () => {
    const start = Array.from({ length: 3000 }, (_, i) => entity(`a-${i}`, `Alpha ${i}`));
    for (const e of start) kinds.set(e.id, e.kind);
    const aliases = new AliasIndex(start);
    const index = new SearchIndex(start, aliases, (id) => kinds.has(id));
    for (let i = 0; i < 6000; i++) {
      const e = entity(`b-${i}`, `Bravo ${String(i).padStart(4, '0')}`, i % 2 ? [`Bex ${i}`] : []);
      kinds.set(e.id, e.kind);
      index.add(e);
    }
    for (let i = 0; i < 3000; i += 2) index.replace(entity(`a-${i}`, `Charlie ${i}`));
    for (let i = 1; i < 3000; i += 2) index.remove(`a-${i}`);
    expect(hitsOf(index, 'alp')).toEqual([]);
    expect(hitsOf(index, 'cha', 2000)).toHaveLength(1500);
    expect(hitsOf(index, 'bra', 7000)).toHaveLength(6000);
    // Label starts rank before alias starts: "Bravo …" before the aliases "Bex …".
    const b = hitsOf(index, 'b', 7000);
    expect(b).toHaveLength(6000);
    expect(new Set(b).size).toBe(6000);
    expect(hitsOf(index, 'bex', 3)).toEqual(['b-1', 'b-3', 'b-5']);
  });
});
