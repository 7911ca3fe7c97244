import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

const cache = new WeakMap<KnowledgeGraph, { version: number; values: Map<string, unknown> }>();

/** A value computed once per graph version (counts, per-source tallies), dropped when the graph changes. */
export function memo<T>(kg: KnowledgeGraph, key: string, compute: () => T): T {
  let entry = cache.get(kg);
  if (!entry || entry.version !== kg.version) cache.set(kg, (entry = { version: kg.version, values: new Map() }));
  if (!entry.values.has(key)) entry.values.set(key, compute());
  return entry.values.get(key) as T;
}
