import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { assertValid } from '../../server/model/dataset.js';
import { exportFormat } from '../../server/interchange/export/formats.js';
import { loadGraphForExport } from '../../server/interchange/export/load.js';
import { ExportView, type ExportFilter } from '../../server/interchange/export/view.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';

export const SCHEMAS = path.resolve(GRAPH_DATA, '..', '..', 'shared', 'interchange', 'schemas');
export const GEXF_RNG = path.join(SCHEMAS, 'gexf', '1.3', 'gexf.rng');
export const GRAPHML_XSD = path.join(SCHEMAS, 'graphml-1.0', 'graphml.xsd');

/** The whole export of a view as bytes. */
export function exportBytes(kg: KnowledgeGraph, format: string, filter: ExportFilter = {}): Buffer {
  const f = exportFormat(format);
  if (!f) throw new Error(`no format ${format}`);
  const parts: Buffer[] = [];
  for (const chunk of f.write(new ExportView(kg, filter))) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(parts);
}

export const exportText = (kg: KnowledgeGraph, format: string, filter: ExportFilter = {}) => exportBytes(kg, format, filter).toString('utf8');

/** The shipped graph-data, validated and laid out as the server does it. */
export function articleGraph(): Promise<KnowledgeGraph> {
  return loadGraphForExport(GRAPH_DATA, { layout: true });
}

/** A scratch folder for files real readers open; removed by `cleanup`. */
export function scratch(): { dir: string; write(name: string, data: string | Buffer): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'corridor-export-'));
  return {
    dir,
    write: (name, data) => {
      const file = path.join(dir, name);
      writeFileSync(file, data);
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** xmllint's verdict on a file: status 0 when valid; stderr says why not. */
export function xmllint(file: string, schema: 'gexf' | 'graphml'): { status: number | null; stderr: string } {
  const args = schema === 'gexf' ? ['--noout', '--relaxng', GEXF_RNG, file] : ['--noout', '--nonet', '--schema', GRAPHML_XSD, file];
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

// The text of the tricky graph's source: a character beyond the BMP (2 UTF-16 code units, 1 code point) before each quote.
export const ASTRAL_TEXT = 'Intro 𝔘 text. Kazakhstan borders China.\nKazakhstan trades with China 😀 a lot.\nA control\u0007 char <&> "quoted" sentence.\n';
export const BORDER_QUOTE = 'Kazakhstan borders China.';

const quote = (q: string) => ({ source: 'astral', quote: q, start: ASTRAL_TEXT.indexOf(q), end: ASTRAL_TEXT.indexOf(q) + q.length });

/**
 * A small graph that exercises what breaks writers: astral characters before quotes, XML-forbidden
 * control characters, markup characters, parallel edges of one type, partial dates, a rejected
 * relation, an isolated proposed entity, foreign `properties`, and record evidence from a dataset source.
 */
export function trickyGraph(): KnowledgeGraph {
  const vocabulary = readFileSync(path.join(GRAPH_DATA, 'vocabulary.json'), 'utf8');
  const entities = [
    {
      id: 'kazakhstan', kind: 'Country', label: 'Kazakhstan', aliases: ['KZ; Qazaqstan', 'Казахстан', 'a|b,c'], wikidata: 'Q232', iso2: 'KZ', iso3: 'KAZ',
      properties: { population: 19000000, area: 2.7245, landlocked: true, 'odd name!': 'x', tags: ['a', 'b'], label: 'clash' },
    },
    { id: 'china', kind: 'Country', label: 'China', aliases: [], wikidata: 'Q148' },
    { id: 'central-asia', kind: 'Region', label: 'Central  Asia', aliases: [], description: 'Bell\u0007 <&> "quoted" \u{1D518}' },
    { id: 'lonely', kind: 'Topic', label: 'Lonely topic', aliases: [], status: 'proposed' },
  ];
  const relations = [
    { id: 'r-border', type: 'shares_border_with', from: 'kazakhstan', to: 'china', status: 'reviewed', confidence: 1, pointInTime: '2024-05', evidence: [quote(BORDER_QUOTE)] },
    { id: 'r-trade-1', type: 'trades_with', from: 'kazakhstan', to: 'china', status: 'extracted', confidence: 0.7, start: '2020-02', end: '2021', evidence: [quote('Kazakhstan trades with China 😀 a lot.')] },
    { id: 'r-trade-2', type: 'trades_with', from: 'kazakhstan', to: 'china', status: 'reviewed', confidence: 0.85, start: '2019', evidence: [quote('Kazakhstan trades with China 😀 a lot.')] },
    { id: 'r-part', type: 'part_of', from: 'kazakhstan', to: 'central-asia', status: 'rejected', confidence: 0.3, hedge: 'disputed', note: 'bad\u0001note', evidence: [quote('A control\u0007 char <&> "quoted" sentence.')] },
  ];
  const ds = assertValid({
    vocabulary: { file: 'tricky/vocabulary.json', text: vocabulary },
    entityFiles: [{ file: 'tricky/entities/all.json', text: JSON.stringify({ entities }) }],
    relationFiles: [{ file: 'tricky/relations/all.json', text: JSON.stringify({ relations }) }],
    sources: [
      {
        meta: { file: 'tricky/sources/astral.json', text: JSON.stringify({ id: 'astral', kind: 'article', title: 'Astral <text>', language: 'en', url: 'https://example.org/astral' }) },
        text: { file: 'tricky/sources/astral.txt', text: ASTRAL_TEXT },
      },
    ],
  });
  const kg = KnowledgeGraph.fromDataset(ds);
  // Record evidence points into a dataset file; added through the graph's own write methods.
  kg.putSource({ id: 'tiny-dataset', kind: 'dataset', format: 'graphml', title: 'A colleague’s GraphML', language: 'en', text: '<graphml/>' });
  kg.putRelation({
    id: 'r-record', type: 'trades_with', from: 'china', to: 'central-asia', status: 'extracted', confidence: 0.5,
    evidence: [{ source: 'tiny-dataset', locator: 'edge:e12' }], properties: { weight: 2.5, label: 'clash', flag: false },
  });
  kg.refresh();
  return kg;
}
