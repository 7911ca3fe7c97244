import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { locatorProblem } from '../../server/model/locators.js';
import type { Entity, Relation } from '../../server/model/records.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { graphOf, roundTrip, writeTrickyFolder } from './roundtrip-helpers.js';

const FORMATS = ['graphology', 'gexf', 'graphml', 'csv', 'turtle', 'ntriples'];
const RDF = new Set(['turtle', 'ntriples']);

/** What an entity is, without the server's audit fields. */
const entityOf = ({ created: _c, updated: _u, ...e }: Entity) => e;
/** What a relation is, without audit fields (evidence compared apart). */
const relationOf = ({ created: _c, updated: _u, evidence: _e, ...r }: Relation) => r;

const tricky = writeTrickyFolder();
afterAll(() => tricky.cleanup());

describe.each([
  ['the shipped graph', GRAPH_DATA],
  ['the tricky graph', tricky.dir],
])('round trips of %s', (_name, dataDir) => {
  let original: KnowledgeGraph;
  beforeAll(async () => {
    original = await graphOf(dataDir);
  });

  it.each(FORMATS)('%s: import gives the same graph, each relation also pointing at its record of the export', async (format) => {
    const rt = await roundTrip(dataDir, format);
    try {
      const kg = rt.store.kg;
      expect([...kg.entityIds()]).toEqual([...original.entityIds()]);
      for (const id of original.entityIds()) {
        const e = entityOf(original.entity(id)!);
        const back = entityOf(kg.entity(id)!);
        // CSV has no types: a number property comes back as its text.
        if (format === 'csv' && e.properties) e.properties = Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
        expect(back).toEqual(e);
      }
      expect([...kg.index.edgeIds]).toEqual([...original.index.edgeIds]);
      for (const id of original.index.edgeIds) {
        const r = original.relation(id)!;
        const back = kg.relation(id)!;
        const expected = relationOf(r);
        if (format === 'csv' && expected.properties) expected.properties = Object.fromEntries(Object.entries(expected.properties).map(([k, v]) => [k, String(v)]));
        expect(relationOf(back)).toEqual(expected);
        expect(back.evidence.slice(0, -1)).toEqual(r.evidence);
        const record = back.evidence.at(-1)!;
        expect(rt.report.sources).toContain(record.source);
        expect('locator' in record && locatorProblem(record.locator!, kg.source(record.source)!)).toBeNull();
      }
    } finally {
      await rt.close();
    }
  });

  it.each(FORMATS)('%s: exporting the import again (without its own dataset sources) gives the same bytes', async (format) => {
    const rt = await roundTrip(dataDir, format);
    try {
      expect(rt.again.equals(rt.original)).toBe(true);
      if (RDF.has(format)) {
        const parse = (b: Buffer) => new Parser({ format: format === 'turtle' ? 'Turtle' : 'N-Triples' }).parse(b.toString('utf8'));
        expect(isomorphic(parse(rt.again), parse(rt.original))).toBe(true);
      }
    } finally {
      await rt.close();
    }
  });
});

describe('what a Corridor export brings back', () => {
  it('derived columns do not come back as properties; colliding property keys return to their names', async () => {
    const rt = await roundTrip(tricky.dir, 'graphml');
    try {
      expect(rt.store.kg.entity('kazakhstan')!.properties).toEqual({ population: 19000000, area: 2.7245, landlocked: true, label: 'clash' });
      expect(rt.store.kg.entity('china')!.properties).toBeUndefined();
      expect(rt.store.kg.relation('r-record')!.properties).toEqual({ weight: 2.5, label: 'clash', flag: false });
      expect(rt.store.kg.relation('r-border')!.properties).toBeUndefined();
      expect(rt.report.losses.map((l) => l.place)).toEqual(['derived columns']);
    } finally {
      await rt.close();
    }
  });
});
