import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { validateDataset } from '../../model/dataset.js';
import { DataValidationError, formatIssue, type ValidationIssue } from '../../model/issues.js';
import type { Place } from '../../model/rules.js';
import { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { Change, ChangeResult } from '../changes.js';
import { ChangeLog, filesOf, readChangeLog } from './change-log.js';
import { commitFiles, recoverJournal } from './commit.js';
import { DEFAULT_DERIVED_SETTINGS, DerivedRunner, type DerivedSettings } from '../derived-runner.js';
import { fingerprintOf, isDataFile, readDiskState, sameState, type DiskState } from './disk-state.js';
import { EventHistory } from '../event-history.js';
import { FileIndex } from '../file-index.js';
import { foldWrites } from './fold.js';
import { loggable, logPlan } from './log-plan.js';
import { Overlay } from '../overlay.js';
import { planBatch, type Job as BatchJob } from '../plan-batch.js';
import { applyOverlay } from '../apply-overlay.js';
import { ChangeRejectedError, type Applied, type CommitEvent, type DataStatus, type GraphStore } from '../graph-store.js';
import { readDatasetFiles } from '../read-files.js';
import { checkOriginals } from '../check-originals.js';
import { readReviewLog } from '../read-reviews.js';
import { replayLog } from './replay.js';
import type { ReviewLog } from '../review-log.js';
import { filesToWrite } from './write-plan.js';

export interface StoreOptions {
  dataDir: string;
  /** fsync every commit (default true). */
  fsync?: boolean;
  /** Watch the data folder for hand edits (default true). */
  watch?: boolean;
  /** Quiet time after a file event before reloading. */
  watchDebounceMs?: number;
  /** Most write requests folded into one commit. */
  maxBatch?: number;
  /**
   * Writes that arrive while others are being committed are acknowledged once they are in the change
   * log (store/files/change-log.ts); the log is folded into the data files once no write has come for this
   * long (default 500 ms), or sooner when it grows past `foldAfterBytes` (default 8 MiB). A write
   * that comes alone is in the data files when it is acknowledged.
   */
  foldIdleMs?: number;
  foldAfterBytes?: number;
  derived?: Partial<DerivedSettings>;
  log?: (message: string) => void;
}

export { ChangeRejectedError, type CommitEvent, type DataStatus } from '../graph-store.js';

interface Loaded {
  kg: KnowledgeGraph;
  files: FileIndex;
  disk: DiskState;
  reviews: ReviewLog;
  /** Record files the change log writes to, not yet folded into them, each with the ids it changed there. */
  logged: Map<string, Set<string>>;
}

type Job = BatchJob<Applied>;

/**
 * The single writer over a data folder. Reads go straight to `kg`; writes queue here, are validated
 * against the graph plus the writes ahead of them, group-committed to the files (journaled, fsynced)
 * and only then applied to the graph in one synchronous step and announced.
 */
export class Store implements GraphStore {
  readonly backend = 'files' as const;
  kg!: KnowledgeGraph;
  status!: DataStatus;
  /** Every review decision, per source (the `reviews/` files); changed only by commits, like `kg`. */
  reviews!: ReviewLog;
  private files!: FileIndex;
  private disk: DiskState = new Map();
  private readonly queue: Job[] = [];
  private draining = false;
  private checkDisk = false;
  private watcher: FSWatcher | null = null;
  private watchTimer: NodeJS.Timeout | null = null;
  private readonly changeLog: ChangeLog;
  /** Record files the change log holds commits for, with the ids changed in each (see Loaded.logged). */
  private unfolded = new Map<string, Set<string>>();
  /** Files whose text on disk the store wrote itself since it last loaded the folder: canonical, so a fold may patch them. */
  private own = new Set<string>();
  private foldTimer: NodeJS.Timeout | null = null;
  private foldDue = false;
  /** Set by close(): from then on the log is folded as soon as the writer is free. */
  private closing = false;
  /** When a commit last had company (several requests, or more waiting): the change log is used until this is foldIdleMs old. */
  private lastContended = -Infinity;
  private readonly listeners = new Set<(e: CommitEvent) => void>();
  private readonly history = new EventHistory();
  readonly derived: DerivedRunner;
  private readonly opts: Required<Omit<StoreOptions, 'derived'>>;

  private constructor(options: StoreOptions) {
    this.opts = {
      dataDir: path.resolve(options.dataDir),
      fsync: options.fsync ?? true,
      watch: options.watch ?? true,
      watchDebounceMs: options.watchDebounceMs ?? 150,
      maxBatch: options.maxBatch ?? 512,
      foldIdleMs: options.foldIdleMs ?? 500,
      foldAfterBytes: options.foldAfterBytes ?? 8 * 1024 * 1024,
      log: options.log ?? ((m) => console.log(m)),
    };
    this.changeLog = new ChangeLog(this.opts.dataDir, this.opts.fsync);
    this.derived = new DerivedRunner(() => this.kg, { ...DEFAULT_DERIVED_SETTINGS, ...options.derived }, this.opts.log);
  }

  /**
   * Opens a data folder: finishes an interrupted commit, validates every file with the change log
   * replayed over them, builds the graph and folds the log into the files. Throws DataValidationError
   * on invalid data (the log is then kept).
   */
  static async open(options: StoreOptions): Promise<Store> {
    const store = new Store(options);
    for (const note of await recoverJournal(store.opts.dataDir, { fsync: store.opts.fsync })) store.opts.log(`recovery: ${note}`);
    const loaded = await store.load((note) => store.opts.log(`recovery: ${note}`));
    if ('issues' in loaded) throw new DataValidationError(loaded.issues);
    store.install(loaded, 1);
    if (store.unfolded.size > 0) {
      const files = store.unfolded.size;
      if ((await store.fold()) === 'done') store.opts.log(`recovery: folded the change log into ${files} file${files === 1 ? '' : 's'}`);
    } else await store.changeLog.clear();
    if (store.kg.index.nodeCount <= store.derived.syncMaxNodes) store.derived.computeNow(store.kg);
    else store.derived.schedule();
    if (store.opts.watch) store.startWatching();
    return store;
  }

  get dataDir(): string {
    return this.opts.dataDir;
  }

  onCommit(listener: (e: CommitEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies a list of changes atomically (all or none) and resolves once they are durable on disk and
   * visible to queries. Rejects with ChangeRejectedError (naming the change and field) when any change
   * is invalid; nothing is written then.
   */
  apply(changes: Change[], actor: string, place: (i: number) => Place = (i) => ({ file: '(input)', path: ['changes', i] })): Promise<Applied> {
    return new Promise((resolve, reject) => {
      this.queue.push({ changes, actor, place, resolve, reject });
      void this.drain();
    });
  }

  /** Reads and validates the folder: its files with the change log replayed over them. */
  private async load(note: (m: string) => void = this.opts.log): Promise<Loaded | { issues: ValidationIssue[] }> {
    const disk = await readDiskState(this.opts.dataDir);
    const read = await readDatasetFiles(this.opts.dataDir);
    const log = await readChangeLog(this.opts.dataDir);
    log.notes.forEach(note);
    const logged = replayLog(read, this.opts.dataDir, log.entries);
    const { files, relative } = read;
    const result = validateDataset(files);
    if (!result.dataset) return { issues: result.issues };
    const reviews = await readReviewLog(this.opts.dataDir, new Set(result.dataset.sources.keys()));
    const issues = [...('issues' in reviews ? reviews.issues : []), ...(await checkOriginals(this.opts.dataDir, result.dataset.sources.values()))];
    if ('issues' in reviews || issues.length > 0) return { issues };
    const relationFiles = result.dataset.relationFileOf.map((f) => relative.get(f) ?? f);
    return { kg: KnowledgeGraph.fromDataset(result.dataset, relationFiles), files: new FileIndex(result.dataset, relative), disk, reviews: reviews.log, logged };
  }

  private install({ kg, files, disk, reviews, logged }: Loaded, version: number): void {
    kg.version = version;
    this.kg = kg;
    this.files = files;
    this.disk = disk;
    this.reviews = reviews;
    this.unfolded = logged;
    this.own = new Set();
    const now = new Date().toISOString();
    this.status = { ok: true, version, loadedAt: now, lastCommitAt: this.status?.lastCommitAt ?? null, errors: [], backend: 'files', appliedSeq: null, lagMs: null, connected: true };
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0 || this.checkDisk || this.foldDue) {
        // A full look at the folder only when the watcher saw a change; every commit still checks
        // the files it is about to write (see commitBatch), which is what keeps a hand edit from
        // being overwritten, at a cost that does not grow with the number of files.
        if (this.checkDisk) {
          this.checkDisk = false;
          await this.reloadIfEditedOnDisk();
        }
        if (this.foldDue && (this.queue.length === 0 || this.changeLog.size >= this.opts.foldAfterBytes)) {
          this.foldDue = false;
          await this.fold();
        }
        const batch = this.queue.splice(0, this.opts.maxBatch);
        if (batch.length > 0) await this.commitBatch(batch);
      }
    } finally {
      this.draining = false;
    }
  }

  /** Loads the folder again when any file differs from what the store last read or wrote (a hand edit). */
  private async reloadIfEditedOnDisk(): Promise<void> {
    const disk = await readDiskState(this.opts.dataDir);
    if (sameState(disk, this.disk)) return;
    const loaded = await this.load();
    if ('issues' in loaded) {
      this.disk = disk;
      this.status = { ...this.status, ok: false, errors: loaded.issues };
      this.opts.log(`hand edit refused; still serving version ${this.kg.version}:\n${loaded.issues.map((i) => '  ' + formatIssue(i)).join('\n')}`);
      return;
    }
    const version = this.kg.version + 1;
    this.install(loaded, version);
    this.derived.schedule();
    this.opts.log(`reloaded hand-edited data: version ${version}, ${loaded.kg.graph.order} entities, ${loaded.kg.graph.size} relations`);
    this.emit({ kind: 'reload', version, at: this.status.loadedAt, by: 'file edit', results: [] });
  }

  private async commitBatch(batch: Job[]): Promise<void> {
    if (!this.status.ok) {
      const err = new ChangeRejectedError(
        [{ code: 'SCHEMA', file: this.status.errors[0]?.file ?? '(data)', path: '$', message: 'the data folder holds an invalid hand edit (see dataStatus.errors); writes are refused until it is fixed, so it is not overwritten' }],
        'DATA_INVALID',
      );
      for (const job of batch) job.reject(err);
      return;
    }
    const now = new Date().toISOString();
    const { overlay, accepted } = planBatch(this.kg, this.reviews, batch, now);
    if (accepted.length === 0) return;

    const started = performance.now();
    if (batch.length > 1 || this.queue.length > 0) this.lastContended = started;
    const contended = started - this.lastContended < this.opts.foldIdleMs;
    if (loggable(overlay) && (contended || this.unfolded.size > 0)) {
      await this.commitToLog(batch, overlay, accepted, now, contended);
      return;
    }
    // A write that comes alone, and sources, reviews and vocabulary, go to their files directly (after whatever the log holds).
    const folded = await this.fold();
    if (folded === 'edited') {
      this.queue.unshift(...batch); // load the hand edit first (checkDisk is set), then plan again
      return;
    }
    if (folded instanceof Error) {
      const err = new Error(`the change could not be saved: ${folded.message}`);
      for (const { job } of accepted) job.reject(err);
      return;
    }
    const plan = await filesToWrite(overlay, this.files, this.opts.dataDir, { dataDir: this.opts.dataDir, own: this.own });
    if (await this.editedOnDisk(plan.writes.map((w) => w.rel))) {
      // A hand edit of a file this commit would overwrite, not yet loaded (the watcher is off or has
      // not fired yet): load the folder, then validate and plan the same writes again against it.
      this.queue.unshift(...batch);
      this.checkDisk = true;
      return;
    }
    try {
      await commitFiles(this.opts.dataDir, plan.writes, { fsync: this.opts.fsync });
    } catch (e) {
      const err = new Error(`the change could not be saved: ${(e as Error).message}`);
      for (const { job } of accepted) job.reject(err);
      // The files are the truth: finish or discard what reached the disk, then serve exactly that.
      await recoverJournal(this.opts.dataDir, { fsync: this.opts.fsync }).catch(() => []);
      this.checkDisk = true;
      this.disk = new Map();
      return;
    }
    await this.recordWritten(plan.writes);
    if (overlay.vocabularyAdditions.length > 0) {
      // The graph's indices are built over the vocabulary: a vocabulary change reloads the committed files.
      const loaded = await this.load();
      if ('issues' in loaded) throw new Error(`committed files fail validation: ${loaded.issues.map(formatIssue).join('; ')}`);
      this.install(loaded, this.kg.version + 1);
    } else this.applyOverlay(overlay, plan.install, plan.relationFile);
    this.acknowledge(accepted, now);
  }

  /**
   * A commit of entity and relation records through the change log: one append, one fdatasync. Under
   * contention the files follow at the next quiet moment (scheduleFold); a write that comes alone
   * while the log holds others folds them all before it is acknowledged.
   */
  private async commitToLog(batch: Job[], overlay: Overlay, accepted: Array<{ job: Job; results: ChangeResult[] }>, now: string, contended: boolean): Promise<void> {
    const plan = logPlan(overlay, this.files);
    // A file already behind the log was checked when it got there; the fold checks it again.
    if (await this.editedOnDisk(filesOf(plan.entry).filter((f) => !this.unfolded.has(f)))) {
      this.queue.unshift(...batch);
      this.checkDisk = true;
      return;
    }
    try {
      await this.changeLog.append(plan.entry);
    } catch (e) {
      const err = new Error(`the change could not be saved: ${(e as Error).message}`);
      for (const { job } of accepted) job.reject(err);
      return;
    }
    for (const [file, records] of plan.entry) {
      const ids = this.unfolded.get(file) ?? this.unfolded.set(file, new Set()).get(file)!;
      for (const [id] of records) ids.add(id);
    }
    this.applyOverlay(overlay, plan.install, plan.relationFile);
    if (!contended) await this.fold();
    else if (this.changeLog.size >= this.opts.foldAfterBytes) this.foldDue = true;
    else this.scheduleFold();
    this.acknowledge(accepted, now);
  }

  private acknowledge(accepted: Array<{ job: Job; results: ChangeResult[] }>, now: string): void {
    this.status = { ...this.status, version: this.kg.version, lastCommitAt: now };
    for (const { job, results } of accepted) {
      job.resolve({ version: this.kg.version, results });
      this.emit({ kind: 'commit', version: this.kg.version, at: now, by: job.actor, results });
    }
    this.derived.schedule();
  }

  /** Folds the change log once no write has come for foldIdleMs. */
  private scheduleFold(): void {
    if (this.foldTimer) clearTimeout(this.foldTimer);
    this.foldTimer = setTimeout(() => {
      this.foldTimer = null;
      this.foldDue = true;
      void this.drain();
    }, this.closing ? 0 : this.opts.foldIdleMs);
  }

  /**
   * Writes every record file the change log holds commits for from the graph (one journaled commit),
   * then empties the log. Runs on the writer's turn, so no commit is half applied meanwhile. Skipped
   * while the folder holds an invalid hand edit; a file edited by hand since it was read is loaded
   * first (the log is replayed over it), then folded.
   */
  private async fold(): Promise<'done' | 'edited' | Error> {
    if (this.unfolded.size === 0 || !this.status.ok) return 'done';
    if (this.foldTimer) clearTimeout(this.foldTimer);
    this.foldTimer = null;
    if (await this.editedOnDisk([...this.unfolded.keys()])) {
      this.checkDisk = true;
      this.foldDue = true;
      return 'edited';
    }
    const writes = await foldWrites(this.kg, this.files, this.unfolded, { dataDir: this.opts.dataDir, own: this.own });
    try {
      await commitFiles(this.opts.dataDir, writes, { fsync: this.opts.fsync });
      await this.recordWritten(writes);
      await this.changeLog.clear();
      this.unfolded.clear();
      return 'done';
    } catch (e) {
      // Every commit is still in the log; the next fold (or start) writes the files again.
      this.opts.log(`folding the change log into the files failed: ${(e as Error).message}`);
      await recoverJournal(this.opts.dataDir, { fsync: this.opts.fsync }).catch(() => []);
      this.disk = new Map();
      this.checkDisk = true;
      return e as Error;
    }
  }

  /** Records the fingerprints of files the store wrote, so they do not count as hand edits. */
  private async recordWritten(writes: Array<{ rel: string; content: string | null }>): Promise<void> {
    for (const w of writes) {
      const fp = w.content === null ? null : await fingerprintOf(path.join(this.opts.dataDir, w.rel));
      if (fp === null) this.disk.delete(w.rel);
      else this.disk.set(w.rel, fp);
      if (w.content === null) this.own.delete(w.rel);
      else this.own.add(w.rel);
    }
  }

  /** Whether any of these files (relative paths) differs on disk from what the store last read or wrote. */
  private async editedOnDisk(files: string[]): Promise<boolean> {
    const now = await Promise.all(files.map((rel) => fingerprintOf(path.join(this.opts.dataDir, rel))));
    return files.some((rel, i) => now[i] !== (this.disk.get(rel) ?? null));
  }

  private applyOverlay(overlay: Overlay, install: () => void, relationFile: (id: string) => string | undefined): void {
    applyOverlay(this.kg, this.reviews, overlay, install, relationFile);
  }

  async subscribe(after: string | null, listener: (e: CommitEvent) => void): Promise<() => void> {
    const missed = after === null ? [] : this.history.since(after);
    for (const e of missed) listener(e);
    return this.onCommit(listener);
  }

  private emit(event: Omit<CommitEvent, 'id'>): void {
    const e = this.history.record(event);
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.opts.log(`change listener failed: ${(err as Error).message}`);
      }
    }
  }

  private startWatching(): void {
    this.watcher = watch(this.opts.dataDir, { recursive: true }, (_event, name) => {
      if (name && !isDataFile(path.basename(name.toString()))) return;
      if (this.watchTimer) clearTimeout(this.watchTimer);
      this.watchTimer = setTimeout(() => {
        this.watchTimer = null;
        this.checkDisk = true;
        void this.drain();
      }, this.opts.watchDebounceMs);
    });
    this.watcher.on('error', (e) => this.opts.log(`watching ${this.opts.dataDir} failed: ${e.message}`));
  }

  /** Files: every commit of this process is applied when it is acknowledged. */
  async waitForSeq(): Promise<boolean> {
    return true;
  }

  ready(): boolean {
    return true;
  }

  /** Waits for queued writes, pending reload checks and the folding of the change log into the files (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.draining || this.queue.length > 0 || this.watchTimer || this.foldTimer || this.foldDue) await new Promise((r) => setTimeout(r, 10));
  }

  /** Stops watching, finishes queued writes and leaves every commit in the data files. */
  async close(): Promise<void> {
    this.watcher?.close();
    if (this.watchTimer) clearTimeout(this.watchTimer);
    this.watchTimer = null;
    this.closing = true;
    if (this.foldTimer) clearTimeout(this.foldTimer);
    this.foldTimer = null;
    if (this.unfolded.size > 0) this.foldDue = true;
    void this.drain();
    await this.idle();
    await this.changeLog.close();
    await this.derived.close();
  }
}
