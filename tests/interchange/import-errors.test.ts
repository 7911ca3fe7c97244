import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../server/store/files/store.js';
import { decodeUtf8 } from '../../server/interchange/import/bytes.js';
import { parseMapping } from '../../server/interchange/import/mapping.js';
import { importGraph } from '../../server/interchange/import/run.js';
import { copyOfGraphData, ROOT } from '../helpers/data-dir.js';
import { SAMPLES } from './import-helpers.js';

/** Every file of a data folder with its size and modification time: unchanged means nothing was written. */
function snapshot(dir: string): string {
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [`${path.relative(dir, path.join(d, f))}:${statSync(path.join(d, f)).size}:${statSync(path.join(d, f)).mtimeMs}`]));
  return walk(dir).sort().join('\n');
}

function runImport(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli/import.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

const scratch = mkdtempSync(path.join(tmpdir(), 'corridor-import-bad-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
};

describe('bad input is refused with its place, and nothing is written', () => {
  const cases: Array<[string, () => string[], RegExp, Record<string, string>?]> = [
    ['malformed XML names line and column', () => [write('bad.graphml', '<?xml version="1.0"?>\n<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>\n')], /bad\.graphml line 5, column \d+: malformed XML/],
    ['a wrong mapping names the mapping field', () => [path.join(SAMPLES, 'csv/neo4j-admin/roles.csv'), '--mapping', write('m.json', JSON.stringify({ edges: { sourc: 'x' } }))], /m\.json \$\.edges: unknown field "sourc"/],
    ['a mapping naming a missing column names the field', () => [write('e.csv', 'a,b\n1,2\n'), '--mapping', write('m2.json', JSON.stringify({ nodes: { id: 'ID' } }))], /mapping \$\.nodes\.id: "ID" is not an attribute/],
    ['a ragged CSV row names the row', () => [write('ragged.csv', 'id,label\nx,X\ny,Y,extra\n')], /ragged\.csv row 3: has 3 fields but the header has 2/],
    ['duplicate CSV headers name the columns', () => [write('dup.csv', 'id,label,label\nx,X,Y\n')], /header "label" appears twice, in columns 2 and 3/],
    ['a file over the size limit', () => [path.join(SAMPLES, 'gexf/gephi-desktop_us-airports.gexf')], /has 167872 bytes, more than the import limit of 100000 bytes/, { CORRIDOR_MAX_IMPORT_BYTES: '100000' }],
    ['a file that is not UTF-8 names the byte offset', () => [write('latin1.csv', Buffer.from('id,label\nx,Caf\xe9\n', 'latin1'))], /latin1\.csv byte 14: not valid UTF-8 at byte 14 \(0xe9\)/],
    ['an XML file declaring another encoding', () => [write('l.gexf', '<?xml version="1.0" encoding="ISO-8859-1"?>\n<gexf></gexf>')], /declares encoding "ISO-8859-1"/],
  ];
  for (const [name, args, message, env] of cases) {
    it(name, () => {
      const { dir, cleanup } = copyOfGraphData();
      try {
        const before = snapshot(dir);
        const out = runImport([...args(), '--data', dir], env);
        expect(out.status).toBe(1);
        expect(out.stderr).toMatch(message);
        expect(snapshot(dir)).toBe(before);
      } finally {
        cleanup();
      }
    });
  }

  it('decodeUtf8 keeps a byte order mark so the stored text has the same bytes', () => {
    const bytes = readFileSync(path.join(SAMPLES, 'csv/gephi/test_utf8_chars_with_bom.csv'));
    expect(Buffer.from(decodeUtf8('x', bytes), 'utf8').equals(bytes)).toBe(true);
  });
});

describe('committed imports', () => {
  it('stores the file byte for byte, validates through npm run validate, and refuses the same bytes again', async () => {
    const { dir, cleanup } = copyOfGraphData();
    try {
      const file = path.join(SAMPLES, 'graphml/graphology-test_mixed_multigraph.graphml');
      const first = runImport([file, '--data', dir, '--mapping', write('topics.json', JSON.stringify({ defaultKind: 'Topic', defaultType: 'cooperates_on' })), '--format-out', 'json']);
      expect(first.status, first.stderr).toBe(0);
      const report = JSON.parse(first.stdout) as { source: string; relationsCreated: number; committed: boolean };
      expect(report).toMatchObject({ committed: true, relationsCreated: 8 });
      expect(readFileSync(path.join(dir, 'sources', `${report.source}.txt`)).equals(readFileSync(file))).toBe(true);
      const meta = JSON.parse(readFileSync(path.join(dir, 'sources', `${report.source}.json`), 'utf8'));
      expect(meta).toMatchObject({ kind: 'dataset', format: 'graphml', fileName: 'graphology-test_mixed_multigraph.graphml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(execFileSync(process.execPath, ['--import', 'tsx', 'server/cli/validate.ts', dir], { cwd: ROOT, encoding: 'utf8' })).toMatch(/valid/);
      const again = runImport([file, '--data', dir, '--mapping', path.join(scratch, 'topics.json')]);
      expect(again.stderr).toMatch(new RegExp(`same bytes \\(SHA-256\\) as source "${report.source}"`));

      // A locator that names no record is refused by validation, naming the evidence.
      const relFile = path.join(dir, 'relations', `${report.source}.json`);
      const rel = JSON.parse(readFileSync(relFile, 'utf8'));
      rel.relations[0].evidence[0].locator = 'edge:e99';
      writeFileSync(relFile, JSON.stringify(rel, null, 2));
      const invalid = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/validate.ts', dir], { cwd: ROOT, encoding: 'utf8' });
      expect(invalid.stderr).toMatch(/\$\.relations\[0\]\.evidence\[0\]\.locator: locator "edge:e99" names no record of source .* \[LOCATOR_NOT_FOUND\]/);
      await expect(Store.open({ dataDir: dir, watch: false, log: () => {} })).rejects.toThrow(/LOCATOR_NOT_FOUND|names no record/);
    } finally {
      cleanup();
    }
  });

  it('--add-to-vocabulary adds unknown kinds and types in the same commit; without it they are losses', async () => {
    const { dir, cleanup } = copyOfGraphData();
    const store = await Store.open({ dataDir: dir, watch: false, fsync: false, log: () => {} });
    try {
      const files = ['movies.csv', 'actors.csv', 'roles.csv'].map((f) => ({ fileName: f, text: readFileSync(path.join(SAMPLES, 'csv/neo4j-admin', f), 'utf8') }));
      const dry = await importGraph(store, files, { actor: 't', mapping: parseMapping({}), dryRun: true });
      expect(dry.relationsCreated).toBe(0);
      expect(dry.losses).toContainEqual({ place: 'movies.csv row:2', reason: 'kind "Movie" is not in the vocabulary; map it in mapping.kinds or import with --add-to-vocabulary' });
      const done = await importGraph(store, files, { actor: 't', mapping: parseMapping({}), addToVocabulary: true, status: 'reviewed' });
      expect([done.entitiesCreated, done.relationsCreated, done.losses.length]).toEqual([6, 9, 0]);
      expect(store.kg.vocabulary.types.get('acted_in')).toMatchObject({ label: 'acted in' });
      expect(store.kg.relation('keanu-acted-in-tt0133093')).toMatchObject({ status: 'reviewed', confidence: 1 });
      expect(JSON.parse(readFileSync(path.join(dir, 'vocabulary.json'), 'utf8')).entityKinds.map((k: { id: string }) => k.id)).toEqual(expect.arrayContaining(['Movie', 'Actor']));
    } finally {
      await store.close();
      cleanup();
    }
  });

  it('merges file entities with existing ones by Wikidata id and by name', async () => {
    const { dir, cleanup } = copyOfGraphData();
    const store = await Store.open({ dataDir: dir, watch: false, fsync: false, log: () => {} });
    try {
      const csv = 'id,label,wikidata,kind\nkz,Some name,Q232,Country\nuz,Uzbekistan,,Country\n';
      const links = 'source,target,type\nkz,uz,shares_border_with\n';
      const report = await importGraph(store, [{ fileName: 'nodes.csv', text: csv }, { fileName: 'edges.csv', text: links }], { actor: 't', mapping: parseMapping({}), dryRun: true });
      expect(report.merges).toEqual([
        { foreign: 'kz', entity: 'kazakhstan', by: 'wikidata' },
        { foreign: 'uz', entity: 'uzbekistan', by: 'name' },
      ]);
      expect(report.entitiesCreated).toBe(0);
    } finally {
      await store.close();
      cleanup();
    }
  });
});
