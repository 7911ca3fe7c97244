import type pg from 'pg';
import type { ChangeRow } from './change-payload.js';

/** What one read of the change log found. */
export interface ChangeWindow {
  /** The new cursor: every change with horizon below it has been read (now or before). */
  cursor: string;
  rows: ChangeRow[];
  /** The xmin of the snapshot read: below the previous cursor only if transaction ids went back (a crash). */
  xmin: string;
  /** Commit time (ms) of the oldest change already committed but not yet readable (an older transaction is still open), or null. */
  heldSince: number | null;
}

/**
 * Reads the change-log rows that became safe to apply since `cursor`, in seq order.
 *
 * The trap (issue 11, §3): seqs are drawn before commit, so transactions commit out of seq order and a
 * `seq > last` cursor skips a row whose transaction was still open when a later one was read. Here
 * each row carries `horizon`, the xmax of a snapshot taken as its transaction's last statement. A
 * row is read once `horizon < xmin` of the reader's snapshot, i.e. once every transaction that
 * could still commit below the horizon (its own included) has ended. The snapshot's xmin never goes
 * back, so the windows [cursor, xmin) tile the horizons: every committed row is read exactly once,
 * whatever the commit order. A transaction that read a record another had committed took its
 * horizon after that commit, so the earlier change is read in the same window or an earlier one
 * (and first within a window, being lower in seq: its seq was drawn after the locks).
 *
 * One statement is one snapshot: pg_current_snapshot() in it is the statement's own snapshot, so the
 * rows it sees and the xmin it reports agree.
 */
export async function readChangeWindow(db: pg.Pool | pg.ClientBase, cursor: string, limit = MAX_WINDOW_ROWS): Promise<ChangeWindow | { tooMany: true }> {
  const res = await db.query<{ h: string; seq: number | null; horizon: string | null; actor: string | null; at: Date | null; changes: string | null; held: Date | null }>(
    `WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS h),
          held AS (SELECT min(c.at) AS held FROM corridor_changes c, s WHERE c.horizon >= s.h)
     SELECT s.h::text AS h, held.held, c.seq, c.horizon::text AS horizon, c.actor, c.at, c.changes::text AS changes
     FROM s CROSS JOIN held LEFT JOIN corridor_changes c ON c.horizon >= $1::xid8 AND c.horizon < s.h
     ORDER BY c.seq
     LIMIT $2`,
    [cursor, limit + 1],
  );
  if (res.rows.length > limit) return { tooMany: true };
  const first = res.rows[0]!;
  const rows: ChangeRow[] = [];
  for (const r of res.rows) {
    if (r.seq === null) continue;
    rows.push({ seq: r.seq, horizon: r.horizon!, actor: r.actor!, at: r.at!.toISOString(), payload: JSON.parse(r.changes!) });
  }
  // The cursor never moves back (a reader whose snapshot is older than the last one must not re-read).
  const cursorNext = BigInt(first.h) > BigInt(cursor) ? first.h : cursor;
  return { cursor: cursorNext, rows, xmin: first.h, heldSince: first.held ? first.held.getTime() : null };
}

/**
 * Most rows one read applies. A server further behind than this (down for a long while) loads a
 * fresh snapshot instead: cheaper than replaying, and it keeps memory bounded.
 */
export const MAX_WINDOW_ROWS = 10_000;

/** The horizon of a change, or null when no such change is committed (yet). */
export async function horizonOf(db: pg.Pool, seq: number): Promise<string | null> {
  const res = await db.query<{ horizon: string }>('SELECT horizon::text AS horizon FROM corridor_changes WHERE seq = $1', [seq]);
  return res.rows[0]?.horizon ?? null;
}
