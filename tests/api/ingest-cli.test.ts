import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from '../../server/model/dataset.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { copyOfGraphData, ROOT } from '../helpers/data-dir.js';

const ARTICLE = `Kyrgyzstan and the EU talk trade

Kyrgyzstan is a member of the Eurasian Economic Union. The European Union signed a memorandum of understanding with Kyrgyzstan on critical raw materials in May 2024.
`;
const MARKDOWN = `# Tajikistan water talks\n\nTajikistan borders Afghanistan, and the two discussed water use along the **Panj** river.\n`;
const HTML = `<html><head><title>Turkmen gas</title></head><body><article><p>Turkmenistan is a member of the Commonwealth of Independent States, according to its foreign ministry in Ashgabat.</p></article></body></html>`;

let data: ReturnType<typeof copyOfGraphData>;
let inbox: string;
beforeEach(() => {
  data = copyOfGraphData();
  inbox = path.join(path.dirname(data.dir), 'inbox');
  mkdirSync(inbox);
});
afterEach(() => data.cleanup());

const ingest = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli/ingest.ts'), ...args, '--data', data.dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CORRIDOR_FSYNC: '0' },
    timeout: 60_000,
  });
const files = () => readdirSync(data.dir, { recursive: true }).map(String).sort();

describe('npm run ingest', () => {
  it('--dry-run --format json prints only the report as JSON and writes nothing', () => {
    const file = path.join(inbox, 'kyrgyz.txt');
    writeFileSync(file, ARTICLE);
    const before = files();
    const r = ingest([file, '--dry-run', '--format', 'json', '--publisher', 'Example News']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ committed: false, version: null, source: { id: 'kyrgyzstan-and-the-eu-talk-trade', title: 'Kyrgyzstan and the EU talk trade' } });
    expect(report.candidates.length).toBeGreaterThan(0);
    for (const c of report.candidates) {
      expect(c).toMatchObject({ type: expect.any(String), from: expect.any(String), to: expect.any(String) });
      expect(ARTICLE.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    }
    expect(files()).toEqual(before);
  });

  it('commits a file, and refuses it the second time with the source that has it, exit code 1', () => {
    const file = path.join(inbox, 'kyrgyz.txt');
    writeFileSync(file, ARTICLE);
    const first = ingest([file, '--published', '2024-05-20']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('→ source "kyrgyzstan-and-the-eu-talk-trade"');
    expect(first.stdout).toMatch(/committed: graph version \d+/);
    expect(readFileSync(path.join(data.dir, 'sources', 'kyrgyzstan-and-the-eu-talk-trade.txt'), 'utf8')).toBe(ARTICLE);
    expect(JSON.parse(readFileSync(path.join(data.dir, 'sources', 'kyrgyzstan-and-the-eu-talk-trade.json'), 'utf8'))).toMatchObject({ published: '2024-05-20', fileName: 'kyrgyz.txt' });
    const before = files();
    const again = ingest([file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already in the graph as source "kyrgyzstan-and-the-eu-talk-trade"');
    expect(files()).toEqual(before);
  });

  it('refuses an unsupported file and invalid metadata with a clear error, writing nothing', () => {
    const pdf = path.join(inbox, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const before = files();
    const r = ingest([pdf]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${pdf}: unsupported file type ".pdf"`);
    const txt = path.join(inbox, 'kyrgyz.txt');
    writeFileSync(txt, ARTICLE);
    const bad = ingest([txt, '--url', 'not a url']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/url: metadata field "url"/);
    expect(r.stdout + bad.stdout).toBe('');
    expect(files()).toEqual(before);
  });

  it('ingests every supported file of a folder, keeps originals, and ends with a summary', async () => {
    writeFileSync(path.join(inbox, 'a-kyrgyz.txt'), ARTICLE);
    writeFileSync(path.join(inbox, 'b-tajik.md'), MARKDOWN);
    writeFileSync(path.join(inbox, 'c-turkmen.html'), HTML);
    writeFileSync(path.join(inbox, 'd-notes.docx'), 'binary');
    const r = ingest([inbox]);
    expect(r.status).toBe(1); // one file refused
    expect(r.stdout).toMatch(/\n3 ingested, 1 refused, \d+ candidates\n$/);
    expect(r.stderr).toContain('d-notes.docx: unsupported file type ".docx"');
    expect(r.stderr).not.toContain('ingest ['); // no progress bar when stderr is not a terminal
    expect(readFileSync(path.join(data.dir, 'sources', 'tajikistan-water-talks.md'), 'utf8')).toBe(MARKDOWN);
    expect(readFileSync(path.join(data.dir, 'sources', 'turkmen-gas.html'), 'utf8')).toBe(HTML);
    expect(readFileSync(path.join(data.dir, 'sources', 'tajikistan-water-talks.txt'), 'utf8')).toBe('Tajikistan water talks\n\nTajikistan borders Afghanistan, and the two discussed water use along the Panj river.\n');
    const check = validateDataset((await readDatasetFiles(data.dir)).files);
    expect(check.issues).toEqual([]);
    expect(check.dataset!.sources.size).toBe(6);
  });
});
