import type pg from 'pg';
import type { CommitOutcomeUnknown } from './write.js';

/**
 * Whether a commit whose connection was lost under way happened: asks, on new connections, until the
 * backend that ran it has ended (then its outcome is final) and the change-log row is there or not.
 * 'unknown' when the database does not answer within `withinMs`.
 */
export async function commitOutcome(pool: pg.Pool, lost: CommitOutcomeUnknown, withinMs: number): Promise<'saved' | 'not saved' | 'unknown'> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    try {
      const r = await pool.query<{ saved: boolean; running: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM corridor_changes WHERE seq = $1) AS saved, EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $2) AS running',
        [lost.seq, lost.backendPid],
      );
      const { saved, running } = r.rows[0]!;
      if (saved) return 'saved';
      if (!running) return 'not saved';
    } catch {
      // not reachable yet (restarting): ask again
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return 'unknown';
}
