/**
 * The request thread's time spent turning one traversal answer into a response, measured, so it can
 * be charged to the client that asked. After a traversal resolves, its answer is completed (records,
 * GraphQL, JSON) in one synchronous stretch: the callbacks and microtasks of that event. The stretch
 * ends when the thread starts anything else — the next traversal answer, the next HTTP request (the
 * HTTP layer calls `endAnswerStretch()` first thing), or the check phase (a setImmediate) — so each of
 * those closes the open stretch. A setImmediate alone would charge every answer of a batch of worker
 * messages with the whole batch.
 */
interface Stretch {
  at: number;
  close(ms: number): void;
}

let open: Stretch | null = null;
let checkScheduled = false;

/** Closes the open stretch, if any, charging it up to now. */
export function endAnswerStretch(now = performance.now()): void {
  const s = open;
  if (!s) return;
  open = null;
  s.close(now - s.at);
}

/** Opens the stretch of an answer that was just handed back; `close` gets its length in ms. */
export function startAnswerStretch(close: (ms: number) => void): void {
  const now = performance.now();
  endAnswerStretch(now);
  open = { at: now, close };
  if (!checkScheduled) {
    checkScheduled = true;
    setImmediate(() => {
      checkScheduled = false;
      endAnswerStretch();
    });
  }
}
