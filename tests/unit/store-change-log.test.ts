import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from '../../server/model/dataset.js';
import { CHANGE_LOG_FILE, logLine } from '../../server/store/files/change-log.js';
import { stageCommit } from '../../server/store/files/commit.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { entitiesFileText, relationsFileText } from '../../server/store/serialize.js';
import { Store, type StoreOptions } from '../../server/store/files/store.js';
import { copyOfGraphData } from '../helpers/data-dir.js';

const ARTICLE = 'eu-central-asia-summit-2024';
const RELATIONS = `relations/${ARTICLE}.json`;
const QUOTES = ['The EU intends to invest significantly in modernizing this corridor', 'The joint declaration from the summit', 'Kazakhstan plays a critical role'];
const ENDS = ['kazakhstan', 'uzbekistan', 'china', 'russia', 'titr', 'global-gateway', 'trade', 'central-asia'];

let data: { dir: string; cleanup: () => void };
const extra: Array<() => void> = [];
const stores: Store[] = [];
beforeEach(() => {
  data = copyOfGraphData();
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  data.cleanup();
  for (const c of extra.splice(0)) c();
});

const open = async (dir: string, opts: Partial<StoreOptions> = {}) => {
  const store = await Store.open({ dataDir: dir, watch: false, fsync: true, log: () => {}, ...opts });
  stores.push(store);
  return store;
};
const fileText = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');
const relationIds = (dir: string) => (JSON.parse(fileText(dir, RELATIONS)).relations as Array<{ id: string }>).map((r) => r.id);
const create = (id: string, i: number) => ({
  op: 'createRelation' as const,
  input: { id, type: 'has_interest_in', from: 'european-union', to: ENDS[i % ENDS.length], confidence: 0.6, evidence: [{ source: ARTICLE, quote: QUOTES[i % QUOTES.length] }] },
});
/** Eight writers at once: the writes share commits and go through the change log. */
const writeTogether = (store: Store, ids: string[]) => Promise.all(ids.map((id, i) => store.apply([create(id, i)], 'tester')));
/** The folder as a crash would leave it at this moment: a copy of its files. */
function crashCopy(dir: string): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'corridor-crash-'));
  extra.push(() => rmSync(parent, { recursive: true, force: true }));
  cpSync(dir, path.join(parent, 'graph-data'), { recursive: true });
  return path.join(parent, 'graph-data');
}
/** Bytes in the change log (0 when there is none). */
const logBytes = (dir: string) => (existsSync(path.join(dir, CHANGE_LOG_FILE)) ? readFileSync(path.join(dir, CHANGE_LOG_FILE)).length : 0);
const validOnDisk = async (dir: string) => validateDataset((await readDatasetFiles(dir)).files).issues;

describe('writes made together go through the change log', () => {
  it('acknowledges them from the log, then folds them into the files and empties the log', async () => {
    const store = await open(data.dir, { foldIdleMs: 50 });
    const ids = Array.from({ length: 8 }, (_, i) => `together-${i}`);
    await writeTogether(store, ids);
    await store.idle();
    expect(logBytes(data.dir)).toBe(0);
    expect(relationIds(data.dir).slice(-8).sort()).toEqual([...ids].sort());
    expect(await validOnDisk(data.dir)).toEqual([]);
    // The folded file is exactly what the graph holds, in the canonical form.
    const ids2 = store.kg.relations.idsInFile(RELATIONS);
    expect(fileText(data.dir, RELATIONS)).toBe(relationsFileText(ids2.map((id) => store.kg.relation(id)!)));
  });

  it('folds as soon as the writers pause when the log outgrows its size limit, without waiting for quiet', async () => {
    const store = await open(data.dir, { foldIdleMs: 60_000, foldAfterBytes: 1 });
    const ids = Array.from({ length: 8 }, (_, i) => `big-${i}`);
    await writeTogether(store, ids);
    await store.idle();
    expect(logBytes(data.dir)).toBe(0);
    expect(relationIds(data.dir).filter((id) => id.startsWith('big-')).sort()).toEqual([...ids].sort());
  });

  it('a crash before the fold loses nothing acknowledged: the next open replays the log into the files', async () => {
    const store = await open(data.dir, { foldIdleMs: 60_000 });
    const ids = Array.from({ length: 8 }, (_, i) => `crash-${i}`);
    await writeTogether(store, ids);
    await store.apply([{ op: 'updateRelation', id: 'crash-3', patch: { confidence: 0.91 } }, { op: 'deleteRelation', id: 'crash-5' }], 'tester');
    const copy = crashCopy(data.dir);
    expect(logBytes(copy)).toBeGreaterThan(0);
    // The first write came alone and went to the files; the ones that queued behind it are in the log only.
    expect(relationIds(copy).filter((id) => id.startsWith('crash-')).length).toBeLessThan(4);

    const notes: string[] = [];
    const reopened = await open(copy, { log: (m) => notes.push(m) });
    expect(notes.join('\n')).toContain('folded the change log');
    expect(logBytes(copy)).toBe(0);
    const onDisk = relationIds(copy);
    expect(onDisk.filter((id) => id.startsWith('crash-')).sort()).toEqual(ids.filter((id) => id !== 'crash-5').sort());
    expect(reopened.kg.relation('crash-3')!.confidence).toBe(0.91);
    expect(reopened.kg.relation('crash-5')).toBeUndefined();
    expect(await validOnDisk(copy)).toEqual([]);
    // Same bytes as the files the first store folds on close.
    await store.close();
    expect(fileText(copy, RELATIONS)).toBe(fileText(data.dir, RELATIONS));
  });

  it('ignores a last line cut short (a commit never acknowledged) and keeps the ones before it', async () => {
    const before = fileText(data.dir, RELATIONS);
    const relation = JSON.parse(before).relations[0];
    const logged = { ...relation, id: 'from-the-log', note: 'replayed' };
    const torn = logLine([[RELATIONS, [['torn-one', { ...relation, id: 'torn-one' }]]]]);
    writeFileSync(path.join(data.dir, CHANGE_LOG_FILE), logLine([[RELATIONS, [['from-the-log', logged]]]]) + torn.slice(0, torn.length - 20));
    const notes: string[] = [];
    const store = await open(data.dir, { log: (m) => notes.push(m) });
    expect(notes.join('\n')).toMatch(/ignored 1 unfinished change-log line/);
    expect(store.kg.relation('from-the-log')!.note).toBe('replayed');
    expect(store.kg.relation('torn-one')).toBeUndefined();
    expect(relationIds(data.dir).at(-1)).toBe('from-the-log');
  });

  it('replaying a log over files it was already folded into changes no byte (a crash between the fold and removing the log)', async () => {
    const store = await open(data.dir, { foldIdleMs: 60_000 });
    await writeTogether(store, Array.from({ length: 8 }, (_, i) => `twice-${i}`));
    await store.apply([{ op: 'updateRelation', id: 'twice-2', patch: { note: 'changed after' } }, { op: 'deleteRelation', id: 'twice-4' }], 'tester');
    const log = fileText(data.dir, CHANGE_LOG_FILE);
    await store.close(); // folds and removes the log
    const folded = fileText(data.dir, RELATIONS);
    writeFileSync(path.join(data.dir, CHANGE_LOG_FILE), log); // as if the removal never reached the disk
    await open(data.dir);
    expect(fileText(data.dir, RELATIONS)).toBe(folded);
  });

  it('a crash inside the fold (its journal written, files not yet renamed) is finished, then the log replays over it', async () => {
    const store = await open(data.dir, { foldIdleMs: 60_000 });
    await writeTogether(store, Array.from({ length: 8 }, (_, i) => `mid-${i}`));
    await store.apply([{ op: 'createEntity', input: { id: 'mid-topic', kind: 'Topic', label: 'Mid-fold topic' } }, create('mid-rel', 1)], 'tester');
    const copy = crashCopy(data.dir);
    const ids = store.kg.relations.idsInFile(RELATIONS);
    const topics = [...store.kg.entityIds()].filter((id) => id === 'mid-topic');
    await stageCommit(copy, [{ rel: RELATIONS, content: relationsFileText(ids.map((id) => store.kg.relation(id)!)) }, { rel: 'entities/topic.json', content: entitiesFileText(topics.map((id) => store.kg.entity(id)!)) }], { fsync: true });
    const reopened = await open(copy);
    expect(reopened.kg.relation('mid-rel')).toBeDefined();
    expect(reopened.kg.entity('mid-topic')).toBeDefined();
    expect(relationIds(copy).filter((id) => id.startsWith('mid-'))).toHaveLength(9);
    expect(await validOnDisk(copy)).toEqual([]);
  });

  it('a hand edit of a file the log still has writes for is kept: the fold loads it and replays the log over it', async () => {
    const store = await open(data.dir, { foldIdleMs: 60_000 });
    await writeTogether(store, Array.from({ length: 8 }, (_, i) => `hand-${i}`));
    const json = JSON.parse(fileText(data.dir, RELATIONS));
    json.relations.find((r: { id: string }) => r.id === 'eu-counterbalances-china').note = 'edited by hand';
    // A new size, so the edit shows in the file's fingerprint even within one mtime tick.
    writeFileSync(path.join(data.dir, RELATIONS), relationsFileText(json.relations));
    await store.close();
    const after = JSON.parse(fileText(data.dir, RELATIONS)).relations as Array<{ id: string; note?: string }>;
    expect(after.find((r) => r.id === 'eu-counterbalances-china')!.note).toBe('edited by hand');
    expect(after.filter((r) => r.id.startsWith('hand-'))).toHaveLength(8);
    expect(existsSync(path.join(data.dir, CHANGE_LOG_FILE))).toBe(false);
  });

  it('a write that comes alone after writes made together folds them all before it is acknowledged', async () => {
    const store = await open(data.dir, { foldIdleMs: 30 });
    await writeTogether(store, Array.from({ length: 4 }, (_, i) => `early-${i}`));
    await new Promise((r) => setTimeout(r, 60));
    await store.apply([create('alone', 0)], 'tester');
    expect(relationIds(data.dir).filter((id) => id.startsWith('early-') || id === 'alone')).toHaveLength(5);
    expect(logBytes(data.dir)).toBe(0);
  });

  it('a new source waits for the log to be folded, and both reach the files', async () => {
    const store = await open(data.dir, { foldIdleMs: 60_000 });
    const text = 'A short note about the corridor.\n';
    await Promise.all([
      writeTogether(store, Array.from({ length: 4 }, (_, i) => `src-${i}`)),
      store.apply([{ op: 'createSource', input: { id: 'note', kind: 'article', title: 'Note', language: 'en', text } }], 'tester'),
    ]);
    expect(fileText(data.dir, 'sources/note.txt')).toBe(text);
    await store.close();
    expect(relationIds(data.dir).filter((id) => id.startsWith('src-'))).toHaveLength(4);
    expect(await validOnDisk(data.dir)).toEqual([]);
  });
});
