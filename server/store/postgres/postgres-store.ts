import type pg from 'pg';
import { DataValidationError, formatIssue } from '../../model/issues.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { Place } from '../../model/rules.js';
import { applyOverlay } from '../apply-overlay.js';
import type { Change } from '../changes.js';
import { DEFAULT_DERIVED_SETTINGS, DerivedRunner, type DerivedSettings } from '../derived-runner.js';
import type { FileIndex } from '../file-index.js';
import { ChangeRejectedError, type Applied, type CommitEvent, type DataStatus, type GraphStore } from '../graph-store.js';
import { planBatch, type Job } from '../plan-batch.js';
import { recordPlan } from '../record-plan.js';
import type { ReviewLog } from '../review-log.js';
import { applyChange } from './apply-change.js';
import { ChangeListener } from './change-listener.js';
import { horizonOf, MAX_WINDOW_ROWS, readChangeWindow } from './change-window.js';
import { parseEventId, replayEvents, rowEvents, shownBefore } from './change-events.js';
import { createPool, type PgSettings } from './connect.js';
import { CHANGES_CHANNEL } from './import-folder.js';
import { readSnapshot } from './load.js';
import { graphFromSnapshot, type LoadedGraph } from './load-graph.js';
import { migrate } from './migrate.js';
import { seedIfEmpty } from './seed.js';
import { dbCommitOf } from './db-commit.js';
import { SeqWaiters } from './seq-waiters.js';
import { commitOutcome } from './commit-outcome.js';
import { CommitOutcomeUnknown, CommitUnknownError, commitToDb, DatabaseUnavailable, WriteConflict } from './write.js';

/** How long a write whose connection was lost during COMMIT waits to learn whether it was saved. */
const OUTCOME_WAIT_MS = 10_000;

export interface PostgresStoreOptions extends PgSettings {
  /** A data folder loaded into the database when it holds no graph yet (seed.ts); none: an empty database is an error. */
  seedFrom?: string;
  /** Read the change log at least this often, in case a notification was lost (default 500 ms). */
  pollMs?: number;
  /** Past this lag the server reports itself unhealthy and not ready (default 10,000 ms). */
  maxLagMs?: number;
  maxBatch?: number;
  derived?: Partial<DerivedSettings>;
  log?: (message: string) => void;
}

/**
 * The graph over a PostgreSQL database that several servers share. Loads one snapshot with COPY,
 * then follows the change log (LISTEN wakes it, a poll covers lost notifications, the cursor is
 * gap-free: change-window.ts). Writes are validated here by the same rules as with files, then
 * committed in one transaction that fails with CONFLICT if another writer changed a record first
 * (write.ts); acknowledged after COMMIT, applied here at once, and announced to the others.
 */
export class PostgresStore implements GraphStore {
  readonly backend = 'postgres' as const;
  kg!: KnowledgeGraph;
  reviews!: ReviewLog;
  readonly derived: DerivedRunner;
  private files!: FileIndex;
  private vocabulary = '';
  private loadedAt = '';
  private lastCommitAt: string | null = null;
  private issues: DataStatus['errors'] = [];
  /** Change-log position: every change with a horizon below it is applied. */
  private cursor = '0';
  /** Changes at or past the cursor already in the graph (loaded with the snapshot, or committed here). */
  private readonly applied = new Set<number>();
  private appliedSeq: number | null = null;
  private connected = true;
  private lastReadAt = Date.now();
  private heldSince: number | null = null;
  private wokenAt: number | null = null;
  private readonly queue: Job<Applied>[] = [];
  /** Requests to commit one at a time (after a conflict in a group commit, so only the one that conflicts fails). */
  private solo = 0;
  private draining = false;
  private followDue = false;
  /** The database may have restarted (the LISTEN connection was lost and re-made): the next read of the log is a fresh snapshot instead. */
  private mustReload = false;
  private closed = false;
  private pollTimer: NodeJS.Timeout | null = null;
  private readonly waiters = new SeqWaiters();
  private readonly listeners = new Set<(e: CommitEvent) => void>();
  private readonly listener: ChangeListener;
  private readonly opts: Required<Omit<PostgresStoreOptions, 'derived' | 'seedFrom' | keyof PgSettings>>;

  private constructor(
    private readonly pool: pg.Pool,
    options: PostgresStoreOptions,
  ) {
    this.opts = { pollMs: options.pollMs ?? 500, maxLagMs: options.maxLagMs ?? 10_000, maxBatch: options.maxBatch ?? 512, log: options.log ?? ((m) => console.log(m)) };
    this.derived = new DerivedRunner(() => this.kg, { ...DEFAULT_DERIVED_SETTINGS, ...options.derived }, this.opts.log);
    this.listener = new ChangeListener(options, () => this.wake(), this.opts.log, () => {
      this.mustReload = true;
      this.wake(false);
    });
  }

  /** Connects, applies missing migrations, loads the graph, starts following. Throws DataValidationError if the stored data is invalid. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const pool = createPool(options);
    const store = new PostgresStore(pool, options);
    try {
      const client = await pool.connect();
      try {
        for (const m of await migrate(client)) store.opts.log(`database: applied migration ${m}`);
        const seeded = options.seedFrom ? await seedIfEmpty(client, options.seedFrom) : null;
        if (seeded) store.opts.log(`database: it held no graph; loaded ${options.seedFrom} into it (${seeded.entities} entities, ${seeded.relations} relations)`);
      } finally {
        client.release();
      }
      const loaded = await store.load();
      if ('issues' in loaded) throw new DataValidationError(loaded.issues);
    } catch (e) {
      await pool.end().catch(() => {});
      throw e;
    }
    if (store.kg.index.nodeCount <= store.derived.syncMaxNodes) store.derived.computeNow(store.kg);
    else store.derived.schedule();
    store.listener.start();
    store.pollTimer = setInterval(() => store.wake(false), store.opts.pollMs);
    store.pollTimer.unref();
    return store;
  }

  get status(): DataStatus {
    return {
      ok: this.issues.length === 0,
      version: this.kg.version,
      loadedAt: this.loadedAt,
      lastCommitAt: this.lastCommitAt,
      errors: this.issues,
      backend: 'postgres',
      appliedSeq: this.appliedSeq,
      lagMs: this.lagMs(),
      connected: this.connected,
    };
  }

  /**
   * How far behind the database this server may be: since it last read the log, when that is longer
   * ago than two polls (the database unreachable or hung, or the writer stuck on it); else since a
   * change it cannot read yet was committed (an older write transaction is open), or since a
   * notification it has not acted on.
   */
  private lagMs(): number {
    const now = Date.now();
    const stale = now - this.lastReadAt;
    if (!this.connected || stale > 2 * this.opts.pollMs) return stale;
    const since = Math.min(this.heldSince ?? Infinity, this.wokenAt ?? Infinity);
    return since === Infinity ? 0 : Math.max(0, now - since);
  }

  ready(): boolean {
    return !this.closed && !this.mustReload && this.connected && this.lagMs() <= this.opts.maxLagMs;
  }

  onCommit(listener: (e: CommitEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  apply(changes: Change[], actor: string, place: (i: number) => Place = (i) => ({ file: '(input)', path: ['changes', i] })): Promise<Applied> {
    return new Promise((resolve, reject) => {
      this.queue.push({ changes, actor, place, resolve, reject });
      void this.drain();
    });
  }

  waitForSeq(seq: number, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait({
      timeoutMs,
      // The cursor says nothing while the database may have restarted (see reloadAfterReconnect).
      applied: (horizon) => this.applied.has(seq) || (!this.mustReload && horizon !== null && BigInt(this.cursor) > BigInt(horizon)),
      horizon: () => horizonOf(this.pool, seq),
      kick: () => this.wake(false),
      closed: () => this.closed,
    });
  }

  private wake(notified = true): void {
    if (notified && this.wokenAt === null) this.wokenAt = Date.now();
    this.followDue = true;
    void this.drain();
  }

  private async load(from?: string): Promise<LoadedGraph | { issues: DataStatus['errors'] }> {
    const client = await this.pool.connect();
    let snapshot;
    try {
      snapshot = await readSnapshot(client, from);
    } finally {
      client.release();
    }
    const loaded = graphFromSnapshot(snapshot);
    if ('issues' in loaded) return loaded;
    loaded.kg.version = (this.kg?.version ?? 0) + 1;
    this.kg = loaded.kg;
    this.files = loaded.files;
    this.reviews = loaded.reviews;
    this.vocabulary = loaded.vocabulary;
    this.cursor = snapshot.horizon;
    this.applied.clear();
    for (const seq of snapshot.seen) this.applied.add(seq);
    this.appliedSeq = snapshot.lastSeq;
    this.loadedAt = new Date().toISOString();
    this.issues = [];
    return loaded;
  }

  private async drain(): Promise<void> {
    if (this.draining || this.closed) return;
    this.draining = true;
    try {
      while (!this.closed && (this.queue.length > 0 || this.followDue)) {
        if (this.followDue) {
          this.followDue = false;
          if (this.mustReload) await this.reloadAfterReconnect();
          else await this.follow();
        }
        const take = this.solo > 0 ? 1 : this.opts.maxBatch;
        const batch = this.queue.splice(0, take);
        if (this.solo > 0) this.solo -= batch.length;
        if (batch.length > 0) await this.commitBatch(batch);
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Reads the change log from the cursor and applies what other servers committed, a window at a time
   * in one synchronous step, then announces every change of the window (this server's own too: the
   * log is the one order every server announces in, so an event id means the same everywhere).
   */
  private async follow(): Promise<void> {
    const started = Date.now();
    let window;
    try {
      window = await readChangeWindow(this.pool, this.cursor);
    } catch (e) {
      if (this.connected) this.opts.log(`reading the change log failed: ${(e as Error).message}`);
      this.connected = false;
      return;
    }
    if ('tooMany' in window) {
      this.opts.log(`more than ${MAX_WINDOW_ROWS} changes to catch up on: loading a fresh snapshot instead`);
      this.mustReload = true;
      this.followDue = true;
      return;
    }
    if (BigInt(window.xmin) < BigInt(this.cursor)) {
      // Transaction ids went back: the database crashed and restarted; the cursor cannot be trusted.
      this.mustReload = true;
      this.followDue = true;
      return;
    }
    if (!this.connected) this.opts.log('reading the change log again');
    this.connected = true;
    this.lastReadAt = started;
    if (this.wokenAt !== null && this.wokenAt <= started) this.wokenAt = null;
    this.heldSince = window.heldSince;
    let changed = false;
    let reload: string | null = null;
    for (const row of window.rows) {
      this.appliedSeq = Math.max(this.appliedSeq ?? 0, row.seq);
      if (this.applied.delete(row.seq)) continue;
      if (row.payload.reload) reload = row.actor;
      else if (reload === null) {
        applyChange(this.kg, this.files, this.reviews, row.payload);
        changed = true;
      }
    }
    if (changed) {
      // Still in the same synchronous step as the applies above: queries see the window whole or not at all.
      this.kg.refresh();
      this.lastCommitAt = window.rows[window.rows.length - 1]!.at;
      this.derived.schedule();
    }
    const from = this.cursor;
    if (reload !== null) await this.reload(reload, window.cursor);
    else this.cursor = window.cursor;
    for (const row of window.rows) for (const e of rowEvents(row, from, window.cursor, this.kg.version)) this.emit(e);
    this.waiters.wakeAll();
  }

  /** Loads the whole graph again (an import, a vocabulary change); keeps serving the old one if that fails. */
  private async reload(by: string, from: string): Promise<void> {
    try {
      const loaded = await this.load(from);
      if ('issues' in loaded) {
        this.issues = loaded.issues;
        this.cursor = from;
        this.opts.log(`the database's data fails validation; still serving version ${this.kg.version}:\n${loaded.issues.map((i) => '  ' + formatIssue(i)).join('\n')}`);
        return;
      }
    } catch (e) {
      this.connected = false;
      this.opts.log(`reloading from the database failed: ${(e as Error).message}`);
      return;
    }
    this.derived.schedule();
    this.opts.log(`reloaded from the database (${by}): version ${this.kg.version}, ${this.kg.graph.order} entities, ${this.kg.graph.size} relations`);
  }

  /**
   * After a lost connection the database may have restarted. A crash can lose transaction ids that
   * were handed out but never written to disk (a NOTIFY's, say), and the restarted server hands them
   * out again: a new commit can then carry a horizon below this server's cursor and would never be
   * read. So the graph is loaded afresh from a new snapshot, with a new cursor (the old graph serves
   * meanwhile), and subscribers get a RELOAD event. The same when the server is too far behind to
   * replay the log (MAX_WINDOW_ROWS).
   */
  private async reloadAfterReconnect(): Promise<void> {
    let loaded;
    try {
      loaded = await this.load();
    } catch (e) {
      this.connected = false; // still mustReload: tried again at the next poll
      this.opts.log(`loading a fresh snapshot of the database failed: ${(e as Error).message}`);
      return;
    }
    this.mustReload = false;
    if ('issues' in loaded) {
      this.issues = loaded.issues;
      return;
    }
    this.connected = true;
    this.lastReadAt = Date.now();
    this.derived.schedule();
    this.opts.log(`loaded a fresh snapshot of the database (after a lost connection, or far behind): version ${this.kg.version}`);
    this.emit({ id: `${this.cursor}.${this.cursor}.0.0`, kind: 'reload', version: this.kg.version, at: this.loadedAt, by: 'fresh snapshot', results: [], horizon: this.cursor, seq: 0, job: 0 });
    this.waiters.wakeAll();
  }

  async subscribe(after: string | null, listener: (e: CommitEvent) => void): Promise<() => void> {
    if (after === null) return this.onCommit(listener);
    const position = parseEventId(after);
    // Live events from here on come from windows at or past `upTo`; what lies before it is replayed from the log.
    const upTo = this.cursor;
    const buffered: CommitEvent[] = [];
    let replaying = true;
    const off = this.onCommit((e) => {
      if (!shownBefore(e, position)) (replaying ? buffered.push(e) : listener(e));
    });
    try {
      for (const e of await replayEvents(this.pool, position, upTo, this.kg.version)) listener(e);
    } catch (err) {
      off();
      throw err;
    }
    replaying = false;
    for (const e of buffered) listener(e);
    return off;
  }

  private async commitBatch(batch: Job<Applied>[]): Promise<void> {
    const now = new Date().toISOString();
    const { overlay, accepted } = planBatch(this.kg, this.reviews, batch, now);
    if (accepted.length === 0) return;
    const plan = recordPlan(overlay, this.files);
    const commit = dbCommitOf(overlay, plan, this.vocabulary, accepted.map(({ job, results }) => ({ by: job.actor, results })));
    const actors = [...new Set(accepted.map(({ job }) => job.actor))].join(', ');
    let seq: number;
    try {
      ({ seq } = await commitToDb(this.pool, commit, { entity: (id) => this.kg.entity(id), relation: (id) => this.kg.relation(id), review: (id) => this.reviews.get(id) }, actors, now).catch(async (e) => {
        if (!(e instanceof CommitOutcomeUnknown)) throw e;
        const outcome = await commitOutcome(this.pool, e, OUTCOME_WAIT_MS);
        if (outcome === 'saved') return { seq: e.seq };
        throw outcome === 'not saved' ? new DatabaseUnavailable(e.cause) : new CommitUnknownError(e.seq, e.cause);
      }));
    } catch (e) {
      if (e instanceof WriteConflict && accepted.length > 1) {
        // One of the requests raced another server: commit them one by one, so only that one fails.
        this.queue.unshift(...accepted.map(({ job }) => job));
        this.solo = accepted.length;
        this.followDue = true;
        return;
      }
      const err = e instanceof WriteConflict ? new ChangeRejectedError([e.issue], 'CONFLICT') : (e as Error);
      for (const { job } of accepted) job.reject(err);
      if (e instanceof WriteConflict) this.followDue = true;
      return;
    }
    this.applied.add(seq);
    this.appliedSeq = Math.max(this.appliedSeq ?? 0, seq);
    this.pool.query(`NOTIFY ${CHANGES_CHANNEL}`).catch(() => {});
    if (commit.vocabulary) {
      // The graph's indices are built over the vocabulary: load the committed state whole.
      const loaded = await this.load(this.cursor).catch((e: Error) => ({ issues: [{ code: 'SCHEMA' as const, file: 'postgres:vocabulary.json', path: '$', message: e.message }] }));
      if ('issues' in loaded) {
        this.opts.log(`reloading after a vocabulary change failed (tried again at the next poll): ${loaded.issues.map(formatIssue).join('; ')}`);
        this.mustReload = true;
      }
    } else applyOverlay(this.kg, this.reviews, overlay, plan.install, plan.relationFile);
    this.lastCommitAt = now;
    // Announced when the change log delivers it (follow), in the order every server announces it.
    for (const { job, results } of accepted) job.resolve({ version: this.kg.version, results, seq });
    this.wake(false);
    this.derived.schedule();
    this.waiters.wakeAll();
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

  async idle(): Promise<void> {
    while (this.draining || this.queue.length > 0) await new Promise((r) => setTimeout(r, 10));
  }

  /** Catches up with the database now (tests; read-your-writes without a seq). */
  async catchUp(): Promise<void> {
    await this.idle();
    this.followDue = true;
    await this.drain();
    await this.idle();
  }

  async close(): Promise<void> {
    await this.idle();
    this.closed = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.listener.close();
    await this.derived.close();
    await this.pool.end().catch(() => {});
  }
}
