import type { Entity, Relation } from '../../model/records.js';
import { chunked, type ExportStream } from '../export/chunks.js';
import { ENTITY_COLUMNS, LAYOUT_COLUMNS, propertyColumns, RELATION_COLUMNS, type CellValue, type Column } from '../export/columns.js';
import type { ExportView } from '../export/view.js';

/**
 * graphology's serialised form ({attributes, options, nodes:[{key, attributes}], edges:[{key,
 * source, target, attributes}]}), which Gephi desktop writes and Gephi Lite opens: nodes carry
 * label, x, y, size and color as sigma draws them. Written piece by piece rather than through
 * graph.export(), which would build a second copy of the graph.
 */
export function writeGraphology(view: ExportView): ExportStream {
  return chunked(graphologyParts(view));
}

function* graphologyParts(view: ExportView): Generator<string> {
  const entityBuiltIn = [...ENTITY_COLUMNS, ...LAYOUT_COLUMNS];
  const nodeColumns = [...entityBuiltIn, ...propertyColumns(view.entities(), entityBuiltIn)];
  const edgeColumns = [...RELATION_COLUMNS, ...propertyColumns(view.relations(), RELATION_COLUMNS)];
  const attributes = { name: 'Corridor', description: `Corridor knowledge graph (${view.describeFilter()})` };
  yield `{"attributes":${JSON.stringify(attributes)},"options":{"type":"directed","multi":true,"allowSelfLoops":false},"nodes":[`;
  let first = true;
  for (const e of view.entities()) {
    yield (first ? '\n' : ',\n') + JSON.stringify({ key: e.id, attributes: attributesOf(e, view, nodeColumns) });
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const r of view.relations()) {
    const attributes = attributesOf(r, view, edgeColumns);
    yield (first ? '\n' : ',\n') + JSON.stringify({ key: r.id, source: r.from, target: r.to, attributes });
    first = false;
  }
  yield '\n]}\n';
}

/** A record's column values as a plain object (absent values left out), for the JSON formats. */
export function attributesOf<T extends Entity | Relation>(record: T, view: ExportView, columns: Column<T>[]): Record<string, Exclude<CellValue, undefined>> {
  const out: Record<string, Exclude<CellValue, undefined>> = {};
  for (const c of columns) {
    const v = c.value(record, view);
    if (v !== undefined) out[c.name] = v;
  }
  return out;
}
