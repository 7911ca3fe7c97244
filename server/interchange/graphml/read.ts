import type { ForeignEdge, ForeignGraph, JsonValue } from '../import/foreign.js';
import { parseXml, type OpenRecord } from '../import/xml.js';
import { typedValue } from '../import/values.js';

interface KeyDef {
  name: string;
  type: string;
  default?: string;
  /** yEd's `yfiles.type` (nodegraphics, edgegraphics, resources, portgraphics): drawing, not data. */
  yfiles?: string;
}

interface Open extends OpenRecord {
  /** The text of yEd's first y:NodeLabel / y:EdgeLabel, the label when no attribute gives one. */
  yedLabel?: string;
}

/**
 * Reads GraphML with saxes, in one pass: keys wherever they are declared (also inside <graph>),
 * the same key id for nodes and edges ("for" tells them apart), typed values with <default>s,
 * CDATA, per-edge `directed`, parallel edges (each edge is its own record, found by id or index, so
 * nothing is quadratic), `edgedefault="undirected"` (an edge without `directed` gets directed: false).
 * yEd's files: data of `yfiles.type` keys is drawing, not attributes; the text of its first
 * y:NodeLabel / y:EdgeLabel is the label when no attribute gives one, the rest is reported as layout.
 * Graph-level data, hyperedges and ports are reported as losses; a nested graph is flattened (its
 * nodes become top-level nodes) and reported.
 */
export function readGraphml(file: string, text: string): ForeignGraph {
  const graph: ForeignGraph = { nodes: [], edges: [], losses: [] };
  const keys = new Map<string, KeyDef>();
  const keyFor = (kind: string, id: string) => keys.get(`${kind}\u0000${id}`) ?? keys.get(`all\u0000${id}`);
  let pendingKey: KeyDef | null = null;
  let collecting: { text: string; key: string; yfiles: boolean } | null = null;
  let inDefault = false;
  let defaultText = '';
  let edgeIndex = 0;
  const edgeDefaults: string[] = [];
  let yedGraphics = 0;
  let yedLabel: string | null = null;
  const open: Open[] = [];

  parseXml(file, text, {
    open(el) {
      const a = el.attributes;
      switch (el.name) {
        case 'key': {
          pendingKey = { name: a['attr.name'] ?? a.id ?? '', type: a['attr.type'] ?? 'string' };
          if (a['yfiles.type'] !== undefined) pendingKey.yfiles = a['yfiles.type'];
          keys.set(`${a.for ?? 'all'}\u0000${a.id ?? ''}`, pendingKey);
          break;
        }
        case 'default':
          inDefault = true;
          defaultText = '';
          break;
        case 'graph':
          edgeDefaults.push(a.edgedefault ?? edgeDefaults.at(-1) ?? 'directed');
          if (edgeDefaults.length > 1) graph.losses.push({ place: open.at(-1)?.locator ?? `line of graph ${a.id ?? ''}`, reason: 'nested graph: its nodes are imported as top-level nodes' });
          break;
        case 'node':
          open.push({ kind: 'node', id: a.id ?? '', locator: `node:${a.id ?? ''}`, attributes: {} });
          break;
        case 'edge': {
          const n = edgeIndex++;
          const o: Open = { kind: 'edge', source: a.source, target: a.target, locator: a.id !== undefined ? `edge:${a.id}` : `edge:#${n}`, attributes: {} };
          if (a.id !== undefined) o.id = a.id;
          if (a.directed !== undefined) o.attributes.directed = a.directed === 'true';
          else if (edgeDefaults.at(-1) === 'undirected') o.attributes.directed = false;
          open.push(o);
          break;
        }
        case 'hyperedge':
          graph.losses.push({ place: `hyperedge ${a.id ?? ''}`.trim(), reason: 'hyperedges (more than two ends) are not imported: a relation links two entities' });
          break;
        case 'port': {
          const owner = open.at(-1);
          graph.losses.push({ place: `${owner?.locator ?? 'node'} port ${a.name ?? ''}`.trim(), reason: 'ports are not imported: an edge attaches to the node itself' });
          break;
        }
        case 'data': {
          const kind = open.at(-1)?.kind ?? 'graph';
          collecting = { text: '', key: a.key ?? '', yfiles: keyFor(kind, a.key ?? '')?.yfiles !== undefined };
          break;
        }
        case 'NodeLabel':
        case 'EdgeLabel':
          if (collecting?.yfiles && open.at(-1) && open.at(-1)!.yedLabel === undefined && yedLabel === null) yedLabel = '';
          break;
      }
    },
    text(t) {
      if (yedLabel !== null) yedLabel += t;
      else if (collecting) collecting.text += t;
      else if (inDefault) defaultText += t;
    },
    close(el) {
      if (el.name === 'default' && pendingKey) {
        pendingKey.default = defaultText;
        inDefault = false;
        return;
      }
      if (el.name === 'graph') edgeDefaults.pop();
      if ((el.name === 'NodeLabel' || el.name === 'EdgeLabel') && yedLabel !== null) {
        const owner = open.at(-1);
        if (owner && yedLabel.trim() !== '') owner.yedLabel = yedLabel.trim();
        yedLabel = null;
        return;
      }
      if (el.name === 'data' && collecting) {
        const owner = open.at(-1);
        const data = collecting;
        collecting = null;
        if (data.yfiles) {
          if (owner) yedGraphics++;
          else graph.losses.push({ place: `graph data ${data.key}`, reason: 'yEd resources (icons, images) are not imported' });
          return;
        }
        if (!owner) {
          const def = keyFor('graph', data.key);
          if (data.text.trim() !== '') graph.losses.push({ place: `graph data ${def?.name ?? data.key}`, reason: 'graph-level attributes are not imported' });
          return;
        }
        const def = keyFor(owner.kind, data.key);
        const name = def?.name ?? data.key;
        const value = typedValue(data.text, def?.type);
        if (value === null) graph.losses.push({ place: owner.locator, reason: `attribute "${name}" value "${data.text}" is not of its declared type ${def?.type}; kept as text` });
        owner.attributes[name] = value ?? data.text;
        return;
      }
      if (el.name !== 'node' && el.name !== 'edge') return;
      const o = open.pop()!;
      for (const [k, def] of keys) {
        const scope = k.slice(0, k.indexOf('\u0000'));
        if ((scope === o.kind || scope === 'all') && def.default !== undefined && !(def.name in o.attributes)) o.attributes[def.name] = typedValue(def.default, def.type) ?? def.default;
      }
      if (o.yedLabel !== undefined && !('label' in o.attributes)) o.attributes.label = o.yedLabel;
      if (o.kind === 'node') graph.nodes.push({ id: o.id!, attributes: o.attributes, locator: o.locator });
      else {
        const edge: ForeignEdge = { source: o.source ?? '', target: o.target ?? '', attributes: o.attributes, locator: o.locator };
        if (o.id !== undefined) edge.id = o.id;
        graph.edges.push(edge);
      }
    },
  });
  if (yedGraphics > 0) graph.losses.push({ place: 'yEd graphics', reason: `drawing (shape, geometry, colours) of ${yedGraphics} element${yedGraphics === 1 ? '' : 's'} is not imported: Corridor computes its own layout; labels are taken from y:NodeLabel / y:EdgeLabel` });
  return graph;
}
