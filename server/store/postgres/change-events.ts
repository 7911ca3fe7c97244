import type pg from 'pg';
import { UnknownEventError } from '../event-history.js';
import type { CommitEvent } from '../graph-store.js';
import type { ChangeRow } from './change-payload.js';

/**
 * Event ids of the `changes` subscription over PostgreSQL, valid on every server of the cluster.
 *
 * A server announces the change log a window at a time (change-window.ts): the rows with horizon in
 * [from, to), in seq order, each write request of a row as one event. The id
 * `<from>.<to>.<seq>.<job>` therefore says what its subscriber has seen: every row below `from`, and
 * in the window the rows up to this one. Another server resumes by replaying from the log what is
 * not in that set, then going on live. Delivery is at least once: a client that resumes twice in a
 * row may be sent an event again (compare `seq`).
 */
export interface EventPosition {
  from: bigint;
  to: bigint;
  seq: number;
  job: number;
}

export function parseEventId(id: string): EventPosition {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(id);
  if (!m) throw new UnknownEventError(id, 'not an event id of this cluster (expected from.to.seq.job, as ChangeEvent.id gives it)');
  return { from: BigInt(m[1]!), to: BigInt(m[2]!), seq: Number(m[3]), job: Number(m[4]) };
}

/** Whether a subscriber at `p` has already been sent event `e`. */
export function shownBefore(e: CommitEvent, p: EventPosition): boolean {
  const h = BigInt(e.horizon ?? '0');
  if (h < p.from) return true;
  return h < p.to && (e.seq! < p.seq || (e.seq === p.seq && (e.job ?? 0) <= p.job));
}

/** The events of one change-log row, announced in the window [from, to). */
export function rowEvents(row: ChangeRow, from: string, to: string, version: number): CommitEvent[] {
  const base = { version, at: row.at, seq: row.seq, horizon: row.horizon };
  if (row.payload.reload) return [{ ...base, id: `${from}.${to}.${row.seq}.0`, job: 0, kind: 'reload', by: row.actor, results: [] }];
  return (row.payload.jobs ?? []).map((j, i) => ({ ...base, id: `${from}.${to}.${row.seq}.${i}`, job: i, kind: 'commit' as const, by: j.by, results: j.results }));
}

/** What a subscriber at `p` missed of the log below `upTo` (where this server's live events start), in seq order. */
export async function replayEvents(db: pg.Pool, p: EventPosition, upTo: string, version: number): Promise<CommitEvent[]> {
  const res = await db.query<{ seq: number; horizon: string; actor: string; at: Date; changes: string }>(
    `SELECT seq, horizon::text AS horizon, actor, at, changes::text AS changes FROM corridor_changes
     WHERE horizon >= $1::xid8 AND horizon < $2::xid8 ORDER BY seq`,
    [p.from.toString(), upTo],
  );
  const events: CommitEvent[] = [];
  for (const r of res.rows) {
    const row: ChangeRow = { seq: r.seq, horizon: r.horizon, actor: r.actor, at: r.at.toISOString(), payload: JSON.parse(r.changes) };
    for (const e of rowEvents(row, p.from.toString(), upTo, version)) if (!shownBefore(e, p)) events.push(e);
  }
  return events;
}
