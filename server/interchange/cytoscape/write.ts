import { chunked, type ExportStream } from '../export/chunks.js';
import { ENTITY_COLUMNS, LAYOUT_COLUMNS, propertyColumns, RELATION_COLUMNS } from '../export/columns.js';
import type { ExportView } from '../export/view.js';
import { attributesOf } from '../graphology/write.js';

/**
 * Cytoscape.js elements ({elements:{nodes:[{data:{id,…}, position}], edges:[{data:{id, source,
 * target,…}}]}}), which Cytoscape desktop imports as .cyjs. Lists are JSON strings, as elsewhere.
 */
export function writeCytoscape(view: ExportView): ExportStream {
  return chunked(cytoscapeParts(view));
}

function* cytoscapeParts(view: ExportView): Generator<string> {
  const entityBuiltIn = [...ENTITY_COLUMNS, ...LAYOUT_COLUMNS.filter((c) => c.name !== 'x' && c.name !== 'y')];
  const nodeColumns = [...entityBuiltIn, ...propertyColumns(view.entities(), [...entityBuiltIn, ...LAYOUT_COLUMNS])];
  const edgeColumns = [...RELATION_COLUMNS, ...propertyColumns(view.relations(), RELATION_COLUMNS)];
  yield `{"data":${JSON.stringify({ name: 'Corridor', description: `Corridor knowledge graph (${view.describeFilter()})` })},"elements":{"nodes":[`;
  let first = true;
  for (const e of view.entities()) {
    const { x, y } = view.position(e.id);
    yield (first ? '\n' : ',\n') + JSON.stringify({ data: { id: e.id, ...attributesOf(e, view, nodeColumns) }, position: { x, y } });
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const r of view.relations()) {
    yield (first ? '\n' : ',\n') + JSON.stringify({ data: { id: r.id, source: r.from, target: r.to, ...attributesOf(r, view, edgeColumns) } });
    first = false;
  }
  yield '\n]}}\n';
}
