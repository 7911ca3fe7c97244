import type { Place } from '../model/rules.js';
import type { ValidationIssue } from '../model/issues.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Change, ChangeResult } from './changes.js';
import { ChangeRejectedError } from './graph-store.js';
import { Overlay } from './overlay.js';
import { planChange } from './plan.js';
import type { ReviewLog } from './review-log.js';

/** One queued write request. */
export interface Job<Done> {
  changes: Change[];
  actor: string;
  place: (i: number) => Place;
  resolve: (r: Done) => void;
  reject: (e: Error) => void;
}

/**
 * Validates a batch of write requests against the graph plus the requests ahead of them, each by the
 * same rules as `npm run validate`, in one Overlay. A request with an invalid change is rejected alone
 * (its part of the overlay undone); the rest are returned with what their changes did. Shared by both
 * persistences: what is valid does not depend on where it is stored.
 */
export function planBatch<Done>(kg: KnowledgeGraph, reviews: ReviewLog, batch: Job<Done>[], now: string): { overlay: Overlay; accepted: Array<{ job: Job<Done>; results: ChangeResult[] }> } {
  const overlay = new Overlay(kg, reviews);
  const accepted: Array<{ job: Job<Done>; results: ChangeResult[] }> = [];
  for (const job of batch) {
    const undo = overlay.mark();
    const results: ChangeResult[] = [];
    const issues: ValidationIssue[] = [];
    job.changes.forEach((change, i) => {
      if (issues.length > 0) return;
      const outcome = planChange(overlay, change, job.place(i), job.actor, now);
      if ('issues' in outcome) issues.push(...outcome.issues);
      else results.push(outcome.ok);
    });
    if (issues.length > 0) {
      undo();
      job.reject(new ChangeRejectedError(issues));
    } else accepted.push({ job, results });
  }
  return { overlay, accepted };
}
