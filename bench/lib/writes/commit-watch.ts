import { watch, type FSWatcher } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { CHANGE_LOG_FILE } from '../../../server/store/files/change-log.js';
import { JOURNAL_FILE, TEMP_SUFFIX } from '../../../server/store/layout.js';
import { median } from '../stats.js';

/**
 * Counts what the store's commits write, from outside: every data file a commit (or a fold of the
 * change log) rewrites first appears as a uniquely named temporary file (fsynced), a write of several
 * files also writes a journal (store/files/commit.ts), and a commit made under contention appends one line
 * to the change log (store/files/change-log.ts; counted from the log's change events, which the kernel may
 * merge, so a lower bound). From those counts and the number of commits, the fsyncs follow: one per
 * file, one directory fsync for a single-file commit, four (journal, data folder twice, directory)
 * for a journaled one, one per log append.
 */
export class CommitWatch {
  private readonly temps = new Set<string>();
  private journalEvents = 0;
  private logAppends = 0;
  private readonly watchers: FSWatcher[];

  constructor(dataDir: string) {
    this.watchers = [
      watch(path.join(dataDir, 'relations'), (_e, name) => {
        if (name?.toString().endsWith(TEMP_SUFFIX)) this.temps.add(name.toString());
      }),
      watch(dataDir, (e, name) => {
        if (e === 'rename' && name?.toString() === JOURNAL_FILE) this.journalEvents++;
        if (e === 'change' && name?.toString() === CHANGE_LOG_FILE) this.logAppends++;
      }),
    ];
  }

  /** Counts since the last take(), then reset. */
  take(commits: number): { filesWritten: number; journaled: number; fsyncs: number } {
    const filesWritten = this.temps.size;
    const journaled = Math.round(this.journalEvents / 2); // created, then removed
    const logged = Math.min(commits, this.logAppends);
    this.temps.clear();
    this.journalEvents = 0;
    this.logAppends = 0;
    const single = Math.max(0, commits - logged - journaled);
    return { filesWritten, journaled, fsyncs: filesWritten + single + journaled * 4 + logged };
  }

  close(): void {
    for (const w of this.watchers) w.close();
  }
}

/** Median time (ms) of writing `bytes` to a file and fsyncing it, in a folder: what one durable file write costs on this disk. */
export async function fsyncProbe(dir: string, bytes: number, times = 15): Promise<number> {
  const file = path.join(dir, `.bench-fsync-probe${TEMP_SUFFIX}`);
  const samples: number[] = [];
  const block = Buffer.alloc(Math.max(1, Math.round(bytes)), 97);
  for (let i = 0; i < times; i++) {
    const fh = await open(file, 'w');
    const t0 = performance.now();
    await fh.write(block);
    await fh.sync();
    samples.push(performance.now() - t0);
    await fh.close();
  }
  await rm(file, { force: true });
  return median(samples);
}

/**
 * Milliseconds until the store's change log is empty (or gone): every acknowledged write is then in
 * the canonical data files. Polls every 10 ms, for at most a minute.
 */
export async function logFolded(dataDir: string): Promise<number> {
  const t0 = performance.now();
  const file = path.join(dataDir, CHANGE_LOG_FILE);
  while (performance.now() - t0 < 60_000) {
    const size = await stat(file).then((s) => s.size, () => 0);
    if (size === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - t0;
}
