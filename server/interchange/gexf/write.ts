import type { Entity, Relation } from '../../model/records.js';
import { chunked, type ExportStream } from '../export/chunks.js';
import { cellText, ENTITY_COLUMNS, propertyColumns, RELATION_COLUMNS, type Column, type ColumnType } from '../export/columns.js';
import { fullDateSpan } from '../export/records.js';
import type { ExportView } from '../export/view.js';
import { xmlAttr, xmlText } from '../export/xml.js';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', double: 'double', long: 'long', boolean: 'boolean' };

/**
 * GEXF 1.3 for Gephi, written by hand: graphology-gexf's writer has no time, a broken viz namespace
 * in 1.2, writes "[object Object]" for object values and leaves list separators and control
 * characters unescaped. Entities carry typed attributes plus viz colour (the kind's), position
 * (the layout's) and size; relations carry the relation type as `kind` (Gephi merges parallel edges of
 * one kind only) and their time as a spell of full dates, with the original precision in
 * `timePrecision`, so Gephi's timeline plays the graph.
 */
export function writeGexf(view: ExportView): ExportStream {
  return chunked(gexfParts(view));
}

function* gexfParts(view: ExportView): Generator<string> {
  const nodeColumns = [...ENTITY_COLUMNS.filter((c) => c.name !== 'label'), ...propertyColumns(view.entities(), ENTITY_COLUMNS)];
  const edgeColumns = [...RELATION_COLUMNS.filter((c) => c.name !== 'label'), ...propertyColumns(view.relations(), RELATION_COLUMNS)];
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">\n`;
  yield `  <meta>\n    <creator>Corridor</creator>\n    <description>${xmlText(`Corridor knowledge graph (${view.describeFilter()})`)}</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">\n';
  yield* declarations('node', nodeColumns);
  yield* declarations('edge', edgeColumns);
  yield '    <nodes>\n';
  for (const e of view.entities()) yield node(e, view, nodeColumns);
  yield '    </nodes>\n    <edges>\n';
  for (const r of view.relations()) yield edge(r, view, edgeColumns);
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function* declarations<T>(cls: 'node' | 'edge', columns: Column<T>[]): Generator<string> {
  yield `    <attributes class="${cls}" mode="static">\n`;
  for (const c of columns) yield `      <attribute id="${xmlAttr(c.name)}" title="${xmlAttr(c.name)}" type="${GEXF_TYPES[c.type]}"/>\n`;
  yield '    </attributes>\n';
}

function attvalues<T>(record: T, view: ExportView, columns: Column<T>[]): string {
  let out = '';
  for (const c of columns) {
    const v = cellText(c.value(record, view));
    if (v !== undefined) out += `          <attvalue for="${xmlAttr(c.name)}" value="${xmlAttr(v)}"/>\n`;
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
}

/** Labels are xsd:token in the schema: runs of white space become one space. */
const token = (s: string) => xmlAttr(s.replace(/\s+/g, ' ').trim());

function node(e: Entity, view: ExportView, columns: Column<Entity>[]): string {
  const { x, y } = view.position(e.id);
  const hex = view.color(e.kind);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (
    `      <node id="${xmlAttr(e.id)}" label="${token(e.label)}">\n` +
    attvalues(e, view, columns) +
    `        <viz:color r="${r}" g="${g}" b="${b}"/>\n` +
    `        <viz:position x="${x}" y="${y}"/>\n` +
    `        <viz:size value="${view.size(e.id)}"/>\n` +
    '      </node>\n'
  );
}

function edge(r: Relation, view: ExportView, columns: Column<Relation>[]): string {
  const label = view.relationType(r.type)?.label ?? r.type;
  const span = fullDateSpan(r);
  const spell = span
    ? `        <spells>\n          <spell${span.start ? ` start="${span.start}"` : ''}${span.end ? ` end="${span.end}"` : ''}/>\n        </spells>\n`
    : '';
  return (
    `      <edge id="${xmlAttr(r.id)}" source="${xmlAttr(r.from)}" target="${xmlAttr(r.to)}" kind="${token(r.type)}" label="${token(label)}">\n` +
    attvalues(r, view, columns) +
    spell +
    '      </edge>\n'
  );
}
