import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { stableJson } from './postgres/same-record.js';

/**
 * A digest of the graph's records: every entity and relation id with its record (keys in a fixed
 * order), sorted by id. Two servers with the same digest serve the same records, whatever order they
 * applied them in; the cluster tests compare every replica's digest with one of a fresh load.
 */
export function graphChecksum(kg: KnowledgeGraph): string {
  const hash = createHash('sha256');
  for (const id of [...kg.graph.nodes()].sort()) hash.update(`e\t${id}\t${stableJson(kg.entity(id))}\n`);
  for (const id of [...kg.graph.edges()].sort()) hash.update(`r\t${id}\t${stableJson(kg.relation(id))}\n`);
  return hash.digest('hex');
}
