import { describe, expect, it } from 'vitest';
import { recordSpan } from '../../server/model/locators.js';
import { importSamples } from './import-helpers.js';

const PEOPLE = { defaultKind: 'Topic', defaultType: 'cooperates_on' };

describe('import of the public sample files', () => {
  it('Gephi desktop Les Misérables (old 1.3 namespace): every node and edge, numeric ids replaced by slugs, viz reported', async () => {
    const { report, store, cleanup } = await importSamples(['gexf/gephi-desktop_les-miserables.gexf'], { mapping: PEOPLE });
    try {
      expect([report.entitiesRead, report.relationsRead]).toEqual([77, 254]);
      expect(report.entitiesCreated + report.entitiesMerged).toBe(77);
      expect(report.relationsCreated).toBe(254);
      expect(report.losses.map((l) => l.place)).toEqual(['viz']);
      const valjean = store.kg.entity('valjean')!;
      expect(valjean.kind).toBe('Topic');
      const r = store.kg.relation('napoleon-cooperates-on-myriel')!;
      expect(r.evidence).toEqual([{ source: report.source, locator: 'edge:0' }]);
      expect(r.status).toBe('extracted');
      expect(r.confidence).toBe(0.5);
      const span = recordSpan('edge:0', store.kg.source(report.source)!)!;
      expect(store.kg.source(report.source)!.text.slice(span.start, span.end)).toMatch(/^<edge id="0" source="1" target="0"/);
    } finally {
      await cleanup();
    }
  });

  it('Gephi Lite Les Misérables (broken viz namespace) reads like the desktop file; integer attributes stay numbers', async () => {
    const { report, store, cleanup } = await importSamples(['gexf/gephi-lite_les-miserables.gexf'], { mapping: PEOPLE, dryRun: true });
    try {
      expect([report.entitiesRead, report.relationsRead, report.relationsCreated]).toEqual([77, 254, 254]);
      expect(report.committed).toBe(false);
      expect(store.kg.source(report.source)).toBeUndefined();
    } finally {
      await cleanup();
    }
  });

  it('US airports: typed string attributes keep their text ("Little Rock, AR"), doubles are numbers', async () => {
    const { report, store, cleanup } = await importSamples(['gexf/gephi-desktop_us-airports.gexf'], { mapping: { defaultKind: 'Topic', defaultType: 'connects' } });
    try {
      expect([report.entitiesRead, report.relationsRead]).toEqual([235, 1297]);
      const adams = store.kg.entity('adams-field-airport')!;
      expect(adams.properties).toEqual({ Code: 'LIT', City: 'Little Rock, AR', latitude: 34.729444, longitude: -92.224444 });
      expect(report.relationsCreated + report.losses.filter((l) => l.place.startsWith('edge:')).length).toBe(1297);
    } finally {
      await cleanup();
    }
  });

  it('dynamic edge weight: both timestamped values are kept with their times', async () => {
    const { report, store, cleanup } = await importSamples(['gexf/gephi-test_dynamicedgeweight.gexf'], { mapping: PEOPLE });
    try {
      expect(report.relationsCreated).toBe(1);
      const r = store.kg.relation('hello-cooperates-on-word')!;
      expect(r.properties?.Weight).toEqual([{ value: 1, timestamp: '2004' }, { value: 2, timestamp: '2005' }]);
    } finally {
      await cleanup();
    }
  });

  it('timezone: node timestamps are kept as written, with the graph timezone', async () => {
    const { store, cleanup } = await importSamples(['gexf/gephi-test_timezone.gexf'], { mapping: PEOPLE });
    try {
      expect(store.kg.entity('hello')!.properties?.time).toEqual({ spells: [{ timestamp: '2012-01-12T15:00:00' }], timeformat: 'dateTime', timezone: 'America/Los_Angeles' });
      expect(store.kg.entity('word')!.properties?.time).toMatchObject({ spells: [{ timestamp: '2012-01-12T15:00:00+03:00' }] });
    } finally {
      await cleanup();
    }
  });

  it('GraphML: parallel edges of the airlines file, CDATA with a key declared inside <graph>, mixed directions, defaults', async () => {
    const airlines = await importSamples(['graphml/gephi-lite_airlines.graphml'], { mapping: { defaultKind: 'Topic', defaultType: 'connects' }, dryRun: true });
    expect([airlines.report.entitiesRead, airlines.report.relationsRead, airlines.report.relationsCreated]).toEqual([235, 2101, 2101]);
    await airlines.cleanup();
    const cdata = await importSamples(['graphml/gephi-test_cdata.graphml'], { mapping: { ...PEOPLE, edges: { type: 'label' }, types: { foobar: 'cooperates_on' } } });
    expect(cdata.store.kg.entity('n0')).toMatchObject({ label: 'foo' });
    expect(cdata.report.relationsCreated).toBe(1);
    await cdata.cleanup();
    const mixed = await importSamples(['graphml/graphology-test_mixed_multigraph.graphml'], { mapping: PEOPLE });
    expect(mixed.report.relationsCreated).toBe(8);
    const e3 = mixed.store.kg.relation('e3')!;
    expect(e3.properties).toEqual({ directed: true });
    expect(mixed.store.kg.entity('n1')!.properties).toEqual({ color: 'yellow' });
    await mixed.cleanup();
    const cliques = await importSamples(['graphml/gephi-test_two-cliques.graphml'], { mapping: PEOPLE, dryRun: true });
    expect(cliques.report.losses).toContainEqual({ place: 'graph data dl', reason: 'graph-level attributes are not imported' });
    await cliques.cleanup();
  });

  it('Gephi CSVs: space-delimited edge table with intervals, BOM file with a duplicate id and an empty row, typed columns kept as text', async () => {
    const edges = await importSamples(['csv/gephi/edges_table_with_timeset_intervals.csv'], { mapping: PEOPLE });
    expect([edges.report.relationsRead, edges.report.relationsCreated]).toEqual([5, 5]);
    const first = edges.store.kg.relation('fred-cooperates-on-alice')!;
    expect(first).toMatchObject({ start: '2016-02-03', end: '2016-02-04', evidence: [{ locator: 'row:2' }] });
    expect(edges.store.kg.relation('alice-cooperates-on-fred')).toMatchObject({ start: '2016-03-04' });
    expect(edges.store.kg.relation('alice-cooperates-on-fred')!.end).toBeUndefined();
    expect(edges.report.mappings).toContainEqual({ what: 'edge-type', foreign: '(none)', mapsTo: 'cooperates_on', count: 5 });
    await edges.cleanup();

    const bom = await importSamples(['csv/gephi/test_utf8_chars_with_bom.csv'], { mapping: PEOPLE });
    expect(bom.report.mapping.nodes.id).toBe('id');
    expect(bom.report.losses).toEqual([
      { place: 'row:5', reason: 'empty row (every field blank)' },
      { place: 'row:4', reason: 'duplicate node id "2" (its first record is imported)' },
    ]);
    expect(bom.store.kg.source(bom.report.source)!.text.startsWith('\uFEFFid,')).toBe(true);
    expect(bom.store.kg.entity('uno')!.properties).toMatchObject({ utf8: '漢語' });
    await bom.cleanup();

    const types = await importSamples(['csv/gephi/nodes_table_types_test.csv'], { mapping: PEOPLE, dryRun: true });
    expect(types.report.entitiesRead).toBe(5);
    await types.cleanup();
  });

  it('Neo4j admin-import tutorial: multi-labels, typed and array properties, two id spaces of files in one import', async () => {
    const { report, store, cleanup } = await importSamples(['csv/neo4j-admin/movies.csv', 'csv/neo4j-admin/actors.csv', 'csv/neo4j-admin/roles.csv', 'csv/neo4j-admin/movies6.csv', 'csv/neo4j-admin/actors6.csv', 'csv/neo4j-admin/roles6.csv'], {
      mapping: { kinds: { Movie: 'Event', Actor: 'Sector' }, types: { ACTED_IN: 'has_participant' } },
    });
    try {
      expect([report.entitiesCreated, report.relationsCreated, report.losses.length]).toEqual([8, 10, 0]);
      expect(store.kg.entity('tt0234215')).toMatchObject({ label: 'The Matrix Reloaded', kind: 'Event', properties: { year: 2003, labels: ['Movie', 'Sequel'] } });
      expect(store.kg.relation('meg-has-participant-tt0099892')).toMatchObject({ evidence: [{ source: 'roles6', locator: 'row:2' }], properties: { roles: ['DeDe', 'Angelica Graynamore', 'Patricia Graynamore'] } });
    } finally {
      await cleanup();
    }
  });

  it('Cytoscape JSON: edges without ids are found by index; compound and desktop exports read', async () => {
    const { report, store, cleanup } = await importSamples(['json/cytoscapejs-demo_edge-types.json'], { mapping: PEOPLE });
    try {
      expect(report.format).toBe('cytoscape');
      expect([report.relationsRead, report.relationsCreated]).toEqual([18, 17]);
      expect(report.losses).toContainEqual({ place: 'edge:#17', reason: 'a self-loop (both ends are "n23"): Corridor relations link two entities' });
      const parallel = [...store.kg.relations.idsInFile(`relations/${report.source}.json`)].map((id) => store.kg.relation(id)!).filter((r) => r.from === 'n01' && r.to === 'n02');
      expect(parallel.map((r) => (r.evidence[0] as { locator: string }).locator)).toEqual(['edge:#0', 'edge:#1']);
    } finally {
      await cleanup();
    }
    for (const f of ['json/cytoscapejs-demo_compound.json', 'json/cytoscape-desktop-3.1_genemania-export.cyjs']) {
      const r = await importSamples([f], { mapping: PEOPLE, dryRun: true });
      expect(r.report.entitiesRead).toBeGreaterThan(0);
      await r.cleanup();
    }
  });

  it('Wikibase RDF fixtures: statement values become attributes; references and orphan qualifiers are losses by triple', async () => {
    const q6 = await importSamples(['rdf/wikibase-test_Q6_statements.nt'], { mapping: { defaultKind: 'Topic' } });
    expect(q6.store.kg.entity('q6')).toMatchObject({ wikidata: 'Q6', properties: { P7: 'string' } });
    expect(q6.report.losses).toEqual([]);
    await q6.cleanup();
    const refs = await importSamples(['rdf/wikibase-test_Q7_references.nt'], { dryRun: true });
    expect(refs.report.entitiesRead).toBe(0);
    expect(refs.report.losses.every((l) => l.reason.startsWith('reference'))).toBe(true);
    expect(refs.report.losses.length).toBe(13);
    await refs.cleanup();
    const quals = await importSamples(['rdf/wikibase-test_Q6_qualifiers.nt'], { dryRun: true });
    expect(quals.report.losses.length).toBe(13);
    await quals.cleanup();
  });

  it('SPARQL JSON results: items with QIDs, labels, descriptions; joined aliases kept whole and reported', async () => {
    const { report, store, cleanup } = await importSamples(['rdf/wikibase-sdk-test_sparql-results-aliases.srj'], { mapping: { defaultKind: 'Topic' } });
    try {
      expect(report.format).toBe('sparql-json');
      const kierkegaard = store.kg.entity('s-ren-kierkegaard')!;
      expect(kierkegaard).toMatchObject({ wikidata: 'Q6512', description: expect.any(String) });
      expect(report.losses.find((l) => l.place === 'aliases')!.reason).toMatch(/joins aliases with ", "/);
      const russell = [...store.kg.entityIds()].map((id) => store.kg.entity(id)!).find((e) => typeof e.properties?.aliasesJoined === 'string' && e.properties.aliasesJoined.includes('"A. E". Russell'));
      expect(russell?.properties?.aliasesJoined).toBe('"A. E". Russell, A. E., AE');
    } finally {
      await cleanup();
    }
  });
});
