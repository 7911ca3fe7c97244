import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../server/ingest/acronyms.js';
import { loadGazetteer } from '../../server/ingest/gazetteer/index.js';
import { AUTO_LINK_SCORE, fuzzyLink, FuzzyIndex } from '../../server/ingest/linking.js';
import { buildMatcher, findMentions } from '../../server/ingest/mentions.js';
import { splitSentences } from '../../server/ingest/sentences.js';
import { slugify } from '../../server/model/ids.js';
import type { Entity } from '../../server/model/records.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { graphEntities } from '../helpers/ingest-graph.js';

const entity = (id: string, label: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity => ({ id, kind: 'SupranationalOrganization', label, aliases, ...extra });
const banks = [
  entity('eurasian-development-bank', 'Eurasian Development Bank', ['EDB']),
  entity('eurasian-development-fund', 'Eurasian Development Fund'),
  entity('asian-development-bank', 'Asian Development Bank'),
  entity('eurasian-investment-bank', 'Eurasian Investment Bank'),
];

function mentionsOf(text: string, entities: Entity[]) {
  const found = findMentions(text, splitSentences(text), { entities });
  for (const m of found.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

describe('the linking rule', () => {
  it('links a misspelt name automatically when one candidate scores at least 95 and leads by 10', () => {
    const link = fuzzyLink('Eurasian Developement Bank', new FuzzyIndex(banks));
    expect(link).toEqual({ entity: 'eurasian-development-bank', score: expect.any(Number) });
    expect((link as { score: number }).score).toBeGreaterThanOrEqual(AUTO_LINK_SCORE);
  });

  it('leaves a name between close candidates ambiguous, with the top three choices', () => {
    const { mentions, proposed } = mentionsOf('Officials of the Eurasian Development Bank Fund met on Tuesday.', banks);
    expect(mentions).toHaveLength(1);
    const [m] = mentions;
    expect(m!.text).toBe('Eurasian Development Bank Fund');
    expect(m!.entity).toBeUndefined();
    expect(m!.choices!.map((c) => c.id)).toEqual(['eurasian-development-bank', 'eurasian-development-fund', 'asian-development-bank']);
    expect(m!.choices![0]!.score).toBeLessThan(AUTO_LINK_SCORE);
    expect(proposed).toEqual([]);
  });

  it('proposes a name that resembles nothing in the graph', () => {
    expect(fuzzyLink('Lobito Corridor', new FuzzyIndex(banks))).toBeNull();
  });

  it('offers both entities when two share a name exactly', () => {
    const twins = [entity('edb-bank', 'Eurasian Development Bank', ['EDB']), entity('edb-school', 'Economic Development Board', ['EDB'])];
    const [m] = mentionsOf('The EDB lent money.', twins).mentions;
    expect(m).toMatchObject({ text: 'EDB', how: 'alias' });
    expect(m!.entity).toBeUndefined();
    expect(m!.choices!.map((c) => c.id).sort()).toEqual(['edb-bank', 'edb-school']);
  });

  it('links a gazetteer name to the graph entity with the same Wikidata id, whatever the graph calls it', () => {
    const graph = [entity('kz', 'Republic of Kazakhstan', [], { kind: 'Country', wikidata: 'Q232' })];
    const { mentions, proposed } = mentionsOf('Kazakhstan and Astana.', graph);
    expect(mentions.map((m) => [m.text, m.entity, m.how])).toEqual([
      ['Kazakhstan', 'kz', 'gazetteer'],
      ['Astana', 'kz', 'capital'],
    ]);
    expect(proposed).toEqual([]);
  });

  it('gives proposals ids unique against the graph', () => {
    const graph = [entity('iran', 'Iran (the region)', [], { kind: 'Region' })];
    const { proposed } = mentionsOf('Iran signed.', graph);
    expect(proposed.map((p) => [p.id, p.label])).toEqual([['iran-2', 'Iran']]);
  });
});

describe('the gazetteer', () => {
  const gazetteer = loadGazetteer();
  const kinds = new Set((JSON.parse(readFileSync(path.join(GRAPH_DATA, 'vocabulary.json'), 'utf8')) as { entityKinds: Array<{ id: string }> }).entityKinds.map((k) => k.id));

  it('uses only the vocabulary\'s entity kinds', () => {
    for (const entry of gazetteer.entries.values()) expect(kinds, entry.key).toContain(entry.kind);
  });

  it('holds every country with its Wikidata id and the regional bodies of the region', () => {
    const countries = [...gazetteer.entries.values()].filter((e) => e.kind === 'Country');
    expect(countries.length).toBeGreaterThan(190);
    expect(countries.every((c) => /^Q\d+$/.test(c.wikidata ?? ''))).toBe(true);
    for (const key of ['EU', 'UN', 'sco', 'csto', 'eaeu', 'cis', 'osce', 'nato', 'ebrd', 'adb', 'world-bank', 'global-gateway', 'titr', 'caspian-sea', '143']) expect(gazetteer.entries.has(key), key).toBe(true);
    expect(gazetteer.entries.get('KZ')).toMatchObject({ label: 'Kazakhstan', wikidata: 'Q232', iso3: 'KAZ', memberOf: expect.arrayContaining(['143']) });
  });
});

describe('the lexicon of topics, resources and sectors', () => {
  const lexicon = [...loadGazetteer().entries.values()].filter((e) => ['Topic', 'Resource', 'Sector'].includes(e.kind));

  it('describes every entry and keys it by the slug of its label', () => {
    expect(lexicon.length).toBeGreaterThan(80);
    for (const e of lexicon) {
      expect(e.description, e.key).toMatch(/\S/);
      expect(e.key).toBe(slugify(e.label));
    }
  });

  it("reuses graph-data's ids and names, so an ingest into the real graph links to its entities", async () => {
    const matcher = buildMatcher({ entities: await graphEntities() });
    for (const e of (await graphEntities()).filter((g) => ['Topic', 'Resource', 'Sector'].includes(g.kind))) {
      expect(matcher.gazetteerLinks.get(e.id), e.id).toBe(e.id);
    }
  });
});

describe('acronym definitions', () => {
  it('accepts an acronym whose letters appear in order in the long form, the first opening a word', () => {
    expect(abbreviates('BOMCA', 'Border Management Programme in Central Asia')).toBe(true);
    expect(abbreviates('EBRD', 'European Bank for Reconstruction and Development')).toBe(true);
    expect(abbreviates('XYZ', 'Border Management Programme')).toBe(false);
    expect(abbreviates('MP', 'Border Management Programme')).toBe(true);
    expect(abbreviates('AB', 'Border Management')).toBe(false);
  });
});
