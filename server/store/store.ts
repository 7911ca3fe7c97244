import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { validateDataset } from '../model/dataset.js';
import { DataValidationError, formatIssue, type ValidationIssue } from '../model/issues.js';
import type { Place } from '../model/rules.js';
import { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Change, ChangeResult } from './changes.js';
import { commitFiles, recoverJournal } from './commit.js';
import { DEFAULT_DERIVED_SETTINGS, DerivedRunner, type DerivedSettings } from './derived-runner.js';
import { fingerprintOf, isDataFile, readDiskState, sameState, type DiskState } from './disk-state.js';
import { FileIndex } from './file-index.js';
import { Overlay } from './overlay.js';
import { planChange } from './plan.js';
import { readDatasetFiles } from './read-files.js';
import { checkOriginals } from './check-originals.js';
import { readReviewLog } from './read-reviews.js';
import type { ReviewLog } from './review-log.js';
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
  derived?: Partial<DerivedSettings>;
  log?: (message: string) => void;
}

export interface DataStatus {
  ok: boolean;
  version: number;
  loadedAt: string;
  lastCommitAt: string | null;
  /** Why the files on disk are not being served (a hand edit that failed validation); empty when ok. */
  errors: ValidationIssue[];
}

/** One committed write request: who, when, and what each of its changes did. */
export interface CommitEvent {
  kind: 'commit' | 'reload';
  version: number;
  at: string;
  by: string;
  results: ChangeResult[];
}

/** A write refused as a whole; nothing of it was applied. */
export class ChangeRejectedError extends Error {
  constructor(readonly issues: ValidationIssue[], readonly code = 'BAD_USER_INPUT') {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ChangeRejectedError';
  }
}

interface Loaded {
  kg: KnowledgeGraph;
  files: FileIndex;
  disk: DiskState;
  reviews: ReviewLog;
}

interface Job {
  changes: Change[];
  actor: string;
  place: (i: number) => Place;
  resolve: (r: { version: number; results: ChangeResult[] }) => void;
  reject: (e: Error) => void;
}

/**
 * The single writer over a data folder. Reads go straight to `kg`; writes queue here, are validated
 * against the graph plus the writes ahead of them, group-committed to the files (journaled, fsynced)
 * and only then applied to the graph in one synchronous step and announced.
 */
export class Store {
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
  private readonly listeners = new Set<(e: CommitEvent) => void>();
  readonly derived: DerivedRunner;
  private readonly opts: Required<Omit<StoreOptions, 'derived'>>;

  private constructor(options: StoreOptions) {
    this.opts = {
      dataDir: path.resolve(options.dataDir),
      fsync: options.fsync ?? true,
      watch: options.watch ?? true,
      watchDebounceMs: options.watchDebounceMs ?? 150,
      maxBatch: options.maxBatch ?? 512,
      log: options.log ?? ((m) => console.log(m)),
    };
    this.derived = new DerivedRunner(() => this.kg, { ...DEFAULT_DERIVED_SETTINGS, ...options.derived }, this.opts.log);
  }

  /** Opens a data folder: finishes an interrupted commit, validates every file, builds the graph. Throws DataValidationError on invalid data. */
  static async open(options: StoreOptions): Promise<Store> {
    const store = new Store(options);
    for (const note of await recoverJournal(store.opts.dataDir, { fsync: store.opts.fsync })) store.opts.log(`recovery: ${note}`);
    const loaded = await store.load();
    if ('issues' in loaded) throw new DataValidationError(loaded.issues);
    store.install(loaded, 1);
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
  apply(changes: Change[], actor: string, place: (i: number) => Place = (i) => ({ file: '(input)', path: ['changes', i] })): Promise<{ version: number; results: ChangeResult[] }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ changes, actor, place, resolve, reject });
      void this.drain();
    });
  }

  private async load(): Promise<Loaded | { issues: ValidationIssue[] }> {
    const disk = await readDiskState(this.opts.dataDir);
    const { files, relative } = await readDatasetFiles(this.opts.dataDir);
    const result = validateDataset(files);
    if (!result.dataset) return { issues: result.issues };
    const reviews = await readReviewLog(this.opts.dataDir, new Set(result.dataset.sources.keys()));
    const issues = [...('issues' in reviews ? reviews.issues : []), ...(await checkOriginals(this.opts.dataDir, result.dataset.sources.values()))];
    if ('issues' in reviews || issues.length > 0) return { issues };
    const relationFiles = result.dataset.relationFileOf.map((f) => relative.get(f) ?? f);
    return { kg: KnowledgeGraph.fromDataset(result.dataset, relationFiles), files: new FileIndex(result.dataset, relative), disk, reviews: reviews.log };
  }

  private install({ kg, files, disk, reviews }: Loaded, version: number): void {
    kg.version = version;
    this.kg = kg;
    this.files = files;
    this.disk = disk;
    this.reviews = reviews;
    const now = new Date().toISOString();
    this.status = { ok: true, version, loadedAt: now, lastCommitAt: this.status?.lastCommitAt ?? null, errors: [] };
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0 || this.checkDisk) {
        // A full look at the folder only when the watcher saw a change; every commit still checks
        // the files it is about to write (see commitBatch), which is what keeps a hand edit from
        // being overwritten, at a cost that does not grow with the number of files.
        if (this.checkDisk) {
          this.checkDisk = false;
          await this.reloadIfEditedOnDisk();
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
    const overlay = new Overlay(this.kg, this.reviews);
    const now = new Date().toISOString();
    const accepted: Array<{ job: Job; results: ChangeResult[] }> = [];
    for (const job of batch) {
      const undo = overlay.mark();
      const results: ChangeResult[] = [];
      const issues: ValidationIssue[] = [];
      job.changes.forEach((change, i) => {
        if (issues.length > 0) return;
        const outcome = planChange(overlay, change, job.place(i), job.actor, now);
        if ('issues' in outcome) issues.push(...outcome.issues);
        else results.push(outcome.ok);
      });
      if (issues.length > 0) {
        undo();
        job.reject(new ChangeRejectedError(issues));
      } else accepted.push({ job, results });
    }
    if (accepted.length === 0) return;

    const plan = await filesToWrite(overlay, this.files, this.opts.dataDir);
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
    for (const w of plan.writes) {
      const fp = w.content === null ? null : await fingerprintOf(path.join(this.opts.dataDir, w.rel));
      if (fp === null) this.disk.delete(w.rel);
      else this.disk.set(w.rel, fp);
    }
    if (overlay.vocabularyAdditions.length > 0) {
      // The graph's indices are built over the vocabulary: a vocabulary change reloads the committed files.
      const loaded = await this.load();
      if ('issues' in loaded) throw new Error(`committed files fail validation: ${loaded.issues.map(formatIssue).join('; ')}`);
      this.install(loaded, this.kg.version + 1);
    } else this.applyOverlay(overlay, plan.install, plan.relationFile);
    this.status = { ...this.status, version: this.kg.version, lastCommitAt: now };
    for (const { job, results } of accepted) {
      job.resolve({ version: this.kg.version, results });
      this.emit({ kind: 'commit', version: this.kg.version, at: now, by: job.actor, results });
    }
    this.derived.schedule();
  }

  /** Whether any of these files (relative paths) differs on disk from what the store last read or wrote. */
  private async editedOnDisk(files: string[]): Promise<boolean> {
    const now = await Promise.all(files.map((rel) => fingerprintOf(path.join(this.opts.dataDir, rel))));
    return files.some((rel, i) => now[i] !== (this.disk.get(rel) ?? null));
  }

  /** One synchronous step: no query runs between the first and the last line. */
  private applyOverlay(overlay: Overlay, install: () => void, relationFile: (id: string) => string | undefined): void {
    const kg = this.kg;
    for (const s of overlay.sources.values()) kg.putSource(s);
    for (const e of overlay.entities.values()) if (e) kg.putEntity(e);
    for (const [id, r] of overlay.relations) if (!r) kg.removeRelation(id);
    for (const r of overlay.relations.values()) if (r) kg.putRelation(r, relationFile(r.id));
    for (const [id, e] of overlay.entities) if (!e) kg.removeEntity(id);
    for (const entry of overlay.reviews.values()) this.reviews.put(entry);
    install();
    kg.refresh();
  }

  private emit(e: CommitEvent): void {
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

  /** Waits for queued writes and pending reload checks (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.draining || this.queue.length > 0 || this.watchTimer) await new Promise((r) => setTimeout(r, 10));
  }

  async close(): Promise<void> {
    this.watcher?.close();
    if (this.watchTimer) clearTimeout(this.watchTimer);
    this.watchTimer = null;
    await this.idle();
    await this.derived.close();
  }
}
