import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, recoverJournal, stageCommit } from '../../server/store/files/commit.js';
import { JOURNAL_FILE } from '../../server/store/layout.js';

let dir: string;
const opts = { fsync: true };
const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'corridor-commit-'));
  mkdirSync(path.join(dir, 'entities'));
  mkdirSync(path.join(dir, 'relations'));
  writeFileSync(path.join(dir, 'entities', 'a.json'), 'old a');
  writeFileSync(path.join(dir, 'relations', 'b.json'), 'old b');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const leftovers = () => [...readdirSync(path.join(dir, 'entities')), ...readdirSync(path.join(dir, 'relations')), ...readdirSync(dir)].filter((f) => f.includes('corridor-'));

describe('journaled commits', () => {
  it('writes every file of a commit and leaves no temporaries or journal', async () => {
    await commitFiles(dir, [{ rel: 'entities/a.json', content: 'new a' }, { rel: 'relations/b.json', content: 'new b' }, { rel: 'relations/c.json', content: 'new c' }], opts);
    expect([read('entities/a.json'), read('relations/b.json'), read('relations/c.json')]).toEqual(['new a', 'new b', 'new c']);
    expect(leftovers()).toEqual([]);
  });

  it('rolls a commit forward when the process died after its journal was written', async () => {
    await stageCommit(dir, [{ rel: 'entities/a.json', content: 'new a' }, { rel: 'relations/b.json', content: 'new b' }], opts);
    // crash here: nothing renamed yet
    expect(read('entities/a.json')).toBe('old a');
    const notes = await recoverJournal(dir, opts);
    expect(notes[0]).toContain('rolled forward an interrupted commit of 2 files');
    expect([read('entities/a.json'), read('relations/b.json')]).toEqual(['new a', 'new b']);
    expect(leftovers()).toEqual([]);
  });

  it('finishes a commit that was half renamed', async () => {
    const staged = await stageCommit(dir, [{ rel: 'entities/a.json', content: 'new a' }, { rel: 'relations/b.json', content: 'new b' }], opts);
    const first = staged.planned[0]!;
    writeFileSync(path.join(dir, first.rel), readFileSync(path.join(dir, first.temp!)));
    rmSync(path.join(dir, first.temp!));
    await recoverJournal(dir, opts);
    expect([read('entities/a.json'), read('relations/b.json')]).toEqual(['new a', 'new b']);
  });

  it('keeps the old files when the process died before the journal (the commit never happened)', async () => {
    const staged = await stageCommit(dir, [{ rel: 'entities/a.json', content: 'new a' }, { rel: 'relations/b.json', content: 'new b' }], opts);
    rmSync(path.join(dir, JOURNAL_FILE)); // as if the crash came before the journal was written
    expect(staged.planned.every((w) => existsSync(path.join(dir, w.temp!)))).toBe(true);
    await recoverJournal(dir, opts);
    expect([read('entities/a.json'), read('relations/b.json')]).toEqual(['old a', 'old b']);
    expect(leftovers()).toEqual([]);
  });

  it('ignores a torn journal (its checksum does not match) and keeps the old files', async () => {
    await stageCommit(dir, [{ rel: 'entities/a.json', content: 'new a' }, { rel: 'relations/b.json', content: 'new b' }], opts);
    const j = read(JOURNAL_FILE);
    writeFileSync(path.join(dir, JOURNAL_FILE), j.slice(0, j.length - 10));
    const notes = await recoverJournal(dir, opts);
    expect(notes.join('\n')).toMatch(/discarded an unreadable commit journal|torn/);
    expect(read('entities/a.json')).toBe('old a');
    expect(leftovers()).toEqual([]);
  });
});
