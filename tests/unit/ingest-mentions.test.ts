import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wikidataQID } from '@rapideditor/country-coder';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions, type EntityDirectory } from '../../server/ingest/mentions.js';
import { splitSentences } from '../../server/ingest/sentences.js';
import type { Mention } from '../../server/ingest/types.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { graphEntities } from '../helpers/ingest-graph.js';

let directory: EntityDirectory;
beforeAll(async () => {
  directory = { entities: await graphEntities() };
});

function mentionsOf(text: string) {
  const sentences = splitSentences(text);
  const found = findMentions(text, sentences, directory, { sourceId: 'test-source' });
  for (const m of found.mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    const s = sentences[m.sentence]!;
    expect(m.start >= s.start && m.end <= s.end).toBe(true);
  }
  return found;
}
const find = (mentions: Mention[], text: string) => mentions.filter((m) => m.text === text);

describe('findMentions on the summit article', () => {
  const article = readFileSync(path.join(GRAPH_DATA, 'sources', 'eu-central-asia-summit-2024.txt'), 'utf8');

  it('finds the EU, Central Asia and Kazakhstan, Russia, China, Afghanistan, Global Gateway and the TITR', () => {
    const { mentions } = mentionsOf(article);
    const ids = new Set(mentions.map((m) => m.entity));
    for (const id of ['european-union', 'central-asia', 'kazakhstan', 'russia', 'china', 'afghanistan', 'global-gateway', 'titr']) expect(ids).toContain(id);
    expect(find(mentions, 'Trans-Caspian International Transport Route')[0]).toMatchObject({ entity: 'titr', how: 'label', confidence: 1 });
    expect(find(mentions, 'TITR')[0]).toMatchObject({ entity: 'titr', how: 'alias' });
  });

  it('proposes Europe from the gazetteer, and nothing from common words', () => {
    const { proposed } = mentionsOf(article);
    expect(proposed).toEqual([expect.objectContaining({ id: 'europe', label: 'Europe', kind: 'Region', origin: 'gazetteer', wikidata: wikidataQID('150') })]);
  });
});

describe('findMentions', () => {
  it('finds every Central Asian state by name, possessive included', () => {
    const text = "Kazakhstan's exports grew, while Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan's leaders met.";
    const { mentions } = mentionsOf(text);
    expect(mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Kazakhstan', 'kazakhstan'],
      ['Kyrgyzstan', 'kyrgyzstan'],
      ['Tajikistan', 'tajikistan'],
      ['Turkmenistan', 'turkmenistan'],
      ['Uzbekistan', 'uzbekistan'],
    ]);
  });

  it('lets the longest name win over the shorter names inside it', () => {
    const { mentions } = mentionsOf('The European Union backs the Trans-Caspian International Transport Route and the Central Asian states.');
    expect(mentions.map((m) => m.text)).toEqual(['European Union', 'Trans-Caspian International Transport Route', 'Central Asian states']);
  });

  it('finds graph entities through their aliases, any accent or case', () => {
    const { mentions } = mentionsOf('The Middle Corridor runs through Turkey and TÜRKIYE to the EU.');
    expect(mentions.map((m) => [m.text, m.entity, m.how])).toEqual([
      ['Middle Corridor', 'titr', 'alias'],
      ['Turkey', 'turkiye', 'alias'],
      ['TÜRKIYE', 'turkiye', 'label'],
      ['EU', 'european-union', 'alias'],
    ]);
  });

  it('links demonyms and capitals to the state with lower confidence', () => {
    const { mentions } = mentionsOf('Kazakh officials flew from Astana to Tashkent, then to Brussels; the Kazakh language was spoken.');
    expect(mentions.map((m) => [m.text, m.entity, m.how, m.confidence])).toEqual([
      ['Kazakh', 'kazakhstan', 'demonym', 0.7],
      ['Astana', 'kazakhstan', 'capital', 0.7],
      ['Tashkent', 'uzbekistan', 'capital', 0.7],
      ['Brussels', 'european-union', 'capital', 0.7],
      ['Kazakh', 'kazakhstan', 'demonym', 0.7],
    ]);
  });

  it('proposes a gazetteer country the graph lacks, with its Wikidata id and ISO codes', () => {
    const { mentions, proposed } = mentionsOf('Iran and the Islamic Republic of Iran trade with Kazakhstan.');
    const iran = proposed.find((p) => p.iso2 === 'IR')!;
    expect(iran).toMatchObject({ id: 'iran', label: 'Iran', kind: 'Country', origin: 'gazetteer', wikidata: wikidataQID('IR'), iso3: 'IRN', mentions: 2 });
    expect(find(mentions, 'Islamic Republic of Iran')[0]).toMatchObject({ entity: 'iran', proposed: true, how: 'gazetteer' });
  });

  it('reads "US" and "U.S." as the United States only when written so, and never reads "IN", "us" or "turkey"', () => {
    const { mentions } = mentionsOf('The US and the U.S. told us IN the morning to roast a turkey in Almaty.');
    expect(mentions.map((m) => m.text)).toEqual(['US', 'U.S.']);
    expect(new Set(mentions.map((m) => m.entity))).toEqual(new Set(['united-states']));
  });

  it('links regional bodies from the gazetteer and proposes unknown names with a kind from their head word', () => {
    const text = 'President Kassym-Jomart Tokayev met the Bank of China, the SCO and the Eurasian Development Bank at the Samarkand Summit on Monday.';
    const { mentions, proposed } = mentionsOf(text);
    expect(mentions.map((m) => m.text)).toEqual(['Bank of China', 'SCO', 'Eurasian Development Bank', 'Samarkand Summit']);
    expect(find(mentions, 'SCO')[0]).toMatchObject({ how: 'gazetteer', proposed: true });
    expect(proposed.find((p) => p.label === 'Shanghai Cooperation Organisation')).toMatchObject({ wikidata: 'Q485207', origin: 'gazetteer' });
    expect(proposed.find((p) => p.label === 'Samarkand Summit')).toMatchObject({ kind: 'Event', origin: 'proper-noun' });
    expect(proposed.find((p) => p.label === 'Bank of China')).toMatchObject({ kind: 'SupranationalOrganization', origin: 'proper-noun' });
  });

  it('keeps offsets right around emoji and accents written as combining marks', () => {
    const text = '😀 Tu\u0308rkiye and 👩‍👩‍👧 Kazakhstan signed.';
    const { mentions } = mentionsOf(text);
    expect(mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Tu\u0308rkiye', 'turkiye'],
      ['Kazakhstan', 'kazakhstan'],
    ]);
  });
});
