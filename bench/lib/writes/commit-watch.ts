import { watch, type FSWatcher } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { JOURNAL_FILE, TEMP_SUFFIX } from '../../../server/store/layout.js';
import { median } from '../stats.js';

/**
 * Counts what the store's commits write, from outside: every data file a commit rewrites first
 * appears as a uniquely named temporary file (fsynced), and a commit of several files also writes a
 * journal (store/commit.ts). From those counts and the number of commits, the fsyncs follow:
 * one per file, plus one directory fsync for a single-file commit, plus four (journal, data folder
 * twice, directory) for a journaled one.
 */
export class CommitWatch {
  private readonly temps = new Set<string>();
  private journalEvents = 0;
  private readonly watchers: FSWatcher[];

  constructor(dataDir: string) {
    this.watchers = [
      watch(path.join(dataDir, 'relations'), (_e, name) => {
        if (name?.toString().endsWith(TEMP_SUFFIX)) this.temps.add(name.toString());
      }),
      watch(dataDir, (e, name) => {
        if (e === 'rename' && name?.toString() === JOURNAL_FILE) this.journalEvents++;
      }),
    ];
  }

  /** Counts since the last take(), then reset. */
  take(commits: number): { filesWritten: number; journaled: number; fsyncs: number } {
    const filesWritten = this.temps.size;
    const journaled = Math.round(this.journalEvents / 2); // created, then removed
    this.temps.clear();
    this.journalEvents = 0;
    const single = Math.max(0, commits - journaled);
    return { filesWritten, journaled, fsyncs: filesWritten + single + journaled * 4 };
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
