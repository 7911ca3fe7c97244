import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { formatIssue, type ValidationIssue } from '../model/issues.js';
import type { Place } from '../model/rules.js';
import type { Change, ChangeResult } from './changes.js';
import type { DerivedRunner } from './derived-runner.js';
import type { ReviewLog } from './review-log.js';

/** Where the graph is kept: a data folder in git (the default), or a PostgreSQL database shared by several servers. */
export type Backend = 'files' | 'postgres';

export interface DataStatus {
  ok: boolean;
  version: number;
  loadedAt: string;
  lastCommitAt: string | null;
  /** Why the files on disk are not being served (a hand edit that failed validation); empty when ok. */
  errors: ValidationIssue[];
  backend: Backend;
  /** PostgreSQL: the newest change-log seq this server has applied (null with files, or before the first change). */
  appliedSeq: number | null;
  /** PostgreSQL: how far behind the database this server is, in ms (0 when caught up; null with files). */
  lagMs: number | null;
  /** PostgreSQL: whether the database answered the last time this server asked. */
  connected: boolean;
}

/** One committed write request: who, when, and what each of its changes did. */
export interface CommitEvent {
  /** Resume position: `changes(after: id)` continues after this event (PostgreSQL: on any server of the cluster). */
  id: string;
  kind: 'commit' | 'reload';
  version: number;
  at: string;
  by: string;
  results: ChangeResult[];
  /** PostgreSQL: the change-log seq of the commit. */
  seq?: number;
  /** PostgreSQL: the commit's horizon and the request's place in it (for resuming, see postgres/change-events.ts). */
  horizon?: string;
  job?: number;
}

/** A write refused as a whole; nothing of it was applied. */
export class ChangeRejectedError extends Error {
  constructor(readonly issues: ValidationIssue[], readonly code = 'BAD_USER_INPUT') {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ChangeRejectedError';
  }
}

/** What a write resolves to: the graph version it made, what each change did and (PostgreSQL) its change-log seq. */
export interface Applied {
  version: number;
  results: ChangeResult[];
  seq?: number;
}

/**
 * The in-memory graph and its single writer, over one of two persistences (files/store.ts: the data folder,
 * postgres/postgres-store.ts: PostgreSQL). Reads go straight to `kg`; `apply` validates a write by the
 * same rules in both, makes it durable, and applies it to the graph in one synchronous step.
 */
export interface GraphStore {
  readonly backend: Backend;
  readonly kg: KnowledgeGraph;
  readonly status: DataStatus;
  readonly reviews: ReviewLog;
  readonly derived: DerivedRunner;
  onCommit(listener: (e: CommitEvent) => void): () => void;
  /**
   * Calls `listener` with every event after the one with id `after` (replayed first, then live), or
   * from now on when `after` is null; returns the unsubscribe function. UnknownEventError when `after`
   * cannot be resumed from.
   */
  subscribe(after: string | null, listener: (e: CommitEvent) => void): Promise<() => void>;
  apply(changes: Change[], actor: string, place?: (i: number) => Place): Promise<Applied>;
  /** Resolves once this server has applied the change-log seq (read-your-writes); false if it did not within timeoutMs. */
  waitForSeq(seq: number, timeoutMs: number): Promise<boolean>;
  /** Whether the graph is loaded and (PostgreSQL) caught up with the database, for /readyz. */
  ready(): boolean;
  idle(): Promise<void>;
  close(): Promise<void>;
}
