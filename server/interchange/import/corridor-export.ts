import { EVIDENCE_HEADER } from '../csv/write.js';
import { ENTITY_COLUMNS, LAYOUT_COLUMNS, RELATION_COLUMNS } from '../export/columns.js';
import type { FlatEvidence } from '../export/records.js';
import type { CsvTable } from '../csv/read-table.js';
import type { ForeignEdge, ForeignGraph, ForeignNode, ImportLoss, JsonValue } from './foreign.js';
import type { ImportMapping } from './mapping.js';

/**
 * Corridor's own exports, read back: the writers mark each file (GEXF `<creator>Corridor</creator>`,
 * GraphML `<desc>Corridor knowledge graph (…)</desc>`, graphology `attributes.name: "Corridor"`, the
 * CSV headers, RDF `corridor:Export`), and an import of a marked file maps its columns back onto
 * fields instead of guessing: derived columns (degree, colour, position, size, evidence and source
 * counts, the type's label, time precision) are dropped, property columns come back as `properties`
 * under their own keys, the entity status is restored and the evidence list travels with the edge.
 */

/** Entity columns that are fields (mapped by CORRIDOR_FIELDS); `status` is read separately. */
const ENTITY_FIELDS = ['label', 'kind', 'aliases', 'description', 'wikidata', 'iso2', 'iso3'] as const;
/** Relation columns that are fields; `evidence` is read separately. */
const RELATION_FIELDS = ['relationType', 'status', 'confidence', 'hedge', 'pointInTime', 'start', 'end', 'note'] as const;

const ENTITY_BUILT_IN = new Set([...ENTITY_COLUMNS, ...LAYOUT_COLUMNS].map((c) => c.name));
const RELATION_BUILT_IN = new Set(RELATION_COLUMNS.map((c) => c.name));
const DERIVED_NOTE = {
  place: 'derived columns',
  reason: 'a Corridor export: degree, colour, position, size, the type label, time precision, evidence and source counts are derived again, not imported',
};

/** Whether a file of this format carries Corridor's export marker. */
export function isCorridorExport(format: string, text: string): boolean {
  const head = text.slice(0, 4096);
  if (format === 'gexf') return /<meta>\s*<creator>Corridor<\/creator>/.test(head);
  if (format === 'graphml') return /<desc>Corridor knowledge graph \(/.test(head);
  if (format === 'graphology') return head.startsWith('{"attributes":{"name":"Corridor",');
  // RDF: a candidate only; read-corridor-rdf.ts checks for the corridor:Export node once parsed.
  if (format === 'ntriples' || format === 'turtle') return text.includes('https://corridor.example/vocab#');
  return false;
}

/** Which table of a Corridor CSV export a header is, by its leading columns (property columns follow them). */
export function corridorCsvPart(header: string[]): 'entities' | 'relations' | 'evidence' | null {
  const startsWith = (lead: string[]) => lead.every((name, i) => header[i] === name);
  if (startsWith(EVIDENCE_HEADER) && header.length === EVIDENCE_HEADER.length) return 'evidence';
  if (startsWith(['id', ...[...ENTITY_COLUMNS, ...LAYOUT_COLUMNS].map((c) => c.name)])) return 'entities';
  if (startsWith(['id', 'from', 'to', ...RELATION_COLUMNS.filter((c) => c.name !== 'evidence').map((c) => c.name)])) return 'relations';
  return null;
}

/** The mapping of a Corridor export: its field columns (those the file has), the user's kinds and types kept. */
export function corridorMapping(given: ImportMapping, graph: ForeignGraph): ImportMapping {
  const present = (items: Array<{ attributes: Record<string, unknown> }>) => new Set(items.flatMap((i) => Object.keys(i.attributes)));
  const nodeNames = present(graph.nodes);
  const edgeNames = present(graph.edges);
  const nodes: ImportMapping['nodes'] = {};
  for (const f of ENTITY_FIELDS) if (nodeNames.has(f)) nodes[f] = f;
  const edges: ImportMapping['edges'] = {};
  for (const f of RELATION_FIELDS) if (edgeNames.has(f)) edges[f === 'relationType' ? 'type' : f] = f;
  return { ...given, nodes, edges };
}

/**
 * A Corridor export's graph (GEXF, GraphML, graphology, CSV) with its columns put back in place:
 * fields stay attributes, derived columns go, the rest are properties (a `properties.<key>` column
 * was renamed to avoid a built-in name), edges carry their evidence, and an edge's GEXF spell and
 * `kind` give way to the exact time and type columns.
 */
export function fromCorridorExport(graph: ForeignGraph): ForeignGraph {
  const losses = graph.losses.filter((l) => l.place !== 'viz' && l.place !== 'layout');
  return {
    ...graph,
    nodes: graph.nodes.map(node),
    edges: graph.edges.map((e) => edge(e, losses)),
    losses: [DERIVED_NOTE, ...losses],
  };
}

function split(attributes: Record<string, JsonValue>, fields: readonly string[], builtIn: Set<string>) {
  const kept: Record<string, JsonValue> = {};
  const properties: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if ((fields as readonly string[]).includes(k)) kept[k] = v;
    else if (!builtIn.has(k)) properties[k.startsWith('properties.') ? k.slice('properties.'.length) : k] = v;
  }
  return { kept, properties: Object.keys(properties).length > 0 ? properties : undefined };
}

function node(n: ForeignNode): ForeignNode {
  const { kept, properties } = split(n.attributes, ENTITY_FIELDS, ENTITY_BUILT_IN);
  const out: ForeignNode = { id: n.id, attributes: kept, locator: n.locator };
  if (properties) out.properties = properties;
  if (n.attributes.status === 'proposed') out.status = 'proposed';
  return out;
}

function edge(e: ForeignEdge, losses: ImportLoss[]): ForeignEdge {
  const attributes = { ...e.attributes };
  if (attributes.kind === attributes.relationType) delete attributes.kind; // GEXF's edge kind repeats the type
  const { kept, properties } = split(attributes, RELATION_FIELDS, RELATION_BUILT_IN);
  const out: ForeignEdge = { source: e.source, target: e.target, attributes: kept, locator: e.locator };
  if (e.id !== undefined) out.id = e.id;
  if (properties) out.properties = properties;
  if (typeof e.attributes.evidence === 'string') {
    const evidence = parseEvidence(e.attributes.evidence);
    if (evidence) out.evidence = evidence;
    else losses.push({ place: e.locator, reason: 'its evidence column is not a JSON list of evidence items; only the record itself is evidence' });
  }
  if (e.attributes.review !== undefined) {
    losses.push({ place: e.locator, reason: 'its review record (who reviewed it, when) belongs to the graph that reviewed it and is not imported; the status is' });
  }
  return out;
}

/** The export's evidence list (JSON of flat evidence items), or null when it is not one. */
export function parseEvidence(text: string): FlatEvidence[] | null {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'object' && x !== null && typeof (x as FlatEvidence).source === 'string')) return null;
  return list as FlatEvidence[];
}

/** evidence.csv of a Corridor CSV export: each relation's evidence items, in order. */
export function evidenceTable(table: CsvTable): ForeignGraph {
  const at = (name: string) => EVIDENCE_HEADER.indexOf(name);
  const byEdge = new Map<string, FlatEvidence[]>();
  const losses: ImportLoss[] = [];
  for (const { cells, line } of table.rows) {
    const cell = (name: string) => (cells[at(name)] === '' ? undefined : cells[at(name)]);
    const relation = cell('relation');
    const source = cell('source');
    if (!relation || !source) {
      losses.push({ place: `row:${line}`, reason: 'evidence row without a relation or a source' });
      continue;
    }
    const item: FlatEvidence = { source };
    for (const k of ['quote', 'prefix', 'suffix', 'locator', 'extractorName', 'extractorVersion', 'extractorRule'] as const) if (cells[at(k)] !== '') item[k] = cells[at(k)]!;
    for (const k of ['start', 'end'] as const) if (cell(k) !== undefined) item[k] = Number(cell(k));
    const list = byEdge.get(relation) ?? [];
    list[Number(cell('index') ?? list.length)] = item;
    byEdge.set(relation, list);
  }
  return { nodes: [], edges: [], losses, evidenceByEdge: byEdge };
}
