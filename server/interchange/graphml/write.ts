import type { Entity, Relation } from '../../model/records.js';
import { chunked, type ExportStream } from '../export/chunks.js';
import { cellText, ENTITY_COLUMNS, LAYOUT_COLUMNS, propertyColumns, RELATION_COLUMNS, type Column } from '../export/columns.js';
import type { ExportView } from '../export/view.js';
import { xmlAttr, xmlText } from '../export/xml.js';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

/**
 * GraphML for networkx, igraph, Cytoscape and yEd, written by hand (graphology-graphml has no
 * writer). Every attribute has a typed `<key>` whose attr.name is an NMTOKEN; key ids are
 * "n_<name>" / "e_<name>" so a node and an edge attribute may share a name. The graph is directed
 * and keeps parallel edges, each with its relation id.
 */
export function writeGraphml(view: ExportView): ExportStream {
  return chunked(graphmlParts(view));
}

interface Key<T> {
  id: string;
  column: Column<T>;
}

function* graphmlParts(view: ExportView): Generator<string> {
  const entityBuiltIn = [...ENTITY_COLUMNS, ...LAYOUT_COLUMNS];
  const nodeKeys = keys('n', [...entityBuiltIn, ...propertyColumns(view.entities(), entityBuiltIn)]);
  const edgeKeys = keys('e', [...RELATION_COLUMNS, ...propertyColumns(view.relations(), RELATION_COLUMNS)]);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<graphml xmlns="${GRAPHML_NAMESPACE}">\n`;
  yield `  <desc>${xmlText(`Corridor knowledge graph (${view.describeFilter()})`)}</desc>\n`;
  for (const k of nodeKeys) yield keyElement(k, 'node');
  for (const k of edgeKeys) yield keyElement(k, 'edge');
  yield `  <graph id="corridor" edgedefault="directed" parse.nodeids="free" parse.edgeids="free" parse.order="nodesfirst" parse.nodes="${view.entityCount}" parse.edges="${view.relationCount}">\n`;
  for (const e of view.entities()) yield `    <node id="${xmlAttr(e.id)}">\n${data(e, view, nodeKeys)}    </node>\n`;
  for (const r of view.relations()) {
    yield `    <edge id="${xmlAttr(r.id)}" source="${xmlAttr(r.from)}" target="${xmlAttr(r.to)}">\n${data(r, view, edgeKeys)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** attr.name must be an NMTOKEN: other characters become "_", and a repeat gets a number. */
export function nmtoken(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return safe === '' ? '_' : safe;
}

function keys<T>(prefix: string, columns: Column<T>[]): Key<T>[] {
  const used = new Set<string>();
  return columns.map((column) => {
    let name = nmtoken(column.name);
    for (let i = 2; used.has(name); i++) name = `${nmtoken(column.name)}_${i}`;
    used.add(name);
    return { id: `${prefix}_${name}`, column: { ...column, name } };
  });
}

function keyElement<T>(k: Key<T>, forWhat: 'node' | 'edge'): string {
  return `  <key id="${xmlAttr(k.id)}" for="${forWhat}" attr.name="${xmlAttr(k.column.name)}" attr.type="${k.column.type}"/>\n`;
}

function data<T extends Entity | Relation>(record: T, view: ExportView, keyList: Key<T>[]): string {
  let out = '';
  for (const k of keyList) {
    const v = cellText(k.column.value(record, view));
    if (v !== undefined) out += `      <data key="${xmlAttr(k.id)}">${xmlText(v)}</data>\n`;
  }
  return out;
}
