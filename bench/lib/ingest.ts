import { seededRandom } from '../../server/graph/derived.js';
import { ingestText } from '../../server/ingest/pipeline.js';
import { Store } from '../../server/store/files/store.js';
import { copyOfDataDir } from './datasets.js';
import { median } from './stats.js';
import { int, ms, table } from './table.js';

export interface IngestBenchResult {
  graph: string;
  relations: number;
  /** One 5,000-word article, dry run (report and changes, nothing written): median and worst of the timed runs. */
  article: { words: number; medianMs: number; maxMs: number; candidates: number; mentions: number };
  /** Generated articles ingested and committed through the Store (fsync on), one after another. */
  batch: { articles: number; seconds: number; articlesPerSecond: number; relationsCreated: number; corroborations: number; ingestMsPerArticle: number; commitMsPerArticle: number };
}

const COUNTRIES = ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Afghanistan', 'China', 'Russia', 'Azerbaijan', 'Georgia', 'Armenia', 'Mongolia', 'Pakistan', 'Iran', 'India'];
const TEMPLATES = [
  (a: string, b: string) => `${a} is a major trading partner of ${b}.`,
  (a: string, b: string) => `In November 2022, ${a} signed a transit agreement with ${b}.`,
  (a: string, b: string) => `${a} aims to invest about 2 billion euros in ${b} since 2023.`,
  (a: string, b: string) => `${a} did not sign a memorandum with ${b}, officials said.`,
  (a: string, b: string) => `According to officials, ${a} exports grain and fuel to ${b}.`,
  (a: string, b: string) => `Talks between ${a} and ${b} touched on water, transport and the climate.`,
  () => 'The ministry published figures for the first quarter, and analysts expect growth to slow in the coming months.',
  () => 'Officials met in the capital on Tuesday to discuss logistics, customs procedures and the cost of freight by rail.',
];

/** A news-like article of about `words` words naming the graph's entities (by label) and gazetteer countries. */
export function generateArticle(labels: string[], words: number, seed: number): string {
  const rnd = seededRandom(seed);
  const pick = () => (rnd() < 0.5 ? COUNTRIES[Math.floor(rnd() * COUNTRIES.length)]! : labels[Math.floor(rnd() * labels.length)]!);
  const sentences: string[] = [`Article ${seed}: regional ties under review`];
  let count = 5;
  while (count < words) {
    const s = TEMPLATES[Math.floor(rnd() * TEMPLATES.length)]!(pick(), pick());
    sentences.push(s);
    count += s.split(/\s+/).length;
  }
  return sentences.join(' ') + '\n';
}

/** The ingest section: a 5,000-word dry run against a big graph, then many small articles committed through the Store. */
export async function ingestBench(graphName: string, dataDir: string, articles: number, log: (m: string) => void): Promise<IngestBenchResult> {
  const copy = copyOfDataDir(dataDir);
  const store = await Store.open({ dataDir: copy.dir, watch: false, log: () => {}, derived: { syncMaxNodes: 0 } });
  try {
    const relations = store.kg.graph.size;
    const labels = store.kg.graph.mapNodes((_id, e) => e.label).slice(0, 2000);
    const big = generateArticle(labels, 5000, 1);
    log(`ingest: warm-up (wink model, gazetteer, name matcher for ${int(store.kg.graph.order)} entities)…`);
    ingestText(store.kg, big, { title: 'Warm-up' });
    const times: number[] = [];
    let first = ingestText(store.kg, big, { title: 'Bench article' });
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      first = ingestText(store.kg, big, { title: 'Bench article' });
      times.push(performance.now() - t0);
    }
    const article = { words: big.split(/\s+/).filter(Boolean).length, medianMs: median(times), maxMs: Math.max(...times), candidates: first.report.counts.candidates, mentions: first.report.counts.mentions };

    log(`ingest: ${articles} articles end to end (ingest + commit, fsync on)…`);
    let relationsCreated = 0;
    let corroborations = 0;
    let ingestMs = 0;
    let commitMs = 0;
    const t0 = performance.now();
    for (let i = 0; i < articles; i++) {
      const text = generateArticle(labels, 250, 1000 + i);
      const t1 = performance.now();
      const { report, changes } = ingestText(store.kg, text, { title: `Bench article ${i}`, published: '2024-05' });
      const t2 = performance.now();
      await store.apply(changes, 'bench');
      commitMs += performance.now() - t2;
      ingestMs += t2 - t1;
      relationsCreated += report.counts.candidates;
      corroborations += report.counts.corroborations;
    }
    const seconds = (performance.now() - t0) / 1000;
    const batch = { articles, seconds, articlesPerSecond: articles / seconds, relationsCreated, corroborations, ingestMsPerArticle: ingestMs / articles, commitMsPerArticle: commitMs / articles };
    return { graph: graphName, relations, article, batch };
  } finally {
    await store.close();
    copy.cleanup();
  }
}

export function ingestTable(r: IngestBenchResult): string {
  return table(`Ingest (${r.graph}, ${int(r.relations)} relations)`, ['measure', 'value', 'target'], [
    [`${int(r.article.words)}-word article, dry run, median of 5`, ms(r.article.medianMs), '≤ 1000 ms'],
    ['  worst of 5', ms(r.article.maxMs), ''],
    ['  mentions / candidates', `${int(r.article.mentions)} / ${int(r.article.candidates)}`, ''],
    [`${int(r.batch.articles)} articles, ingest + commit`, `${r.batch.articlesPerSecond.toFixed(1)} articles/s`, '≥ 20 articles/s'],
    ['  per article: ingest (dry run) / commit (store.apply)', `${ms(r.batch.ingestMsPerArticle)} / ${ms(r.batch.commitMsPerArticle)}`, ''],
    ['  relations created / corroborated', `${int(r.batch.relationsCreated)} / ${int(r.batch.corroborations)}`, ''],
  ]);
}
