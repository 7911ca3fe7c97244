import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../server/store/files/store.js';
import { decodeUtf8 } from '../../server/interchange/import/bytes.js';
import { parseMapping } from '../../server/interchange/import/mapping.js';
import { importGraph, type ImportReport } from '../../server/interchange/import/run.js';
import { readGexf } from '../../server/interchange/gexf/read.js';
import { readGraphml } from '../../server/interchange/graphml/read.js';
import { readRdf } from '../../server/interchange/rdf/read-rdf.js';
import { copyOfGraphData, ROOT } from '../helpers/data-dir.js';

/**
 * Files as other tools write them (yEd, Gephi 0.9's GEXF 1.2draft, Excel, graphology, Cytoscape,
 * Wikidata), small fixtures written for these tests: each imports with pinned counts and losses,
 * or is refused with an error naming the place, and then nothing is written.
 */
const FIXTURES = path.join(ROOT, 'tests', 'interchange', 'fixtures');
const bytesOf = (name: string) => readFileSync(path.join(FIXTURES, name));
const textOf = (name: string) => decodeUtf8(name, bytesOf(name));
const TOPICS = { defaultKind: 'Topic', defaultType: 'cooperates_on' };

/** Every file of a data folder with its size and modification time: unchanged means nothing was written. */
function snapshot(dir: string): string {
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => {
    const p = path.join(d, f);
    const s = statSync(p);
    return s.isDirectory() ? walk(p) : [`${path.relative(dir, p)}:${s.size}:${s.mtimeMs}`];
  });
  return walk(dir).sort().join('\n');
}

let store: Store;
let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  ({ dir, cleanup } = copyOfGraphData());
  store = await Store.open({ dataDir: dir, watch: false, fsync: false, log: () => {} });
});
afterAll(async () => {
  await store.close();
  cleanup();
});

/** Imports one fixture as the CLI does (bytes decoded as UTF-8 first). */
const importFixture = (name: string, options: { dryRun?: boolean; mapping?: object } = {}): Promise<ImportReport> =>
  importGraph(store, [{ fileName: name, text: textOf(name) }], { actor: 'test', dryRun: options.dryRun ?? true, mapping: parseMapping(options.mapping ?? TOPICS) });

const counts = (r: ImportReport) => ({ format: r.format, entitiesRead: r.entitiesRead, relationsRead: r.relationsRead, entitiesCreated: r.entitiesCreated, entitiesMerged: r.entitiesMerged, relationsCreated: r.relationsCreated });
const reasons = (r: ImportReport) => r.losses.map((l) => `${l.place}: ${l.reason}`);

describe('GraphML as yEd and others write it', () => {
  it('yEd: labels come from y:NodeLabel and y:EdgeLabel, the drawing is reported, not kept as attributes', async () => {
    const g = readGraphml('yed.graphml', textOf('yed.graphml'));
    expect(g.nodes.map((n) => n.attributes)).toEqual([{ description: 'Landlocked country', label: 'Kazakhstan' }, { label: 'Uzbekistan' }]);
    expect(g.edges[0]!.attributes).toEqual({ label: 'shares border with' });
    const r = await importFixture('yed.graphml');
    expect(counts(r)).toEqual({ format: 'graphml', entitiesRead: 2, relationsRead: 1, entitiesCreated: 0, entitiesMerged: 2, relationsCreated: 1 });
    expect(r.mappings).toContainEqual({ what: 'edge-type', foreign: 'shares border with', mapsTo: 'shares_border_with', count: 1 });
    expect(reasons(r)).toEqual(['yEd graphics: drawing (shape, geometry, colours) of 3 elements is not imported: Corridor computes its own layout; labels are taken from y:NodeLabel / y:EdgeLabel']);
  });

  it('a nested graph is flattened, ports and hyperedges are losses, edgedefault and typed keys are kept', async () => {
    const g = readGraphml('nested-hyper-port.graphml', textOf('nested-hyper-port.graphml'));
    expect(g.nodes.map((n) => n.id)).toEqual(['kz', 'uz', 'asia', 'eu']);
    expect(g.nodes[0]!.attributes).toEqual({ label: 'Kazakhstan', population: 19000000, landlocked: true });
    expect(g.nodes[1]!.attributes).toMatchObject({ landlocked: true });
    expect(g.edges.map((e) => e.attributes)).toEqual([{ directed: false, weight: 2.25 }, { directed: true, weight: 1.5 }]);
    const r = await importFixture('nested-hyper-port.graphml');
    expect(counts(r)).toMatchObject({ entitiesRead: 4, relationsRead: 2, relationsCreated: 2 });
    expect(reasons(r)).toEqual([
      'node:asia: nested graph: its nodes are imported as top-level nodes',
      'node:kz port north: ports are not imported: an edge attaches to the node itself',
      'hyperedge h1: hyperedges (more than two ends) are not imported: a relation links two entities',
    ]);
  });

  it('a DOCTYPE without entities is read', async () => {
    expect(counts(await importFixture('doctype-plain.graphml'))).toMatchObject({ entitiesRead: 2, relationsRead: 1, relationsCreated: 1 });
  });

  it('GraphML named .xml is found by its content', async () => {
    expect((await importFixture('yed-as.xml')).format).toBe('graphml');
  });
});

describe('GEXF 1.2draft as Gephi 0.9 writes it', () => {
  it('dynamic values, hierarchy, direction and weight are kept; viz and a node with neither label nor name are reported', async () => {
    const g = readGexf('dynamic-1.2draft.gexf', textOf('dynamic-1.2draft.gexf'));
    expect(g.nodes.find((n) => n.id === '1')!.attributes).toEqual({
      label: 'Kazakhstan', parent: '0',
      gdp: [{ value: 1.5, start: '2019-01-01', end: '2019-12-31' }, { value: 1.7, start: '2020-01-01', end: '2020-12-31' }],
    });
    expect(g.nodes.find((n) => n.id === '2')!.attributes).toEqual({ label: 'Uzbekistan', parent: '0' });
    expect(g.edges.map((e) => e.attributes)).toEqual([{ weight: 3.5, directed: false }, {}, { directed: false }]);
    const r = await importFixture('dynamic-1.2draft.gexf');
    expect(counts(r)).toEqual({ format: 'gexf', entitiesRead: 4, relationsRead: 3, entitiesCreated: 0, entitiesMerged: 3, relationsCreated: 1 });
    expect(reasons(r)).toEqual([
      'hierarchy: 2 nodes have a parent node (pid, parents or nesting): kept as the property "parent", not imported as a relation',
      'viz: layout (viz colour, size, position) of 2 elements is not imported: Corridor computes its own layout',
      'node:3: has no label and no attributes, and its id "3" names nothing; not imported',
      'edge:1: its end "3" was not imported',
      'edge:2: its end "3" was not imported',
    ]);
  });
});

describe('CSV as spreadsheets write it', () => {
  it('semicolons, a quoted field with a newline, a delimiter and doubled quotes', async () => {
    const r = await importFixture('semicolon.csv');
    expect(counts(r)).toMatchObject({ format: 'csv', entitiesRead: 2, entitiesMerged: 2 });
    expect(r.mapping.delimiter ?? ';').toBe(';');
  });

  it('tabs, CRLF and a header with spaces and mixed case ("Relation Type")', async () => {
    const r = await importFixture('tab-crlf.tsv');
    expect(r.mapping.edges).toMatchObject({ source: 'Source', target: 'Target', type: 'Relation Type' });
    expect(counts(r)).toMatchObject({ relationsRead: 2, relationsCreated: 2 });
    expect(r.mappings).toContainEqual({ what: 'edge-type', foreign: 'shares_border_with', mapsTo: 'shares_border_with', count: 2 });
  });

  it('empty trailing columns and padded headers (" ID ", " Node Label ")', async () => {
    const r = await importFixture('excel-trailing.csv');
    expect(r.mapping.nodes).toMatchObject({ id: 'ID', label: 'Node Label', kind: 'Kind' });
    expect(counts(r)).toMatchObject({ entitiesRead: 2, entitiesMerged: 2 });
    expect(r.losses).toEqual([]);
  });

  it('a .txt and a file without extension are read as CSV by their content', async () => {
    for (const name of ['edges-csv.txt', 'edges-no-extension']) {
      expect(counts(await importFixture(name))).toMatchObject({ format: 'csv', relationsRead: 1, relationsCreated: 1 });
    }
  });
});

describe('JSON variants', () => {
  it('graphology, mixed: undirected edges, numeric keys, nested objects kept as JSON', async () => {
    const r = await importFixture('graphology-mixed.json');
    expect(counts(r)).toEqual({ format: 'graphology', entitiesRead: 3, relationsRead: 2, entitiesCreated: 0, entitiesMerged: 3, relationsCreated: 2 });
    expect(reasons(r)).toEqual(['layout: 2 layout attribute values (x, y, size, color) not imported: Corridor computes its own layout']);
  });

  it('Cytoscape: numeric ids, a node without data.id, positions only', async () => {
    const r = await importFixture('cytoscape-numeric.cyjs');
    expect(counts(r)).toMatchObject({ format: 'cytoscape', entitiesRead: 3, relationsRead: 1, entitiesMerged: 2, relationsCreated: 1 });
    expect(reasons(r)).toEqual([
      'element 2: node without data.id',
      'layout: positions of 3 elements not imported: Corridor computes its own layout',
      'node:4: has no label and no attributes, and its id "4" names nothing; not imported',
    ]);
  });
});

describe('RDF variants', () => {
  it('Turtle with @base/@prefix: the English label, other languages as aliases, typed literals, blank nodes reported', async () => {
    const g = readRdf('labels.ttl', textOf('labels.ttl'), 'turtle');
    expect(g.nodes[0]!.attributes).toEqual({
      wikidata: 'Q232', description: 'country in Central Asia', label: 'Kazakhstan', aliases: ['Kasachstan', 'Казахстан'],
      P1082: '19000000', P571: '1991-12-16T00:00:00Z',
    });
    expect(g.nodes[1]!.attributes).toMatchObject({ label: 'Uzbekistan', aliases: 'Ouzbékistan' });
    const r = await importFixture('labels.ttl');
    expect(counts(r)).toMatchObject({ format: 'turtle', entitiesRead: 2, relationsRead: 1, entitiesMerged: 2, relationsCreated: 1 });
    expect(r.losses.map((l) => l.reason)).toEqual([
      'its value is a blank node (an unknown or structured value), which has no name to keep',
      'about a blank node, which is not an item',
    ]);
  });

  it('SPARQL JSON with an optional binding missing', async () => {
    const r = await importFixture('optional.srj');
    expect(counts(r)).toMatchObject({ format: 'sparql-json', entitiesRead: 3, relationsRead: 1, entitiesMerged: 3, relationsCreated: 1 });
  });
});

describe('committed, every record evidence resolves in the stored file', () => {
  it.each(['yed.graphml', 'semicolon.csv', 'bom.json', 'labels.ttl', 'tab-crlf.tsv'])('%s', async (name) => {
    const r = await importFixture(name, { dryRun: false });
    expect(r.committed).toBe(true);
    expect(store.kg.source(r.source)!.text).toBe(textOf(name));
  });
});

describe('refused with the place named, nothing written', () => {
  const cases: Array<[string, RegExp]> = [
    ['billion-laughs.graphml', /^billion-laughs\.graphml line 6: declares entities in its DOCTYPE; files with DTD entities are refused/],
    ['xxe.graphml', /^xxe\.graphml line 2: declares entities in its DOCTYPE/],
    ['excel-unicode.txt', /^excel-unicode\.txt byte 0: not UTF-8 \(looks like UTF-16 LE, as Excel's "Unicode text" saves it\)/],
    ['latin1.csv', /^latin1\.csv byte 26: not valid UTF-8 at byte 26 \(0xd6\)/],
    ['header-only.csv', /^header-only\.csv row 1: has a header but no rows: there is nothing to import/],
    ['truncated.json', /^truncated\.json line 4, column 26: malformed JSON: Unterminated string/],
    ['broken.nt', /^broken\.nt line 4: malformed N-Triples: Expected punctuation/],
  ];
  it.each(cases)('%s', async (name, message) => {
    const before = snapshot(dir);
    // Decoding is part of the import (the CLI and the server decode before reading).
    const run = async () => importGraph(store, [{ fileName: name, text: decodeUtf8(name, bytesOf(name)) }], { actor: 'test', mapping: parseMapping(TOPICS) });
    await expect(run()).rejects.toThrow(message);
    expect(snapshot(dir)).toBe(before);
  });

  it('XML that is neither GraphML nor GEXF names its root element', async () => {
    await expect(importGraph(store, [{ fileName: 'feed.xml', text: '<?xml version="1.0"?>\n<!-- a feed -->\n<rss version="2.0"><channel/></rss>\n' }], { actor: 'test', mapping: parseMapping(TOPICS) }))
      .rejects.toThrow(/^feed\.xml line 1: is XML whose root element is <rss>, neither <graphml> nor <gexf>/);
  });
});
