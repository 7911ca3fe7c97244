import type { ServerResponse } from 'node:http';
import type { BudgetState } from '../api/limits/cpu-budget.js';

/**
 * The client's traversal CPU budget on every answer, in the x-ratelimit-* style GitHub's API uses:
 * limit, remaining and used in CPU milliseconds, reset as the Unix time (seconds) the budget is full
 * again, and the resource they count.
 */
export function setBudgetHeaders(res: ServerResponse, s: BudgetState, now = Date.now()): void {
  res.setHeader('x-ratelimit-resource', 'traversal-cpu-ms');
  res.setHeader('x-ratelimit-limit', String(s.limitMs));
  res.setHeader('x-ratelimit-remaining', String(s.remainingMs));
  res.setHeader('x-ratelimit-used', String(s.usedMs));
  res.setHeader('x-ratelimit-reset', String(Math.ceil(now / 1000) + s.resetSeconds));
}

/** The 429 body for a spent budget: the numbers a client needs to come back at the right time. */
export function budgetExceededBody(s: BudgetState) {
  return {
    errors: [
      {
        message: `traversal CPU budget spent: ${s.limitMs} ms per ${s.windowSeconds} s per client (settings cpuBudgetMs, cpuWindowSeconds); retry after ${s.retryAfterSeconds} s`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: s.retryAfterSeconds, budget: { limitMs: s.limitMs, windowSeconds: s.windowSeconds, remainingMs: s.remainingMs, usedMs: s.usedMs } },
      },
    ],
  };
}
