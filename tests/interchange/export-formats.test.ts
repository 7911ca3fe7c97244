import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { FORMAT_NAMES } from '../../server/interchange/export/formats.js';
import type { ExportFilter } from '../../server/interchange/export/view.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { articleGraph, ASTRAL_TEXT, exportBytes, exportText, trickyGraph } from './export-fixtures.js';

let article: KnowledgeGraph;
let tricky: KnowledgeGraph;
const ALL = { status: ['reviewed', 'extracted', 'rejected'] };
beforeAll(async () => {
  article = await articleGraph();
  tricky = trickyGraph();
});

/** The data files themselves, read without any of the code under test. */
function filesOf(kind: 'entities' | 'relations'): Array<Record<string, unknown>> {
  const dir = path.join(GRAPH_DATA, kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))[kind]);
}

const graphologyOf = (text: string) => Graph.from(JSON.parse(text));
const zipOf = (bytes: Buffer) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
const rowsOf = (csv: string) => parseCsv(csv, { columns: true }) as Array<Record<string, string>>;

describe('a filtered export', () => {
  it('around an entity holds its neighbourhood over the kept relations, as the explorer focus shows it', () => {
    const relations = filesOf('relations').filter((r) => r.status === 'reviewed');
    const touching = (id: string) => relations.filter((r) => r.from === id || r.to === id);
    const oneHop = new Set(['central-asia', ...touching('central-asia').flatMap((r) => [r.from as string, r.to as string])]);
    const twoHops = new Set([...oneHop, ...[...oneHop].flatMap((id) => touching(id).flatMap((r) => [r.from as string, r.to as string]))]);
    for (const [depth, expected] of [[1, oneHop], [2, twoHops]] as const) {
      const g = graphologyOf(exportText(article, 'graphology', { status: ['reviewed'], around: 'central-asia', depth }));
      expect(new Set(g.nodes())).toEqual(expected);
      const among = relations.filter((r) => expected.has(r.from as string) && expected.has(r.to as string)).map((r) => r.id);
      expect(new Set(g.edges())).toEqual(new Set(among));
    }
    expect(oneHop.size).toBeLessThan(twoHops.size);
  });


  it('holds exactly the entities and relations the filter passes', () => {
    const filter: ExportFilter = { types: ['part_of', 'shares_border_with'], status: ['reviewed'], minConfidence: 0.9, kinds: ['Country', 'Region'], hideIsolated: true };
    const kindOf = new Map(filesOf('entities').map((e) => [e.id as string, e.kind as string]));
    const kinds = new Set(filter.kinds);
    const expectedRelations = filesOf('relations').filter(
      (r) =>
        filter.types!.includes(r.type as string) && r.status === 'reviewed' && (r.confidence as number) >= 0.9 && kinds.has(kindOf.get(r.from as string)!) && kinds.has(kindOf.get(r.to as string)!),
    );
    const expectedEntities = new Set(expectedRelations.flatMap((r) => [r.from as string, r.to as string]));
    const g = graphologyOf(exportText(article, 'graphology', filter));
    expect(g.edges().sort()).toEqual(expectedRelations.map((r) => r.id as string).sort());
    expect(g.nodes().sort()).toEqual([...expectedEntities].sort());
    expect(expectedRelations.length).toBeGreaterThan(5);
  });

  it('by source keeps the relations citing it, and by default leaves rejected ones out', () => {
    const cited = filesOf('relations').filter((r) => (r.evidence as Array<{ source: string }>).some((e) => e.source === 'corridor-reference-geography'));
    const g = graphologyOf(exportText(article, 'graphology', { source: 'corridor-reference-geography' }));
    expect(g.edges().sort()).toEqual(cited.filter((r) => r.status !== 'rejected').map((r) => r.id as string).sort());
    expect(graphologyOf(exportText(tricky, 'graphology')).hasEdge('r-part')).toBe(false);
  });
});

describe('every format', () => {
  it.each(FORMAT_NAMES)('%s is byte-stable: the same graph gives the same bytes', (format) => {
    const a = exportBytes(article, format);
    expect(a.length).toBeGreaterThan(1000);
    expect(exportBytes(article, format).equals(a)).toBe(true);
    expect(exportBytes(tricky, format, ALL).equals(exportBytes(tricky, format, ALL))).toBe(true);
  });
});

describe('graphology JSON', () => {
  it('opens in graphology as a directed multigraph with what Gephi Lite draws on every node', () => {
    const g = graphologyOf(exportText(tricky, 'graphology', ALL));
    expect([g.type, g.multi, g.order, g.size]).toEqual(['directed', true, 4, 5]);
    expect(g.edges('kazakhstan', 'china').sort()).toEqual(['r-border', 'r-trade-1', 'r-trade-2']);
    g.forEachNode((_, a) => {
      expect(typeof a.x).toBe('number');
      expect(typeof a.y).toBe('number');
      expect(a.size).toBeGreaterThan(0);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(typeof a.label).toBe('string');
    });
    expect(g.getEdgeAttributes('r-trade-1')).toMatchObject({ relationType: 'trades_with', status: 'extracted', confidence: 0.7, start: '2020-02', end: '2021', timePrecision: 'month/year' });
    expect(g.getEdgeAttributes('r-record')).toMatchObject({ weight: 2.5, flag: false, 'properties.label': 'clash' });
    expect(JSON.parse(g.getEdgeAttribute('r-record', 'evidence'))).toEqual([{ source: 'tiny-dataset', locator: 'edge:e12' }]);
    expect(g.getNodeAttributes('kazakhstan')).toMatchObject({ population: 19000000, landlocked: true, tags: '["a","b"]', 'properties.label': 'clash' });
  });
});

describe('Cytoscape.js JSON', () => {
  it('has elements.nodes with data and position, elements.edges with id, source and target', () => {
    const doc = JSON.parse(exportText(article, 'cytoscape'));
    expect(doc.elements.nodes).toHaveLength(31);
    expect(doc.elements.edges).toHaveLength(88);
    const kz = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'kazakhstan');
    expect(kz).toMatchObject({ data: { id: 'kazakhstan', label: 'Kazakhstan', kind: 'Country' }, position: article.derived.position('kazakhstan') });
    expect(doc.elements.edges[0].data).toMatchObject({ id: expect.any(String), source: expect.any(String), target: expect.any(String), relationType: expect.any(String) });
  });
});

describe('CSV zip', () => {
  it('holds entities, relations and evidence, one row each, with quotes and record locators', () => {
    const files = zipOf(exportBytes(tricky, 'csv', ALL));
    expect(Object.keys(files)).toEqual(['README.txt', 'entities.csv', 'relations.csv', 'evidence.csv']);
    expect(files['README.txt']).toMatch(/UTF-16 code units/);
    const entities = rowsOf(files['entities.csv']!);
    expect(entities.map((e) => e.id)).toEqual(['kazakhstan', 'china', 'central-asia', 'lonely']);
    expect(JSON.parse(entities[0]!.aliases!)).toEqual(['KZ; Qazaqstan', 'Казахстан', 'a|b,c']);
    const relations = rowsOf(files['relations.csv']!);
    expect(relations.map((r) => [r.id, r.from, r.to, r.relationType, r.confidence])).toContainEqual(['r-trade-2', 'kazakhstan', 'china', 'trades_with', '0.85']);
    const evidence = rowsOf(files['evidence.csv']!);
    expect(evidence).toHaveLength(5);
    const border = evidence.find((e) => e.relation === 'r-border')!;
    expect(ASTRAL_TEXT.slice(Number(border.start), Number(border.end))).toBe(border.quote);
    expect(evidence.find((e) => e.relation === 'r-record')).toMatchObject({ source: 'tiny-dataset', locator: 'edge:e12', quote: '' });
  });

  it('in the Neo4j admin-import header form', () => {
    const files = zipOf(exportBytes(tricky, 'neo4j-csv', ALL));
    const [nodeHeader] = files['entities.csv']!.split('\n');
    const [relHeader, firstRel] = files['relations.csv']!.split('\n');
    expect(nodeHeader!.split(',').slice(0, 3)).toEqual(['id:ID', ':LABEL', 'label']);
    expect(nodeHeader).toContain('degree:long');
    expect(nodeHeader).toContain('population:long');
    expect(nodeHeader).toContain('landlocked:boolean');
    expect(relHeader!.split(',').slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id']);
    expect(relHeader).toContain('confidence:double');
    expect(firstRel!.startsWith('kazakhstan,china,SHARES_BORDER_WITH,r-border,')).toBe(true);
    expect(rowsOf(files['entities.csv']!)[0]![':LABEL']).toBe('Entity;Country');
  });
});
