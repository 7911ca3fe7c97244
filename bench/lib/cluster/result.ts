import type { DbActivity } from './database.js';

/** Issue 11 §5 measured on a throwaway PostgreSQL cluster (fsync on) with query replicas on loopback. */
export interface ClusterResult {
  postgres: { version: string; fsync: string; synchronousCommit: string; sharedBuffers: string };
  replicaFlags: string[];
  imports: Array<{ graph: string } & ImportTiming>;
  writes: WriteRun[];
  lag: LagRun;
  reads: ReadScaling;
  /** 1- and 5-minute load averages at the start and the end of the section. */
  loadAverage: { start: number[]; end: number[] };
  seconds: number;
}

export interface ImportTiming {
  entities: number;
  relations: number;
  sources: number;
  /** readFolderRows: read and validate the folder. */
  readMs: number;
  migrateMs: number;
  /** importRows: COPY in one transaction, until COMMIT returned. */
  importMs: number;
  totalMs: number;
  databaseMB: number;
}

export interface WriteRun {
  replicas: number;
  writers: number;
  seconds: number;
  /** Acknowledged writes (200, no errors, a seq). */
  ok: number;
  perSecond: number;
  conflicts: number;
  otherErrors: number;
  firstError: string | null;
  /** Distinct change-log seqs the acknowledged writes got: commits (several writes share one in a group commit). */
  commits: number;
  p50ms: number;
  p99ms: number;
  /** Cores each replica (A, B, C) and PostgreSQL (all its processes) used meanwhile. */
  replicaCores: number[];
  postgresCores: number;
}

export interface LagRun {
  /** Writes per second sent (open loop) through replica A. */
  rate: number;
  seconds: number;
  sent: number;
  acknowledged: number;
  failed: number;
  firstError: string | null;
  /** Acknowledged writes whose seq replica B's `changes` subscription never delivered (within 5 s of the last). */
  missing: number;
  /** Write answer time on A. */
  ackP50ms: number;
  ackP99ms: number;
  /** B's event for the seq, after A's answer (may be negative: B can announce it before A's answer arrives). */
  visibleP50ms: number;
  visibleP99ms: number;
  visibleMaxMs: number;
  /** B's event for the seq, after the write was sent. */
  endToEndP50ms: number;
  endToEndP99ms: number;
}

export interface ReadRun {
  replicas: number;
  connections: number;
  seconds: number;
  ok: number;
  failed: number;
  firstError: string | null;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  /** CPU the load generator (this process) used, in cores. */
  clientCores: number;
  db: DbActivity;
}

export interface ReadScaling {
  graph: string;
  center: { id: string; degree: number };
  /** Entities and relations of one answer. */
  answer: { entities: number; relations: number; bytes: number };
  /** CPU share of each replica (cores), or null when cgroups were unavailable (then the reason). */
  capCores: number | null;
  capVia: string;
  runs: ReadRun[];
  /** pg_stat_database of the same database while the replicas idled for as long as one read run. */
  idle: { seconds: number; db: DbActivity };
  meanPerSecond: Record<number, number>;
  ratio3to1: number;
}
