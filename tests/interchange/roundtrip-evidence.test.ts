import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../server/model/dataset.js';
import { ROOT } from '../helpers/data-dir.js';
import { ASTRAL, emptyFolderLike, roundTrip, writeTrickyFolder } from './roundtrip-helpers.js';

const tricky = writeTrickyFolder();
afterAll(() => tricky.cleanup());

const cli = (script: 'import' | 'export', args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, `server/cli/${script}.ts`), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('evidence of a Corridor export imported into another graph', () => {
  it('into a graph without the cited sources: the record evidence alone stands and the report names every quote it could not re-anchor', async () => {
    // The vocabulary only: no astral article, no tiny dataset.
    const bare = emptyFolderLike(tricky.dir);
    rmSync(path.join(bare.dir, 'sources'), { recursive: true });
    mkdirSync(path.join(bare.dir, 'sources'));
    const rt = await roundTrip(tricky.dir, 'graphml', bare.dir);
    try {
      const border = rt.store.kg.relation('r-border')!;
      expect(border.evidence).toEqual([{ source: rt.report.source, locator: 'edge:r-border' }]);
      const notAnchored = rt.report.losses.filter((l) => /not re-anchored/.test(l.reason));
      expect(notAnchored.map((l) => l.place)).toEqual(['edge:r-border', 'edge:r-trade-1', 'edge:r-trade-2', 'edge:r-part', 'edge:r-part', 'edge:r-record']);
      expect(notAnchored[0]!.reason).toBe('evidence 0 (quote "Kazakhstan borders China." of source "astral") is not re-anchored: the graph has no such source');
      expect(notAnchored[4]!.reason).toBe('evidence 1 (record "edge:e12" of source "tiny-dataset") is not re-anchored: the graph has no such source');
    } finally {
      await rt.close();
      bare.cleanup();
    }
  });

  it('into a graph whose copy of the source reads differently: the quote is checked against the stored text, not trusted', async () => {
    const target = emptyFolderLike(tricky.dir);
    const changed = `Preface.\n${ASTRAL}`;
    writeFileSync(path.join(target.dir, 'sources', 'astral.txt'), changed);
    const meta = JSON.parse(readFileSync(path.join(target.dir, 'sources', 'astral.json'), 'utf8'));
    writeFileSync(path.join(target.dir, 'sources', 'astral.json'), JSON.stringify({ ...meta, sha256: sha256(changed) }));
    const rt = await roundTrip(tricky.dir, 'graphology', target.dir);
    try {
      expect(rt.store.kg.relation('r-border')!.evidence).toEqual([{ source: rt.report.source, locator: 'edge:r-border' }]);
      // The dataset record still re-anchors: its source is the same file.
      expect(rt.store.kg.relation('r-record')!.evidence).toEqual([{ source: 'tiny-dataset', locator: 'edge:e12' }, { source: rt.report.source, locator: 'edge:r-record' }]);
      const loss = rt.report.losses.find((l) => l.place === 'edge:r-border')!;
      expect(loss.reason).toMatch(/^evidence 0 \(quote "Kazakhstan borders China\." of source "astral"\) is not re-anchored: quote is not found verbatim at 15–40 of source "astral".* The quote does occur at 24–49\.$/);
    } finally {
      await rt.close();
      target.cleanup();
    }
  });
});

describe('npm run export → npm run import → npm run export', () => {
  it('the CSV zip comes back byte for byte, read from the data folder the import wrote', () => {
    const target = emptyFolderLike(tricky.dir);
    try {
      const zip = path.join(target.dir, '..', 'corridor.csv.zip');
      const all = ['--status', 'reviewed,extracted,rejected'];
      expect(cli('export', ['--format', 'csv', ...all, '--data', tricky.dir, '--out', zip]).status).toBe(0);
      const imported = cli('import', [zip, '--data', target.dir, '--format-out', 'json']);
      expect(imported.stderr).toBe('');
      const report = JSON.parse(imported.stdout) as { sources: string[]; relationsCreated: number };
      expect(report.sources).toEqual(['entities', 'evidence', 'relations']);
      expect(report.relationsCreated).toBe(5);
      const again = path.join(target.dir, '..', 'again.csv.zip');
      expect(cli('export', ['--format', 'csv', ...all, '--omit-sources', report.sources.join(','), '--data', target.dir, '--out', again]).status).toBe(0);
      expect(readFileSync(again).equals(readFileSync(zip))).toBe(true);
    } finally {
      target.cleanup();
    }
  });
});
