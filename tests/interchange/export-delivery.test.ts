import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../server/interchange/export/formats.js';
import { ROOT } from '../helpers/data-dir.js';
import { realServer } from '../helpers/server.js';
import { scratch, xmllint } from './export-fixtures.js';

let server: Awaited<ReturnType<typeof realServer>>;
const tmp = scratch();
beforeAll(async () => {
  server = await realServer(['--rate-limit-per-minute', '100000']);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

const TODAY = /^attachment; filename="corridor-\d{4}-\d{2}-\d{2}\.(.+)"$/;

describe('GET /export/<format>', () => {
  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', 'gexf'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'graphml'],
    ['csv', 'application/zip', 'csv.zip'],
    ['neo4j-csv', 'application/zip', 'neo4j.zip'],
    ['graphology', 'application/json; charset=utf-8', 'graphology.json'],
    ['cytoscape', 'application/json; charset=utf-8', 'cyjs'],
    ['turtle', 'text/turtle; charset=utf-8', 'ttl'],
    ['ntriples', 'application/n-triples; charset=utf-8', 'nt'],
    ['jsonld', 'application/ld+json; charset=utf-8', 'jsonld'],
  ])('%s: content type %s, a dated file name', async (format, type, extension) => {
    const res = await fetch(`${server.url}/export/${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')?.match(TODAY)?.[1]).toBe(extension);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('applies the filter given as query parameters, and the GEXF validates', async () => {
    const res = await fetch(`${server.url}/export/gexf?types=part_of&status=reviewed&minConfidence=0.8&kinds=Country,Region&validAt=2024&hideIsolated=true`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-corridor-relations')).toBe('5');
    const file = tmp.write('filtered.gexf', Buffer.from(await res.arrayBuffer()));
    expect(xmllint(file, 'gexf').status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.match(/<edge /g)).toHaveLength(5);
    expect(text.match(/<node /g)).toHaveLength(6);
  });

  it('answers an unknown format with 404 listing the formats', async () => {
    const res = await fetch(`${server.url}/export/pdf`);
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.errors[0].message).toBe(`no export format "pdf"; the formats are ${FORMAT_NAMES.join(', ')}`);
    expect(body.errors[0].extensions.formats).toEqual(FORMAT_NAMES);
  });

  it.each([
    ['minConfidence=2', 'minConfidence', 'minConfidence: must be a number from 0 to 1 (got "2")'],
    ['types=part_off', 'types', 'types: unknown relation type "part_off"; did you mean "part_of"?'],
    ['kinds=Countries', 'kinds', 'kinds: unknown entity kind "Countries"; did you mean "Country"?'],
    ['status=approved', 'status', 'status: unknown status "approved"'],
    ['validAt=2024-13', 'validAt', 'validAt: "2024-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['source=nowhere', 'source', 'source: unknown source "nowhere"'],
    ['minconfidence=0.5', 'minconfidence', 'minconfidence: unknown parameter; the filter parameters are types, kinds, status, minConfidence, source, validAt, hideIsolated, omitSources, around, depth'],
    ['around=Kazakstan', 'around', 'around: no entity "Kazakstan"; did you mean "kazakhstan"?'],
    ['around=kazakhstan&depth=9', 'depth', 'depth: must be a whole number from 1 to 6 (got "9")'],
    ['depth=2', 'depth', 'depth: needs around (the entity to count hops from)'],
  ])('answers a bad filter value (%s) with 400 naming the parameter', async (query, parameter, message) => {
    const res = await fetch(`${server.url}/export/graphml?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].message).toBe(message);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
  });
});

const exportCli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli/export.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run export', () => {
  it('writes a filtered GraphML file that validates', () => {
    const out = path.join(tmp.dir, 'cli.graphml');
    const r = exportCli(['--format', 'graphml', '--types', 'part_of', '--status', 'reviewed', '--data', server.dataDir, '--out', out]);
    expect(r.stderr).toMatch(/cli\.graphml: graphml, 31 entities, 5 relations \(types=part_of; status=reviewed\)/);
    expect(r.status).toBe(0);
    expect(xmllint(out, 'graphml').status).toBe(0);
    expect(readFileSync(out, 'utf8').match(/<edge /g)).toHaveLength(5);
  });

  it('writes to standard output without --out, reading CORRIDOR_DATA', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli/export.ts'), '--format', 'ntriples', '--no-layout', '--hide-isolated', '--kinds', 'Country'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CORRIDOR_DATA: server.dataDir },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<https://corridor.example/entity/kazakhstan> <http://www.w3.org/2000/01/rdf-schema#label> "Kazakhstan" .');
    expect(r.stdout).not.toContain('<https://corridor.example/entity/central-asia> <http://www.w3.org/2000/01/rdf-schema#label>');
  });

  it('refuses an unknown format or filter value naming the flag, and writes nothing', () => {
    const out = path.join(tmp.dir, 'never.gexf');
    const bad = exportCli(['--format', 'gephi', '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format: unknown format "gephi"; the formats are gexf, graphml');
    const filter = exportCli(['--format', 'gexf', '--min-confidence', 'high', '--out', out]);
    expect(filter.status).toBe(2);
    expect(filter.stderr).toContain('--min-confidence: must be a number from 0 to 1 (got "high")');
    expect(existsSync(out)).toBe(false);
  });
});
