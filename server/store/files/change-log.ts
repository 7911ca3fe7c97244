import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * The append-only change log of a data folder: what commits made under contention acknowledge
 * before their records reach the canonical files (see store/files/fold.ts for the way back into them).
 * One line per commit, `{"sum": <sha256 of files>, "files": [[<file>, [[<id>, <record> | null], …]], …]}`:
 * per record file (entities/…, relations/…), the records the commit wrote, in order; null deletes.
 * Replaying an entry is idempotent (a record replaces the one with its id in place, or is appended),
 * so replaying a log over files it was already folded into changes nothing.
 */
export const CHANGE_LOG_FILE = '.corridor-changes.jsonl';

/** One commit's records, by file (a path relative to the data folder). */
export type LogEntry = Array<[file: string, records: Array<[id: string, record: object | null]>]>;

const sumOf = (files: string) => createHash('sha256').update(files).digest('hex');

/** The line an entry is stored as, newline included. */
export function logLine(entry: LogEntry): string {
  const files = JSON.stringify(entry);
  return `{"sum":"${sumOf(files)}","files":${files}}\n`;
}

/**
 * Reads the log of a folder. A last line that is cut short or fails its checksum is a commit whose
 * write never completed (so it was never acknowledged): it and anything after it are ignored, with a note.
 */
export async function readChangeLog(dataDir: string): Promise<{ entries: LogEntry[]; notes: string[] }> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, CHANGE_LOG_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], notes: [] };
    throw e;
  }
  const entries: LogEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const entry = parseLine(line);
    if (!entry) {
      const dropped = lines.slice(i).filter((l) => l !== '').length;
      return { entries, notes: [`ignored ${dropped} unfinished change-log line${dropped === 1 ? '' : 's'} at the end of ${CHANGE_LOG_FILE} (a commit cut short, never acknowledged)`] };
    }
    entries.push(entry);
  }
  return { entries, notes: [] };
}

function parseLine(line: string): LogEntry | null {
  const at = line.indexOf(',"files":');
  if (!line.startsWith('{"sum":"') || at < 0 || !line.endsWith('}')) return null;
  const files = line.slice(at + ',"files":'.length, -1);
  if (line.slice('{"sum":"'.length, at - 1) !== sumOf(files)) return null;
  try {
    return JSON.parse(files) as LogEntry;
  } catch {
    return null;
  }
}

/** The files an entry writes to. */
export function filesOf(entry: LogEntry): string[] {
  return entry.map(([file]) => file);
}

/**
 * The open log, appended to by the single writer. `append` returns once the entry is on disk
 * (fdatasync; the first append after the file was created also syncs the folder, for its name).
 */
export class ChangeLog {
  private handle: FileHandle | null = null;
  private bytes = 0;

  constructor(
    private readonly dataDir: string,
    private readonly fsync: boolean,
  ) {}

  /** Bytes appended since the log was last emptied. */
  get size(): number {
    return this.bytes;
  }

  async append(entry: LogEntry): Promise<void> {
    const fh = await this.open();
    const line = Buffer.from(logLine(entry), 'utf8');
    try {
      await fh.write(line, 0, line.length, this.bytes);
      if (this.fsync) await fh.datasync();
    } catch (e) {
      // Cut a partial line off, so a later entry never follows a torn one.
      await fh.truncate(this.bytes).catch(() => {});
      throw e;
    }
    this.bytes += line.length;
  }

  /**
   * Removes the log once its entries are in the canonical files, durably: entries that came back
   * after a crash would replay old records over newer ones written to the files since. Also used
   * at start, so a torn line left by a crash is gone before anything is appended after it. The log
   * exists only while writes made together wait to be folded, so it seldom shows in `git status`.
   */
  async clear(): Promise<void> {
    await this.close();
    this.bytes = 0;
    if (!existsSync(path.join(this.dataDir, CHANGE_LOG_FILE))) return;
    await rm(path.join(this.dataDir, CHANGE_LOG_FILE), { force: true });
    if (this.fsync) await syncFolder(this.dataDir);
  }

  async close(): Promise<void> {
    const fh = this.handle;
    this.handle = null;
    await fh?.close();
  }

  private async open(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    const file = path.join(this.dataDir, CHANGE_LOG_FILE);
    this.handle = await open(file, 'a+');
    this.bytes = (await this.handle.stat()).size;
    if (this.fsync) await syncFolder(this.dataDir);
    return this.handle;
  }
}

async function syncFolder(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
