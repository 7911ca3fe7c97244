import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import type { ExportFilter } from '../../server/interchange/export/view.js';
import { articleGraph, exportText, scratch, trickyGraph, xmllint } from './export-fixtures.js';

let article: KnowledgeGraph;
let tricky: KnowledgeGraph;
const tmp = scratch();
beforeAll(async () => {
  article = await articleGraph();
  tricky = trickyGraph();
});
afterAll(() => tmp.cleanup());

const cases: Array<[string, () => KnowledgeGraph, ExportFilter]> = [
  ['the article graph', () => article, {}],
  ['the article graph, filtered', () => article, { types: ['part_of', 'shares_border_with'], status: ['reviewed'], hideIsolated: true }],
  ['an empty view', () => article, { types: ['part_of'], minConfidence: 1, kinds: ['Topic'], hideIsolated: true }],
  ['the tricky graph (control characters, astral text, properties, record evidence)', () => tricky, { status: ['reviewed', 'extracted', 'rejected'] }],
];

describe('GEXF export', () => {
  it.each(cases)('validates against the GEXF 1.3 RELAX NG schema: %s', (name, graph, filter) => {
    const file = tmp.write(`${name.replace(/\W+/g, '-')}.gexf`, exportText(graph(), 'gexf', filter));
    expect(xmllint(file, 'gexf')).toEqual({ status: 0, stderr: expect.stringContaining('validates') });
  });

  it('uses the canonical namespaces, no schemaLocation, and dynamic date time', () => {
    const text = exportText(article, 'gexf');
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(text).not.toContain('schemaLocation');
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">');
  });

  it('writes time as spells of full dates and keeps the precision', () => {
    const text = exportText(tricky, 'gexf', { status: ['reviewed', 'extracted', 'rejected'] });
    const edge = (id: string) => text.slice(text.indexOf(`<edge id="${id}"`), text.indexOf('</edge>', text.indexOf(`<edge id="${id}"`)));
    expect(edge('r-border')).toContain('<spell start="2024-05-01" end="2024-05-01"/>');
    expect(edge('r-border')).toContain('<attvalue for="timePrecision" value="month"/>');
    expect(edge('r-trade-1')).toContain('<spell start="2020-02-01" end="2021-12-31"/>');
    expect(edge('r-trade-1')).toContain('<attvalue for="timePrecision" value="month/year"/>');
    expect(edge('r-trade-2')).toContain('<spell start="2019-01-01"/>');
    expect(edge('r-record')).not.toContain('<spell');
  });

  it('gives each edge its relation type as kind, colour and position from the vocabulary and layout', () => {
    const text = exportText(article, 'gexf');
    expect(text).toMatch(/<edge id="kazakhstan-part-of-central-asia" source="kazakhstan" target="central-asia" kind="part_of" label="part of">/);
    const color = article.vocabulary.vocabulary.entityKinds.find((k) => k.id === 'Country')!.color;
    const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    const kz = text.slice(text.indexOf('<node id="kazakhstan"'), text.indexOf('</node>', text.indexOf('<node id="kazakhstan"')));
    expect(kz).toContain(`<viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>`);
    const { x, y } = article.derived.position('kazakhstan');
    expect(kz).toContain(`<viz:position x="${x}" y="${y}"/>`);
  });

  it('drops characters XML forbids and escapes markup', () => {
    const text = exportText(tricky, 'gexf', { status: ['reviewed', 'extracted', 'rejected'] });
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(text).toContain('value="Bell &lt;&amp;&gt; &quot;quoted&quot; \u{1D518}"');
    expect(text).toContain('label="Central Asia"');
  });
});

describe('GraphML export', () => {
  it.each(cases)('validates against the GraphML XSD: %s', (name, graph, filter) => {
    const file = tmp.write(`${name.replace(/\W+/g, '-')}.graphml`, exportText(graph(), 'graphml', filter));
    expect(xmllint(file, 'graphml')).toEqual({ status: 0, stderr: expect.stringContaining('validates') });
  });

  it('declares a typed key for every attribute, with NMTOKEN-safe names', () => {
    const text = exportText(tricky, 'graphml', { status: ['reviewed', 'extracted', 'rejected'] });
    expect(text).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(text).toContain('<key id="n_population" for="node" attr.name="population" attr.type="long"/>');
    expect(text).toContain('<key id="n_area" for="node" attr.name="area" attr.type="double"/>');
    expect(text).toContain('<key id="n_landlocked" for="node" attr.name="landlocked" attr.type="boolean"/>');
    expect(text).toContain('<key id="n_odd_name_" for="node" attr.name="odd_name_" attr.type="string"/>');
    expect(text).toContain('<key id="n_properties.label" for="node" attr.name="properties.label" attr.type="string"/>');
    expect(text).toContain('<data key="n_tags">["a","b"]</data>');
  });
});
