import type { ForeignEdge, ForeignGraph, ForeignNode, ForeignTime, JsonValue } from '../import/foreign.js';
import { parseXml, type OpenRecord, type XmlElement } from '../import/xml.js';
import { typedValue } from '../import/values.js';

interface AttributeDef {
  title: string;
  type: string;
  default?: string;
}

type Spell = Record<string, string>;

interface Open extends OpenRecord {
  /** Dynamic attribute values: title -> [{ value, start/end/timestamp }]. */
  dynamic: Map<string, JsonValue[]>;
  spells: Spell[];
}

const TIME_ATTRS = ['start', 'end', 'startopen', 'endopen', 'timestamp', 'timestamps'] as const;

function spellOf(attrs: Record<string, string>): Spell | null {
  const s: Spell = {};
  for (const k of TIME_ATTRS) if (attrs[k] !== undefined) s[k] = attrs[k]!;
  return Object.keys(s).length > 0 ? s : null;
}

/**
 * Reads GEXF 1.1, 1.2 and 1.3 (any of their namespace URIs, and Gephi Lite's broken viz namespace):
 * nodes and edges with typed attribute values (defaults applied; "00123" of a string attribute stays
 * a string), edge label/kind/weight, and time: spells, timestamps and start/end become the edge's
 * time (kept as written, with the graph's timeformat and timezone); dynamic attribute values are kept
 * with their times. An undirected edge (its `type`, or the graph's `defaultedgetype`) gets
 * directed: false, a mutual one mutual: true. A hierarchy (a node's `pid`, `<parents>`, or nodes
 * nested in a node) is kept as the attribute `parent` and reported: it is not a relation. Layout
 * (viz) is not data and is reported, not imported.
 */
export function readGexf(file: string, text: string): ForeignGraph {
  const graph: ForeignGraph = { nodes: [], edges: [], losses: [] };
  const defs = { node: new Map<string, AttributeDef>(), edge: new Map<string, AttributeDef>() };
  let attrClass: 'node' | 'edge' = 'node';
  let pendingDefault: AttributeDef | null = null;
  let defaultText = '';
  let inDefault = false;
  let timeformat = 'double';
  let timezone: string | undefined;
  let defaultEdgeType = 'directed';
  let withParent = 0;
  let edgeIndex = 0;
  let vizCount = 0;
  const open: Open[] = [];

  const timeOf = (o: Open): ForeignTime | undefined => {
    if (o.spells.length === 0) return undefined;
    const raw: Record<string, JsonValue> = { spells: o.spells, timeformat };
    if (timezone) raw.timezone = timezone;
    const starts: string[] = [];
    const ends: string[] = [];
    for (const s of o.spells) {
      const stamps = s.timestamp !== undefined ? [s.timestamp] : s.timestamps !== undefined ? s.timestamps.replace(/^<\[|\]>$/g, '').split(/[,;]/).map((x) => x.trim()) : [];
      for (const t of stamps) starts.push(t), ends.push(t);
      const start = s.start ?? s.startopen;
      const end = s.end ?? s.endopen;
      if (start !== undefined) starts.push(start);
      if (end !== undefined) ends.push(end);
    }
    const time: ForeignTime = { raw };
    const sorted = (l: string[]) => [...l].sort((a, b) => (isNumeric(a) && isNumeric(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
    if (starts.length > 0) time.start = sorted(starts)[0];
    if (ends.length > 0) time.end = sorted(ends).at(-1);
    return time;
  };

  parseXml(file, text, {
    open(el: XmlElement) {
      const a = el.attributes;
      const current = open.at(-1);
      switch (el.name) {
        case 'graph':
          timeformat = a.timeformat ?? timeformat;
          timezone = a.timezone;
          defaultEdgeType = a.defaultedgetype ?? defaultEdgeType;
          break;
        case 'attributes':
          attrClass = a.class === 'edge' ? 'edge' : 'node';
          break;
        case 'attribute':
          pendingDefault = { title: a.title ?? a.id ?? '', type: a.type ?? 'string' };
          defs[attrClass].set(a.id ?? a.title ?? '', pendingDefault);
          break;
        case 'default':
          inDefault = true;
          defaultText = '';
          break;
        case 'node':
        case 'edge': {
          const kind = el.name;
          const o: Open = { kind, locator: '', attributes: {}, dynamic: new Map(), spells: [] };
          if (kind === 'node') {
            o.id = a.id ?? '';
            o.locator = `node:${o.id}`;
            if (a.label !== undefined) o.attributes.label = a.label;
            const parent = a.pid ?? (current?.kind === 'node' ? current.id : undefined);
            if (parent !== undefined) o.attributes.parent = parent;
          } else {
            const n = edgeIndex++;
            o.id = a.id;
            o.source = a.source;
            o.target = a.target;
            o.locator = a.id !== undefined ? `edge:${a.id}` : `edge:#${n}`;
            if (a.label !== undefined) o.attributes.label = a.label;
            if (a.kind !== undefined) o.attributes.kind = a.kind;
            if (a.weight !== undefined) o.attributes.weight = typedValue(a.weight, 'double') ?? a.weight;
            const type = a.type ?? defaultEdgeType;
            if (type === 'undirected') o.attributes.directed = false;
            else if (type === 'mutual') o.attributes.mutual = true;
          }
          const spell = spellOf(a);
          if (spell) o.spells.push(spell);
          open.push(o);
          break;
        }
        case 'attvalue': {
          if (!current) break;
          const key = a.for ?? a.id ?? '';
          const def = defs[current.kind].get(key);
          const title = def?.title ?? key;
          const raw = a.value ?? '';
          let value = typedValue(raw, def?.type);
          if (value === null) {
            graph.losses.push({ place: current.locator, reason: `attribute "${title}" value "${raw}" is not of its declared type ${def?.type}; kept as text` });
            value = raw;
          }
          const spell = spellOf(a);
          if (spell) {
            const list = current.dynamic.get(title) ?? [];
            list.push({ value, ...spell });
            current.dynamic.set(title, list);
          } else current.attributes[title] = value;
          break;
        }
        case 'parent':
          if (current?.kind === 'node' && a.for !== undefined) {
            const prior = current.attributes.parent;
            current.attributes.parent = prior === undefined ? a.for : [...(Array.isArray(prior) ? prior : [prior]), a.for];
          }
          break;
        case 'spell':
        case 'timestamp': {
          const spell = el.name === 'timestamp' ? (a.value !== undefined ? { timestamp: a.value } : null) : spellOf(a);
          if (current && spell) current.spells.push(spell);
          break;
        }
        case 'color':
        case 'position':
        case 'size':
        case 'shape':
        case 'thickness':
          if (current) vizCount++;
          break;
      }
    },
    text(t) {
      if (inDefault) defaultText += t;
    },
    close(el) {
      if (el.name === 'default' && pendingDefault) {
        pendingDefault.default = defaultText;
        inDefault = false;
      }
      if (el.name !== 'node' && el.name !== 'edge') return;
      const o = open.pop()!;
      for (const def of defs[o.kind].values()) {
        if (def.default !== undefined && !(def.title in o.attributes) && !o.dynamic.has(def.title)) o.attributes[def.title] = typedValue(def.default, def.type) ?? def.default;
      }
      for (const [title, values] of o.dynamic) o.attributes[title] = values;
      const time = timeOf(o);
      if (o.kind === 'node') {
        if (o.attributes.parent !== undefined) withParent++;
        if (time) o.attributes.time = time.raw;
        const node: ForeignNode = { id: o.id!, attributes: o.attributes, locator: o.locator };
        graph.nodes.push(node);
      } else {
        const edge: ForeignEdge = { source: o.source ?? '', target: o.target ?? '', attributes: o.attributes, locator: o.locator };
        if (o.id !== undefined) edge.id = o.id;
        if (time) edge.time = time;
        graph.edges.push(edge);
      }
    },
  });
  if (withParent > 0) graph.losses.push({ place: 'hierarchy', reason: `${withParent} node${withParent === 1 ? ' has' : 's have'} a parent node (pid, parents or nesting): kept as the property "parent", not imported as a relation` });
  if (vizCount > 0) graph.losses.push({ place: 'viz', reason: `layout (viz colour, size, position) of ${vizCount} element${vizCount === 1 ? '' : 's'} is not imported: Corridor computes its own layout` });
  return graph;
}

const isNumeric = (s: string) => s.trim() !== '' && !Number.isNaN(Number(s));
