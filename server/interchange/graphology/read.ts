import type { ForeignEdge, ForeignGraph, JsonValue } from '../import/foreign.js';
import { ImportInputError } from '../import/errors.js';
import type { JsonRecord } from '../import/json-records.js';

interface SerializedGraph {
  attributes?: Record<string, JsonValue>;
  options?: { type?: string };
  nodes: Array<{ key: string | number; attributes?: Record<string, JsonValue> }>;
  edges?: Array<{ key?: string | number; source: string | number; target: string | number; attributes?: Record<string, JsonValue>; undirected?: boolean }>;
}

/** Whether a parsed JSON document is graphology's serialised form. */
export function isGraphologyJson(doc: unknown): doc is SerializedGraph {
  const d = doc as SerializedGraph;
  return typeof d === 'object' && d !== null && !Array.isArray(d) && Array.isArray(d.nodes) && (d.nodes.length === 0 || (typeof d.nodes[0] === 'object' && d.nodes[0] !== null && 'key' in d.nodes[0]));
}

/** Locators of graphology JSON: node:<key>, edge:<key>, edge:#<n> for an edge without a key. */
export function graphologyRecords(doc: unknown): JsonRecord[] {
  if (!isGraphologyJson(doc)) return [];
  const out: JsonRecord[] = doc.nodes.map((n, i) => ({ locator: `node:${n.key}`, path: ['nodes', i] }));
  (doc.edges ?? []).forEach((e, i) => out.push({ locator: e.key !== undefined ? `edge:${e.key}` : `edge:#${i}`, path: ['edges', i] }));
  return out;
}

/**
 * Reads graphology's serialised JSON (what Gephi desktop writes and Gephi Lite reads): node and edge
 * attributes as JSON values, `undirected` edges kept as an attribute. Layout attributes (x, y, size,
 * color) are not data and are reported once, not imported.
 */
export function readGraphology(file: string, doc: unknown): ForeignGraph {
  if (!isGraphologyJson(doc)) throw new ImportInputError('is not graphology JSON (no "nodes" list of { key, attributes })', file, '$', 'IMPORT_PARSE');
  const graph: ForeignGraph = { nodes: [], edges: [], losses: [] };
  let layout = 0;
  const withoutLayout = (attrs: Record<string, JsonValue> = {}) => {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(attrs)) {
      if (LAYOUT.has(k)) layout++;
      else out[k] = v;
    }
    return out;
  };
  for (const n of doc.nodes) graph.nodes.push({ id: String(n.key), attributes: withoutLayout(n.attributes), locator: `node:${n.key}` });
  (doc.edges ?? []).forEach((e, i) => {
    const edge: ForeignEdge = { source: String(e.source), target: String(e.target), attributes: withoutLayout(e.attributes), locator: e.key !== undefined ? `edge:${e.key}` : `edge:#${i}` };
    if (e.key !== undefined) edge.id = String(e.key);
    if (e.undirected) edge.attributes.undirected = true;
    graph.edges.push(edge);
  });
  if (layout > 0) graph.losses.push({ place: 'layout', reason: `${layout} layout attribute value${layout === 1 ? '' : 's'} (x, y, size, color) not imported: Corridor computes its own layout` });
  return graph;
}

const LAYOUT = new Set(['x', 'y', 'size', 'color', 'z']);
