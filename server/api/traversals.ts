import type { TraversalResult, TraversalTask } from '../graph/pool/tasks.js';
import { TraversalError, TraversalPool } from '../graph/pool/traversal-pool.js';
import type { ApiContext } from './context.js';
import { startAnswerStretch } from './answer-time.js';
import { apiError } from './errors.js';
import { CpuBudget } from './limits/cpu-budget.js';
import type { ApiLimits } from './limits/settings.js';

/** The traversal pool and the per-client CPU budget it charges: one pair per server. */
export interface Traversals {
  pool: TraversalPool;
  budget: CpuBudget;
}

/** The pool and budget for a number of workers (0: traversals run in the request's thread). */
export function createTraversals(limits: ApiLimits, workers: number): Traversals {
  return {
    pool: new TraversalPool({ workers, maxRunningPerClient: limits.maxTraversalsPerClient, maxQueued: limits.maxQueuedTraversals, killGraceMs: limits.traversalKillGraceMs }),
    budget: new CpuBudget(limits.cpuBudgetMs, limits.cpuWindowSeconds),
  };
}

/**
 * Runs a traversal of this request on the index version the request pinned (so every traversal of
 * one request sees the same graph, whatever commits meanwhile), charges its measured CPU time to the
 * client, and turns pool refusals into GraphQL errors: OVERLOADED is HTTP 503 with Retry-After.
 */
export async function traverse(ctx: ApiContext, task: TraversalTask): Promise<TraversalResult> {
  const { pool, budget } = ctx.traversals;
  try {
    const out = await pool.run(ctx.client, ctx.pinnedIndex(), task, ctx.budget.deadline);
    budget.charge(ctx.client, out.cpuMs);
    // Turning the answer into a response (records, GraphQL completion, JSON) runs on the request thread
    // in one synchronous stretch after this (see answer-time.ts). Its length is charged too — for a
    // 20,000-entity graph answer it is most of the answer's cost — and the traversal holds its place
    // under the client's running cap until then.
    startAnswerStretch((ms) => {
      budget.charge(ctx.client, ms);
      out.done();
    });
    return out.result;
  } catch (e) {
    if (!(e instanceof TraversalError)) throw e;
    budget.charge(ctx.client, e.cpuMs);
    const retry = { retryAfterSeconds: e.retryAfterSeconds };
    if (e.code === 'OVERLOADED') throw apiError(e.code, e.message, { ...retry, http: { status: 503, headers: { 'retry-after': String(e.retryAfterSeconds) } } });
    throw apiError(e.code, e.message, retry);
  }
}

