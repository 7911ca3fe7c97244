/**
 * The review session of one source, as plain data: the queue of candidates (ids, in queue order),
 * what was decided on each, where the reviewer is, and the undo stack of logged decisions. Pure
 * functions return a new state; the view renders it and sends the API calls.
 */
export type Decision = 'pending' | 'accepted' | 'rejected';

export interface UndoEntry {
  /** The review-log entries of one decision (a bulk accept has one per relation). */
  logIds: string[];
  /** The relations it decided on. */
  relationIds: string[];
  /** Their decisions before it (an edit leaves them pending). */
  before: Decision[];
}

export interface ReviewState {
  ids: string[];
  decisions: Record<string, Decision>;
  /** Index into `ids` of the current candidate; -1 when the queue is empty. */
  cursor: number;
  undo: UndoEntry[];
}

export const emptyReview: ReviewState = { ids: [], decisions: {}, cursor: -1, undo: [] };

/** Adds candidates the queue did not have yet (a refresh), keeping order, decisions and the cursor. */
export function withQueue(state: ReviewState, ids: string[]): ReviewState {
  const known = new Set(state.ids);
  const added = ids.filter((id) => !known.has(id));
  if (!added.length && state.ids.length) return state;
  const decisions = { ...state.decisions };
  for (const id of added) decisions[id] = 'pending';
  const next = { ...state, ids: [...state.ids, ...added], decisions };
  return next.cursor < 0 ? { ...next, cursor: firstPendingFrom(next, 0) } : next;
}

/** The current candidate's id, or null. */
export const currentId = (state: ReviewState): string | null => (state.cursor >= 0 ? state.ids[state.cursor] ?? null : null);

/** How many candidates of the queue are waiting, accepted and rejected. */
export function decisionCounts(state: ReviewState): Record<Decision, number> {
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  for (const id of state.ids) counts[state.decisions[id] ?? 'pending']++;
  return counts;
}

/** The first pending candidate at or after `from`, wrapping round; the same index when none is pending. */
function firstPendingFrom(state: ReviewState, from: number): number {
  const n = state.ids.length;
  if (!n) return -1;
  for (let i = 0; i < n; i++) {
    const at = (from + i) % n;
    if (state.decisions[state.ids[at]!] === 'pending') return at;
  }
  return Math.min(Math.max(from, 0), n - 1);
}

/** A logged decision on some candidates: they are marked, the undo stack grows, and the cursor moves to the next pending one. */
export function decided(state: ReviewState, relationIds: string[], decision: Decision, logIds: string[]): ReviewState {
  const decisions = { ...state.decisions };
  const before = relationIds.map((id) => decisions[id] ?? 'pending');
  for (const id of relationIds) decisions[id] = decision;
  const next = { ...state, decisions, undo: logIds.length ? [...state.undo, { logIds, relationIds, before }] : state.undo };
  const after = state.cursor >= 0 && relationIds.includes(currentId(state)!) ? state.cursor + 1 : state.cursor;
  return decision === 'pending' ? next : { ...next, cursor: firstPendingFrom(next, Math.max(after, 0)) };
}

/** Moves on without deciding. */
export function skipped(state: ReviewState): ReviewState {
  if (state.cursor < 0) return state;
  return { ...state, cursor: firstPendingFrom(state, state.cursor + 1) };
}

/** j / k: the next or previous candidate, decided or not (no wrapping). */
export function moved(state: ReviewState, delta: 1 | -1): ReviewState {
  if (state.cursor < 0) return state;
  return { ...state, cursor: Math.min(Math.max(state.cursor + delta, 0), state.ids.length - 1) };
}

/** Points at one candidate (a click on it). */
export function pointedAt(state: ReviewState, id: string): ReviewState {
  const at = state.ids.indexOf(id);
  return at < 0 ? state : { ...state, cursor: at };
}

/** The decision `u` undoes next, or null. */
export const lastDecision = (state: ReviewState): UndoEntry | null => state.undo[state.undo.length - 1] ?? null;

/** The last decision was undone on the server: its candidates get their earlier decisions back and the cursor returns to the first. */
export function undone(state: ReviewState): ReviewState {
  const last = lastDecision(state);
  if (!last) return state;
  const decisions = { ...state.decisions };
  last.relationIds.forEach((id, i) => (decisions[id] = last.before[i] ?? 'pending'));
  const at = state.ids.indexOf(last.relationIds[0]!);
  return { ...state, decisions, undo: state.undo.slice(0, -1), cursor: at >= 0 ? at : state.cursor };
}
