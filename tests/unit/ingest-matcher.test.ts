import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../server/graph/derived.js';
import { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { loadGazetteer } from '../../server/ingest/gazetteer/index.js';
import { NameMatcher } from '../../server/ingest/matcher.js';
import { foldName, foldWithOffsets } from '../../server/ingest/normalize.js';
import { ingestText } from '../../server/ingest/pipeline.js';
import { assertValid } from '../../server/model/dataset.js';
import type { Entity } from '../../server/model/records.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { GRAPH_DATA, ROOT } from '../helpers/data-dir.js';
import { graphEntities } from '../helpers/ingest-graph.js';

const KINDS = ['SupranationalOrganization', 'Region', 'Country', 'Initiative', 'TransportCorridor', 'Resource', 'Sector', 'Topic'];
const WORDS = ['Caspian', 'Pipeline', 'Council', 'Water', 'Steppe', 'Silk', 'Energy', 'Fund', 'Route', 'Alliance', 'Gas', 'Trans', 'Union', 'Green'];

/** The repository's texts: the gold sets' and the graph's sources. */
function repositoryTexts(): string[] {
  const gold = path.join(ROOT, 'eval', 'gold');
  const golds = readdirSync(gold, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(gold, d.name, 'text.txt'));
  const sources = readdirSync(path.join(GRAPH_DATA, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => path.join(GRAPH_DATA, 'sources', f));
  return [...golds, ...sources].map((file) => readFileSync(file, 'utf8'));
}

/**
 * Random edits of a graph's entities, the kind that make a fresh matcher differ: new names, names
 * other entities or the gazetteer already have, Wikidata ids and ISO codes of gazetteer entries
 * (which then resolve to the new entity), renames, and deletions of entities the gazetteer links to.
 */
class RandomEdits {
  private readonly rnd: () => number;
  private readonly entries = [...loadGazetteer().entries.values()];
  private next = 0;

  constructor(
    readonly entities: Map<string, Entity>,
    seed: number,
  ) {
    this.rnd = seededRandom(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)]!;
  }

  /** A name: made up, another entity's, or a gazetteer entry's. */
  private name(): string {
    const r = this.rnd();
    if (r < 0.4) return `${this.pick(WORDS)} ${this.pick(WORDS)} ${this.pick(WORDS)}`;
    if (r < 0.7) return this.pick([...this.entities.values()]).label;
    return this.pick(this.pick(this.entries).names);
  }

  /** A new or changed record for `id`, with names and sometimes a gazetteer entry's identifiers. */
  private record(id: string): Entity {
    const e: Entity = { id, kind: this.pick(KINDS), label: this.name(), aliases: this.rnd() < 0.5 ? [this.name(), this.pick(WORDS).toUpperCase()] : [] };
    const entry = this.pick(this.entries);
    const r = this.rnd();
    if (r < 0.2 && entry.wikidata) e.wikidata = entry.wikidata;
    else if (r < 0.3 && entry.iso3) e.iso3 = entry.iso3;
    else if (r < 0.4 && entry.iso2) e.iso2 = entry.iso2;
    return e;
  }

  /** One batch of one to three edits, applied to `entities`: what a commit hands to NameMatcher.update. */
  batch(): { put: Entity[]; removed: string[] } {
    const put = new Map<string, Entity>();
    const removed: string[] = [];
    for (let n = 1 + Math.floor(this.rnd() * 3); n > 0; n--) {
      const r = this.rnd();
      const ids = [...this.entities.keys()];
      if (r < 0.45) {
        const id = `added-${this.next++}`;
        put.set(id, this.record(id));
      } else if (r < 0.75) {
        const id = this.pick(ids);
        put.set(id, this.record(id));
      } else {
        const id = this.pick(ids);
        put.delete(id);
        removed.push(id);
      }
    }
    for (const id of removed) this.entities.delete(id);
    for (const e of put.values()) this.entities.set(e.id, e);
    return { put: [...put.values()].filter((e) => this.entities.has(e.id)), removed };
  }
}

/** A text that names `entities` and a few gazetteer entries in several cases and settings. */
function namingText(entities: Entity[], rnd: () => number): string {
  const names = entities.flatMap((e) => [e.label, ...e.aliases, e.iso3 ?? '', e.iso2 ?? '']).filter(Boolean);
  const entries = [...loadGazetteer().entries.values()];
  for (let i = 0; i < 5; i++) names.push(entries[Math.floor(rnd() * entries.length)]!.label);
  return names.map((n, i) => [`${n} met officials.`, `Talks on ${n.toLowerCase()} went on.`, `A non-${n} plan, said ${n.toUpperCase()}.`][i % 3]).join(' ');
}

describe('the incremental name matcher', () => {
  it('finds exactly what a matcher built afresh finds, through random adds, renames and deletes on the real graph', async () => {
    // 2,000 more entities, so that most batches go to the delta and some pass its limit (5 % of the base).
    const rnd = seededRandom(11);
    const filler = Array.from({ length: 2000 }, (_, i): Entity => ({ id: `filler-${i}`, kind: 'Topic', label: `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / WORDS.length) % WORDS.length]} ${i}`, aliases: [] }));
    const start = [...(await graphEntities()), ...filler];
    const texts = repositoryTexts();
    const edits = new RandomEdits(new Map(start.map((e) => [e.id, e])), 7);
    const incremental = new NameMatcher({ entities: start });
    for (let step = 0; step < 80; step++) {
      const before = [...edits.entities.values()];
      const { put, removed } = edits.batch();
      incremental.update(put, removed);
      const fresh = new NameMatcher({ entities: edits.entities.values() });
      const changed = [...put, ...before.filter((e) => removed.includes(e.id) || put.some((p) => p.id === e.id))];
      for (const text of [namingText(changed, rnd), ...(step % 20 === 0 ? texts : [])]) {
        expect(incremental.find(text), `step ${step}`).toStrictEqual(fresh.find(text));
      }
      expect(new Map(incremental.gazetteerLinks)).toStrictEqual(new Map(fresh.gazetteerLinks));
      expect(new Map(incremental.kinds)).toStrictEqual(new Map(fresh.kinds));
      for (const e of changed) expect(incremental.fuzzy.candidates(`${e.label} Agency`)).toStrictEqual(fresh.fuzzy.candidates(`${e.label} Agency`));
    }
  });

  it('hands a gazetteer entry over to a new graph entity that has its Wikidata id, and back when it is deleted', () => {
    const japan = [...loadGazetteer().entries.values()].find((e) => e.label === 'Japan')!;
    const matcher = new NameMatcher({ entities: [] });
    const text = 'Japan (JPN) signed it.';
    expect(matcher.find(text)[0]!.targets[0]).toMatchObject({ gazetteer: japan.key });
    expect(matcher.find(text)[0]!.targets[0]!.entity).toBeUndefined();
    matcher.update([{ id: 'nippon', kind: 'Country', label: 'Nippon', aliases: [], wikidata: japan.wikidata }], []);
    expect(matcher.find(text).map((m) => m.targets.map((t) => t.entity))).toEqual([['nippon'], ['nippon']]);
    expect(matcher.find('Nippon')[0]!.targets[0]).toMatchObject({ entity: 'nippon', how: 'label' });
    matcher.update([], ['nippon']);
    expect(matcher.find(text)[0]!.targets[0]!.entity).toBeUndefined();
    expect(matcher.find('Nippon')).toEqual([]);
  });

  it('links a name added by a commit in the next ingest, follows a rename, and stops linking it once deleted', async () => {
    const kg = KnowledgeGraph.fromDataset(assertValid((await readDatasetFiles(GRAPH_DATA)).files));
    const text = 'The Zarafshan Water Council met the Aral Basin Board in Astana.';
    const mention = (name: string) => ingestText(kg, text, { title: 'Water council' }).report.mentions.find((m) => m.text === name);
    expect(mention('Zarafshan Water Council')).toMatchObject({ proposed: true });
    kg.putEntity({ id: 'zarafshan-water-council', kind: 'SupranationalOrganization', label: 'Zarafshan Water Council', aliases: [] });
    kg.refresh();
    expect(mention('Zarafshan Water Council')).toMatchObject({ entity: 'zarafshan-water-council', how: 'label' });
    expect(mention('Zarafshan Water Council')!.proposed).toBeUndefined();
    kg.putEntity({ id: 'zarafshan-water-council', kind: 'SupranationalOrganization', label: 'Aral Basin Board', aliases: [] });
    kg.refresh();
    expect(mention('Aral Basin Board')).toMatchObject({ entity: 'zarafshan-water-council', how: 'label' });
    expect(mention('Zarafshan Water Council')).toMatchObject({ proposed: true });
    kg.removeEntity('zarafshan-water-council');
    kg.refresh();
    expect(mention('Aral Basin Board')).toMatchObject({ proposed: true });
  });
});

describe('folding', () => {
  it('maps every folded character back to its original span, accents and invisible characters included', () => {
    const text = 'Türkiye\u2019s  ﬁrst\u00AD gas—deal, ÉU 😀 İstanbul';
    const f = foldWithOffsets(text);
    expect(f.folded).toBe("turkiye's first gas-deal, eu 😀 istanbul");
    expect(f.folded.length).toBe(f.starts.length);
    const at = (s: string) => f.folded.indexOf(s);
    expect(text.slice(f.starts[at('turkiye')]!, f.ends[at('turkiye') + 6]!)).toBe('Türkiye');
    expect(text.slice(f.starts[at('first')]!, f.ends[at('first') + 4]!)).toBe('ﬁrst\u00AD');
    expect(text.slice(f.starts[at('istanbul')]!, f.ends[at('istanbul') + 7]!)).toBe('İstanbul');
  });

  it('folds a name the same whether it is plain ASCII or not', () => {
    expect(foldName('  Central   Asia ')).toBe('central asia');
    expect(foldName('Central\tAsia')).toBe('central asia');
    expect(foldName('Kazakhstan–China')).toBe('kazakhstan-china');
    expect(foldName('ÖSTERREICH')).toBe('osterreich');
  });
});
