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

  it('reads "Europe" as the EU, which the article names, and proposes only lexicon topics the graph lacks', () => {
    const { mentions, proposed } = mentionsOf(article);
    expect(find(mentions, 'Europe')[0]).toMatchObject({ entity: 'european-union', how: 'metonym', confidence: 0.7 });
    expect(proposed.map((p) => [p.label, p.kind, p.origin])).toEqual([
      ['Investment', 'Topic', 'gazetteer'],
      ['Connectivity', 'Topic', 'gazetteer'],
    ]);
  });

  it("links the article's topics, resources and sectors to the graph's entities", () => {
    const { mentions } = mentionsOf(article);
    const linked = (text: string) => find(mentions, text).map((m) => m.entity);
    expect(linked('trade')).toEqual(['trade', 'trade', 'trade']);
    expect(linked('critical minerals')).toEqual(['critical-raw-materials', 'critical-raw-materials']);
    expect(linked('automotive')).toEqual(['automotive-industry']);
    expect(linked('technology sectors')).toEqual(['technology-sector']);
    expect(linked('digital connectivity')).toEqual(['digital-connectivity']);
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

describe('findMentions: topics, resources and sectors (lexicon.json)', () => {
  it('finds lexicon phrases in any case and proposes those the graph lacks, with their description', () => {
    const text = 'Uzbekistan wants Foreign direct investment in its mining sector, rare-earth elements, green hydrogen and renewable energy.';
    const { mentions, proposed } = mentionsOf(text);
    expect(mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Uzbekistan', 'uzbekistan'],
      ['Foreign direct investment', 'investment'],
      ['mining sector', 'mining-industry'],
      ['rare-earth elements', 'rare-earth-elements'],
      ['green hydrogen', 'green-hydrogen'],
      ['renewable energy', 'renewable-energy'],
    ]);
    expect(proposed.find((p) => p.id === 'green-hydrogen')).toMatchObject({ kind: 'Resource', origin: 'gazetteer', description: expect.stringContaining('electrolysis') });
    expect(proposed.find((p) => p.id === 'renewable-energy')).toBeUndefined();
  });

  it('does not match a lowercase name inside a longer word, a hyphenated word or a phrase that means something else', () => {
    const text = 'The goldsmith bought oil-rich land; non-oil exports, tradeoffs, greenhouse gas emissions and a gold medal followed.';
    expect(mentionsOf(text).mentions).toEqual([]);
  });

  it('drops a one-word topic used as a verb or a modifier and a resource word naming a company, and keeps the rest', () => {
    const text = 'Trade routes and trade data matter; they trade, the national oil company ships oil and gas reserves grow, and trade grew.';
    const { mentions } = mentionsOf(text);
    expect(mentions.map((m) => [m.text, m.start])).toEqual([
      ['oil', text.lastIndexOf('oil')],
      ['gas', text.indexOf('gas')],
      ['trade', text.lastIndexOf('trade')],
    ]);
  });
});

describe('findMentions: metonyms, compound names, acronyms and coreference', () => {
  it('reads "Europe" as the EU only in a text that names the EU', () => {
    expect(mentionsOf('Europe buys Kazakh uranium.').mentions[0]).toMatchObject({ text: 'Europe', entity: 'europe', proposed: true, how: 'gazetteer' });
    expect(mentionsOf('The EU said Europe buys Kazakh uranium.').mentions[1]).toMatchObject({ text: 'Europe', entity: 'european-union', how: 'metonym' });
  });

  it('takes a route named by the places it joins as one name, and a border between two states as two', () => {
    const text = 'Oil flows through the Kazakhstan-China oil pipeline and the Baku–Tbilisi–Ceyhan pipeline, water along the Panj river, power over the CASA-1000 power line; the Kazakhstan-China border is long.';
    const { mentions, proposed } = mentionsOf(text);
    expect(mentions.map((m) => m.text)).toEqual(['Oil', 'Kazakhstan-China oil pipeline', 'Baku–Tbilisi–Ceyhan pipeline', 'Panj river', 'CASA-1000', 'Kazakhstan', 'China']);
    const kind = (label: string) => proposed.find((p) => p.label === label)?.kind;
    expect([kind('Kazakhstan-China oil pipeline'), kind('Baku–Tbilisi–Ceyhan pipeline'), kind('Panj river'), kind('CASA-1000')]).toEqual([
      'TransportCorridor',
      'TransportCorridor',
      'GeographicFeature',
      'TransportCorridor',
    ]);
  });

  it('links an acronym the text defines in parentheses, there and later, to the name before it', () => {
    const text = "The EU's Border Management Programme in Central Asia (BOMCA) trains guards. BOMCA began in 2003.";
    const { mentions, proposed } = mentionsOf(text);
    const programme = proposed.find((p) => p.label === 'Border Management Programme in Central Asia')!;
    expect(programme).toMatchObject({ kind: 'Initiative', aliases: ['BOMCA'], mentions: 3 });
    expect(find(mentions, 'BOMCA').map((m) => [m.entity, m.how])).toEqual([
      [programme.id, 'acronym'],
      [programme.id, 'acronym'],
    ]);
  });

  it('resolves "the country" to the subject of the sentence before, or to a state earlier in its own sentence', () => {
    const text = 'Kazakhstan is the largest producer of uranium and sells it to China. The country also holds tungsten. Uzbekistan says the country will grow.';
    const { mentions } = mentionsOf(text);
    expect(mentions.filter((m) => m.how === 'coreference').map((m) => [m.text, m.entity, m.confidence])).toEqual([
      ['The country', 'kazakhstan', 0.5],
      ['the country', 'uzbekistan', 0.5],
    ]);
    expect(mentionsOf('Trade grew. Officials met. The country is large.').mentions.filter((m) => m.how === 'coreference')).toEqual([]);
  });
});
