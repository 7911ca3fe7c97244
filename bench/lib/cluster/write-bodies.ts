import type { GraphQLBody } from '../queries.js';

/** One change per request through applyChanges, which answers the commit's change-log seq. */
export const APPLY = 'mutation Apply($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { seq } }';

/**
 * Write requests on records no other request of the run touches: every other one creates a new Topic
 * entity (a unique id and label), the rest update the description of the next existing entity not yet
 * updated. Writers through different replicas therefore never write the same record, and a CONFLICT
 * could only be a false one.
 */
export class DistinctWrites {
  private created = 0;
  private updated = 0;
  private n = 0;

  constructor(
    private readonly entityIds: readonly string[],
    private readonly tag: string,
  ) {}

  next(): GraphQLBody {
    const n = this.n++;
    if (n % 2 === 0) {
      const k = this.created++;
      return { query: APPLY, operationName: 'Apply', variables: { changes: [{ createEntity: { id: `bench-${this.tag}-${k}`, kind: 'Topic', label: `Bench topic ${this.tag} ${k}` } }] } };
    }
    if (this.updated >= this.entityIds.length) throw new Error(`DistinctWrites: all ${this.entityIds.length} entities were updated once already; a longer run needs a larger graph`);
    const id = this.entityIds[this.updated++]!;
    return { query: APPLY, operationName: 'Apply', variables: { changes: [{ updateEntity: { id, patch: { description: `Updated by the cluster benchmark (${this.tag} ${n}).` } } }] } };
  }
}

/** What one write answer was: its seq, a CONFLICT, or another failure. */
export function classifyWrite(status: number, text: string): { seq: number } | { error: string; conflict: boolean } {
  let body: { data?: { applyChanges?: { seq: number | null } }; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text);
  } catch {
    return { error: `HTTP ${status}: ${text.slice(0, 200)}`, conflict: false };
  }
  const err = body.errors?.[0];
  if (err) return { error: `HTTP ${status} ${err.extensions?.code ?? ''}: ${err.message}`, conflict: err.extensions?.code === 'CONFLICT' };
  const seq = body.data?.applyChanges?.seq;
  if (status !== 200 || typeof seq !== 'number') return { error: `HTTP ${status}, no seq: ${text.slice(0, 200)}`, conflict: false };
  return { seq };
}
