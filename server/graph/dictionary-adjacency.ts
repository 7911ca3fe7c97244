import type { CorridorGraph } from './types.js';

interface NodeData {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
}

/**
 * Puts the neighbour maps of every node of a graph in V8's dictionary mode before a bulk load of
 * edges. graphology keeps each node's neighbours as a plain object keyed by neighbour id; grown one
 * key at a time from `{}`, V8 gives every such object a chain of hidden classes of its own (one per
 * added key, up to ~128), so adding 500k edges spends half its time and much garbage making hidden
 * classes that no other object shares. An object that had a property deleted is a hash table from
 * then on, which is what these are used as. Relies on graphology 0.26's node records
 * (`graph._nodes`, with `in` / `out` objects); does nothing when they are not there.
 */
export function useDictionaryAdjacency(graph: CorridorGraph): void {
  const nodes = (graph as unknown as { _nodes?: Map<string, NodeData> })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const data of nodes.values()) {
    for (const adjacency of [data.in, data.out]) {
      if (adjacency === undefined || Object.keys(adjacency).length > 0) continue;
      // Deleting a property that is not the last one added turns an object into a dictionary.
      adjacency[' a'] = null;
      adjacency[' b'] = null;
      delete adjacency[' a'];
      delete adjacency[' b'];
    }
  }
}
