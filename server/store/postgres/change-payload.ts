import type { Entity, Relation, Source } from '../../model/records.js';
import type { ChangeResult } from '../changes.js';
import type { RecordWrite } from '../record-plan.js';
import type { ReviewEntry } from '../review-log.js';

/**
 * What one commit wrote, as its change-log row holds it: the records after the commit (null:
 * deleted), so a replica applies it without planning it again, and what each change did, so every
 * replica's `changes` subscription announces it alike. `reload` (an import, a vocabulary change):
 * replicas load the whole graph again.
 */
export interface ChangePayload {
  reload?: true;
  entities?: RecordWrite<Entity>[];
  relations?: RecordWrite<Relation>[];
  sources?: Source[];
  reviews?: ReviewEntry[];
  /** Each write request of the commit: who made it and what its changes did. */
  jobs?: Array<{ by: string; results: ChangeResult[] }>;
}

/** A change-log row as a replica reads it. */
export interface ChangeRow {
  seq: number;
  horizon: string;
  actor: string;
  at: string;
  payload: ChangePayload;
}
