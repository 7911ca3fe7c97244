import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { loadGraphForExport } from '../../server/interchange/export/load.js';
import { sha256 } from '../../server/model/dataset.js';
import { STATUSES } from '../../server/model/records.js';
import { parseMapping } from '../../server/interchange/import/mapping.js';
import { importGraph, type ImportFile, type ImportReport } from '../../server/interchange/import/run.js';
import { filesOfZip } from '../../server/interchange/import/zip.js';
import { Store } from '../../server/store/files/store.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { exportBytes } from './export-fixtures.js';

/** The files an export is imported from: the text, or the CSV files of a zip. */
export function importFilesOf(format: string, bytes: Buffer): ImportFile[] {
  if (format === 'csv') return filesOfZip('corridor.csv.zip', bytes, Infinity);
  const ext = { gexf: 'gexf', graphml: 'graphml', graphology: 'graphology.json', turtle: 'ttl', ntriples: 'nt' }[format] ?? format;
  return [{ fileName: `corridor.${ext}`, text: bytes.toString('utf8') }];
}

/** A fresh data folder holding only the vocabulary and the sources of `from` (no entities, no relations). */
export function emptyFolderLike(from: string): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'corridor-roundtrip-'));
  const dir = path.join(parent, 'graph-data');
  mkdirSync(dir);
  cpSync(path.join(from, 'vocabulary.json'), path.join(dir, 'vocabulary.json'));
  cpSync(path.join(from, 'sources'), path.join(dir, 'sources'), { recursive: true });
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/** The whole graph, rejected relations included (the default filter hides them, and the layout counts them). */
export const WHOLE = { status: [...STATUSES] };

export interface RoundTrip {
  original: Buffer;
  again: Buffer;
  report: ImportReport;
  store: Store;
  close: () => Promise<void>;
}

/**
 * The round-trip rule: export the graph of `dataDir`, import that export into an empty folder with the
 * same vocabulary and sources (or into `target`), and export the imported graph again in the same
 * format, leaving out the import's own dataset sources. Both exports carry the server's layout.
 */
export async function roundTrip(dataDir: string, format: string, target?: string): Promise<RoundTrip> {
  const original = exportBytes(await loadGraphForExport(dataDir, { layout: true }), format, WHOLE);
  const empty = target ? { dir: target, cleanup: () => {} } : emptyFolderLike(dataDir);
  const store = await Store.open({ dataDir: empty.dir, watch: false, fsync: false, log: () => {} });
  const close = async () => {
    await store.close();
    empty.cleanup();
  };
  try {
    const report = await importGraph(store, importFilesOf(format, original), { actor: 'test', mapping: parseMapping({}) });
    store.derived.computeNow(store.kg);
    const again = exportBytes(store.kg, format, { ...WHOLE, omitSources: report.sources });
    return { original, again, report, store, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Loads a data folder as the export sees it. */
export const graphOf = (dir: string): Promise<KnowledgeGraph> => loadGraphForExport(dir, { layout: true });

// A small graph that exercises what round trips lose: a character beyond the BMP before quotes,
// parallel edges of one type, every time precision, a rejected relation with hedge and note, a
// proposed isolated entity, properties whose keys collide with built-in columns, quote evidence
// with prefix, suffix and extractor, and record evidence into a dataset source.
export const ASTRAL = 'Intro 𝔘 text. Kazakhstan borders China.\nKazakhstan trades with China 😀 a lot.\nUzbekistan is in Central Asia.\n';
const DATASET = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  <graph edgedefault="directed">\n    <node id="a"/>\n    <node id="b"/>\n    <edge id="e12" source="a" target="b"/>\n  </graph>\n</graphml>\n';

const at = (q: string) => ({ source: 'astral', quote: q, start: ASTRAL.indexOf(q), end: ASTRAL.indexOf(q) + q.length });

/** Writes the tricky graph's data folder (vocabulary of graph-data) and returns it. */
export function writeTrickyFolder(): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'corridor-tricky-'));
  const dir = path.join(parent, 'graph-data');
  for (const sub of ['entities', 'relations', 'sources']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'vocabulary.json'), readFileSync(path.join(GRAPH_DATA, 'vocabulary.json')));
  const source = (id: string, meta: object, text: string) => {
    writeFileSync(path.join(dir, 'sources', `${id}.json`), JSON.stringify({ id, ...meta, sha256: sha256(text) }, null, 2));
    writeFileSync(path.join(dir, 'sources', `${id}.txt`), text);
  };
  source('astral', { kind: 'article', title: 'Astral <text>', language: 'en', url: 'https://example.org/astral' }, ASTRAL);
  source('tiny-dataset', { kind: 'dataset', format: 'graphml', title: 'A colleague’s GraphML', language: 'und' }, DATASET);
  const entities = [
    { id: 'kazakhstan', kind: 'Country', label: 'Kazakhstan', aliases: ['KZ; Qazaqstan', 'Казахстан', 'a|b,c'], wikidata: 'Q232', iso2: 'KZ', iso3: 'KAZ', properties: { population: 19000000, area: 2.7245, landlocked: true, label: 'clash' } },
    { id: 'china', kind: 'Country', label: 'China', aliases: [], wikidata: 'Q148' },
    { id: 'uzbekistan', kind: 'Country', label: 'Uzbekistan', aliases: [] },
    { id: 'central-asia', kind: 'Region', label: 'Central Asia', aliases: [], description: 'Five states <&> "quoted" \u{1D518}' },
    { id: 'lonely', kind: 'Topic', label: 'Lonely topic', aliases: [], status: 'proposed' },
  ];
  const extractor = { name: 'corridor-ingest', version: '1', rule: 'borders' };
  const relations = [
    { id: 'r-border', type: 'shares_border_with', from: 'kazakhstan', to: 'china', status: 'reviewed', confidence: 1, pointInTime: '2024-05', evidence: [{ ...at('Kazakhstan borders China.'), prefix: 'text. ', suffix: '\nKaz', extractor }] },
    { id: 'r-trade-1', type: 'trades_with', from: 'kazakhstan', to: 'china', status: 'extracted', confidence: 0.7, start: '2020-02', end: '2021', evidence: [at('Kazakhstan trades with China 😀 a lot.')] },
    { id: 'r-trade-2', type: 'trades_with', from: 'kazakhstan', to: 'china', status: 'reviewed', confidence: 0.85, start: '2019-03-04', evidence: [at('Kazakhstan trades with China 😀 a lot.')] },
    { id: 'r-part', type: 'part_of', from: 'uzbekistan', to: 'central-asia', status: 'rejected', confidence: 0.3, hedge: 'disputed', note: 'a note <&>', evidence: [at('Uzbekistan is in Central Asia.'), { source: 'tiny-dataset', locator: 'edge:e12' }] },
    { id: 'r-record', type: 'trades_with', from: 'china', to: 'central-asia', status: 'extracted', confidence: 0.5, evidence: [{ source: 'tiny-dataset', locator: 'edge:e12' }], properties: { weight: 2.5, label: 'clash', flag: false } },
  ];
  writeFileSync(path.join(dir, 'entities', 'all.json'), JSON.stringify({ entities }, null, 2));
  writeFileSync(path.join(dir, 'relations', 'all.json'), JSON.stringify({ relations }, null, 2));
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
