import type { ForeignEdge, ForeignGraph, JsonValue } from '../import/foreign.js';
import { ImportInputError } from '../import/errors.js';
import type { JsonRecord } from '../import/json-records.js';

interface Element {
  group?: string;
  data?: Record<string, JsonValue>;
  position?: unknown;
  classes?: JsonValue;
}

/** The element list of a Cytoscape document with each element's JSON path: a flat array, {elements: [...]}, or {elements: {nodes, edges}} (.cyjs). */
function elementsOf(doc: unknown): Array<{ el: Element; path: Array<string | number>; edge: boolean }> | null {
  const isEdge = (el: Element) => el.group === 'edges' || (el.group !== 'nodes' && el.data?.source !== undefined && el.data?.target !== undefined);
  const flat = (list: Element[], base: Array<string | number>) => list.map((el, i) => ({ el, path: [...base, i], edge: isEdge(el) }));
  if (Array.isArray(doc)) return flat(doc as Element[], []);
  const els = (doc as { elements?: unknown })?.elements;
  if (Array.isArray(els)) return flat(els as Element[], ['elements']);
  if (els && typeof els === 'object') {
    const { nodes = [], edges = [] } = els as { nodes?: Element[]; edges?: Element[] };
    return [...nodes.map((el, i) => ({ el, path: ['elements', 'nodes', i], edge: false })), ...edges.map((el, i) => ({ el, path: ['elements', 'edges', i], edge: true }))];
  }
  return null;
}

export function isCytoscapeJson(doc: unknown): boolean {
  const els = elementsOf(doc);
  return els !== null && els.every((e) => typeof e.el === 'object' && e.el !== null && 'data' in e.el);
}

/** Locators: node:<data.id>, edge:<data.id>, or edge:#<n> (n-th edge, 0-based) when an edge has no id. */
export function cytoscapeRecords(doc: unknown): JsonRecord[] {
  let n = 0;
  return (elementsOf(doc) ?? []).map(({ el, path, edge }) => {
    const i = edge ? n++ : -1;
    const id = el.data?.id;
    return { locator: edge ? (id !== undefined ? `edge:${id}` : `edge:#${i}`) : `node:${id}`, path };
  });
}

/**
 * Reads Cytoscape.js elements JSON and Cytoscape desktop's .cyjs: data fields are attributes,
 * `classes` and a compound node's `parent` are kept; positions are layout and reported, not imported.
 * Edges without an id are found by their index (edge:#<n>).
 */
export function readCytoscape(file: string, doc: unknown): ForeignGraph {
  const elements = elementsOf(doc);
  if (!elements) throw new ImportInputError('is not Cytoscape JSON (an element list, or { elements })', file, '$', 'IMPORT_PARSE');
  const graph: ForeignGraph = { nodes: [], edges: [], losses: [] };
  const locators = cytoscapeRecords(doc);
  let positions = 0;
  elements.forEach(({ el, edge }, i) => {
    const { id, source, target, ...data } = el.data ?? {};
    const attributes: Record<string, JsonValue> = { ...data };
    if (el.classes !== undefined && el.classes !== '') attributes.classes = el.classes;
    if (el.position !== undefined) positions++;
    const locator = locators[i]!.locator;
    if (edge) {
      const e: ForeignEdge = { source: String(source), target: String(target), attributes, locator };
      if (id !== undefined) e.id = String(id);
      graph.edges.push(e);
    } else if (id === undefined) graph.losses.push({ place: `element ${i}`, reason: 'node without data.id' });
    else graph.nodes.push({ id: String(id), attributes, locator });
  });
  if (positions > 0) graph.losses.push({ place: 'layout', reason: `positions of ${positions} element${positions === 1 ? '' : 's'} not imported: Corridor computes its own layout` });
  return graph;
}
