import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { JOURNAL_FILE, TEMP_SUFFIX } from '../layout.js';

/** One file of a commit: its new content, or null to delete it. Paths are relative to the data folder. */
export interface FileWrite {
  rel: string;
  content: string | null;
}

export interface CommitOptions {
  /** fsync files and directories (on by default; tests of logic may turn it off, durability tests never do). */
  fsync: boolean;
}

interface Journal {
  commit: string;
  writes: Array<{ rel: string; temp: string | null }>;
  checksum: string;
}

async function syncPath(p: string, enabled: boolean): Promise<void> {
  if (!enabled) return;
  const fh = await open(p, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function writeDurably(file: string, content: string, fsync: boolean): Promise<void> {
  const fh = await open(file, 'w');
  try {
    await fh.writeFile(content, 'utf8');
    if (fsync) await fh.sync();
  } finally {
    await fh.close();
  }
}

function checksum(j: Omit<Journal, 'checksum'>): string {
  return createHash('sha256').update(JSON.stringify({ commit: j.commit, writes: j.writes })).digest('hex');
}

let counter = 0;

/**
 * Writes several files as one atomic, durable commit:
 *  1. each new content goes to a temporary file beside its target, fsynced;
 *  2. a journal naming every rename is written and fsynced (with the directory): the commit point;
 *  3. each temporary file is renamed over its target (deleted files are removed), directories fsynced;
 *  4. the journal is removed.
 * A crash before 2 leaves the old files (temporaries are swept at the next start); a crash after 2 is
 * rolled forward by recoverJournal(). A single file skips the journal: its rename is already atomic.
 */
export async function commitFiles(dataDir: string, writes: FileWrite[], opts: CommitOptions): Promise<void> {
  if (writes.length === 0) return;
  const staged = await stageCommit(dataDir, writes, opts);
  await finishCommit(dataDir, staged, opts);
}

/** Steps 1–2: temporaries written and fsynced; for several files, the journal too. After this the commit survives a crash. */
export async function stageCommit(dataDir: string, writes: FileWrite[], opts: CommitOptions): Promise<{ planned: Journal['writes']; journaled: boolean }> {
  const commit = `${process.pid}-${Date.now()}-${++counter}`;
  const planned: Journal['writes'] = [];
  for (const w of writes) {
    const target = path.join(dataDir, w.rel);
    if (w.content === null) {
      planned.push({ rel: w.rel, temp: null });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${w.rel}.${commit}${TEMP_SUFFIX}`;
    await writeDurably(path.join(dataDir, temp), w.content, opts.fsync);
    planned.push({ rel: w.rel, temp });
  }
  const journaled = writes.length > 1;
  if (journaled) {
    const body = { commit, writes: planned };
    await writeDurably(path.join(dataDir, JOURNAL_FILE), JSON.stringify({ ...body, checksum: checksum(body) }), opts.fsync);
    await syncPath(dataDir, opts.fsync);
  }
  return { planned, journaled };
}

/** Steps 3–4: renames over the targets, directories fsynced, journal removed. */
export async function finishCommit(dataDir: string, staged: { planned: Journal['writes']; journaled: boolean }, opts: CommitOptions): Promise<void> {
  await applyRenames(dataDir, staged.planned);
  for (const d of new Set(staged.planned.map((w) => path.dirname(path.join(dataDir, w.rel))))) await syncPath(d, opts.fsync);
  if (staged.journaled) {
    await rm(path.join(dataDir, JOURNAL_FILE), { force: true });
    await syncPath(dataDir, opts.fsync);
  }
}

async function applyRenames(dataDir: string, planned: Journal['writes']): Promise<void> {
  for (const w of planned) {
    const target = path.join(dataDir, w.rel);
    if (w.temp === null) await rm(target, { force: true });
    else {
      try {
        await rename(path.join(dataDir, w.temp), target);
      } catch (e) {
        // Already renamed by an earlier, interrupted run of this same journal.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
  }
}

/**
 * Run at start, before reading data: finishes a commit whose journal was written (roll forward), and
 * removes temporary files of commits that never reached their journal. Returns what it did, for the log.
 */
export async function recoverJournal(dataDir: string, opts: CommitOptions): Promise<string[]> {
  const notes: string[] = [];
  const journalPath = path.join(dataDir, JOURNAL_FILE);
  let journal: Journal | null = null;
  try {
    const parsed = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
    if (parsed.checksum === checksum(parsed)) journal = parsed;
    else notes.push('discarded a torn commit journal (its checksum did not match); the files were not touched by it');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') notes.push('discarded an unreadable commit journal; the files were not touched by it');
  }
  if (journal) {
    await applyRenames(dataDir, journal.writes);
    for (const d of new Set(journal.writes.map((w) => path.dirname(path.join(dataDir, w.rel))))) await syncPath(d, opts.fsync);
    notes.push(`rolled forward an interrupted commit of ${journal.writes.length} files`);
  }
  await rm(journalPath, { force: true });
  for (const temp of await findTemps(dataDir)) {
    await rm(temp, { force: true });
    notes.push(`removed ${path.relative(dataDir, temp)} left by an unfinished commit`);
  }
  return notes;
}

async function findTemps(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findTemps(full)));
    else if (entry.name.endsWith(TEMP_SUFFIX)) found.push(full);
  }
  return found;
}

