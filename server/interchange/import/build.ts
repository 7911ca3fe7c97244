import { slugify } from '../../model/ids.js';
import type { Entity, Relation } from '../../model/records.js';
import type { VocabularyIndex } from '../../model/rules.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { Change } from '../../store/changes.js';
import { firstDay, lastDay } from '../../model/dates.js';
import type { ForeignEdge, ForeignGraph, ForeignNode, ImportLoss, JsonValue } from './foreign.js';
import type { ImportMapping } from './mapping.js';
import { EntityMatcher, type MatchBy } from './match.js';
import { aliasesOf, isoOf, keepableId, numberOf, qidOf, textOf } from './fields.js';
import { reanchorEvidence } from './reanchor.js';
import { partialDateOf } from './time.js';
import { kindFor, newKind, newType, typeFor } from './vocabulary-map.js';

export interface BuildOptions {
  status: 'extracted' | 'reviewed';
  addToVocabulary: boolean;
  /** Name of the file, for descriptions of added vocabulary. */
  fileName: string;
  /** The dataset source an edge's record is in. */
  sourceOf: (edge: ForeignEdge) => string;
  /** Corridor's own export: aliases are kept as written (its data may list the label among them). */
  corridorExport?: boolean;
}

export interface MappingRow {
  what: 'node-kind' | 'edge-type';
  foreign: string;
  mapsTo: string | null;
  count: number;
}

export interface Built {
  changes: Change[];
  entitiesCreated: number;
  relationsCreated: number;
  mappings: MappingRow[];
  losses: ImportLoss[];
  merges: Array<{ foreign: string; entity: string; by: MatchBy }>;
}

/** Default confidence of an imported relation without a mapped confidence attribute. */
export const DEFAULT_IMPORT_CONFIDENCE = { extracted: 0.5, reviewed: 1 } as const;
const NONE = '(none)';

/**
 * Maps a foreign graph onto the vocabulary and the graph: kinds and types by the mapping (or by
 * name), entities merged with those that exist, relations with record evidence, everything else a
 * loss with its place. Produces the changes of one atomic commit; writes nothing itself.
 */
export function buildImport(fg: ForeignGraph, mapping: ImportMapping, kg: KnowledgeGraph, opts: BuildOptions): Built {
  const vocab = kg.vocabulary;
  const out: Built = { changes: [], entitiesCreated: 0, relationsCreated: 0, mappings: [], losses: [...fg.losses], merges: [] };
  const vocabChanges: Change[] = [];
  const kindOf = resolver('node-kind', mapping.kinds, mapping.defaultKind, (f) => kindFor(f, vocab), (f) => {
    const k = opts.addToVocabulary ? newKind(f, opts.fileName, vocabChanges.length) : null;
    if (k && !vocab.kinds.has(k.id) && !vocabChanges.some((c) => c.op === 'addEntityKind' && (c.input as { id: string }).id === k.id)) vocabChanges.push({ op: 'addEntityKind', input: k });
    return k?.id ?? null;
  }, out.mappings);
  const typeOf = resolver('edge-type', mapping.types, mapping.defaultType, (f) => typeFor(f, vocab), (f) => {
    const t = opts.addToVocabulary ? newType(f, opts.fileName) : null;
    if (t && !vocab.types.has(t.id) && !vocabChanges.some((c) => c.op === 'addRelationType' && (c.input as { id: string }).id === t.id)) vocabChanges.push({ op: 'addRelationType', input: t });
    return t?.id ?? null;
  }, out.mappings);

  // Nodes an edge table names without listing them.
  const nodes = [...fg.nodes];
  const known = new Set(nodes.map((n) => n.id));
  if (fg.endpointsAreNodes) {
    for (const e of fg.edges) for (const end of [e.source, e.target]) if (end !== '' && !known.has(end)) known.add(end), nodes.push({ id: end, attributes: {}, locator: e.locator });
  }

  const matcher = new EntityMatcher(kg);
  const entityOf = new Map<string, string>();
  const takenIds = new Set<string>();
  for (const node of nodes) {
    if (entityOf.has(node.id)) {
      out.losses.push({ place: node.locator, reason: `duplicate node id "${node.id}" (its first record is imported)` });
      continue;
    }
    const entity = entityFields(node, mapping, out.losses);
    // A node that is only a numeric id (Gephi's "3" with viz alone) would become an entity named "3".
    if (Object.keys(node.attributes).length === 0 && !node.kinds?.length && !/\p{L}/u.test(node.id)) {
      out.losses.push({ place: node.locator, reason: `has no label and no attributes, and its id "${node.id}" names nothing; not imported` });
      continue;
    }
    const foreignKinds = node.kinds ?? (mapping.nodes.kind && textOf(node.attributes[mapping.nodes.kind]) ? [textOf(node.attributes[mapping.nodes.kind])!] : []);
    const kind = kindOf(foreignKinds, node.locator, out.losses);
    if (kind === undefined) continue;
    const found = matcher.match({ id: node.id, label: entity.label, ...pick(entity, ['wikidata', 'iso2', 'iso3']) });
    if (found) {
      entityOf.set(node.id, found.id);
      out.merges.push({ foreign: node.id, entity: found.id, by: found.by });
      continue;
    }
    const id = uniqueId(keepableId(node.id) ? node.id : slugify(entity.label), (c) => takenIds.has(c) || kg.entity(c) !== undefined);
    takenIds.add(id);
    const aliases = entity.aliases.filter((a) => {
      const owner = matcher.nameOwner(a);
      if (owner === undefined || owner === id) return opts.corridorExport || a.toLowerCase() !== entity.label.toLowerCase();
      out.losses.push({ place: node.locator, reason: `alias "${a}" already names entity "${owner}"; not added` });
      return false;
    });
    const record: Entity = { ...entity, id, kind, aliases: [...new Set(aliases)] };
    if (node.status) record.status = node.status;
    if (node.properties) record.properties = { ...record.properties, ...node.properties };
    if (node.kinds && node.kinds.length > 1) record.properties = { ...record.properties, labels: node.kinds };
    matcher.index(record);
    entityOf.set(node.id, id);
    out.changes.push({ op: 'createEntity', input: record });
    out.entitiesCreated++;
  }

  const relationIds = new Set<string>();
  for (const edge of fg.edges) {
    const from = entityOf.get(edge.source);
    const to = entityOf.get(edge.target);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? edge.source : edge.target;
      out.losses.push({ place: edge.locator, reason: known.has(missing) ? `its end "${missing}" was not imported` : `its end "${missing}" is not a node of the file` });
      continue;
    }
    if (from === to) {
      out.losses.push({ place: edge.locator, reason: `a self-loop (both ends are "${from}"): Corridor relations link two entities` });
      continue;
    }
    const foreignType = edge.type ?? (mapping.edges.type ? textOf(edge.attributes[mapping.edges.type]) : undefined);
    const type = typeOf(foreignType ? [foreignType] : [], edge.locator, out.losses);
    if (type === undefined) continue;
    const relation = relationFields(edge, mapping, opts.status, vocab, out.losses);
    const prior = keepableId(edge.id) ? kg.relation(edge.id) : undefined;
    if (prior && prior.from === from && prior.to === to && prior.type === type) {
      out.losses.push({ place: edge.locator, reason: `already in the graph as relation "${prior.id}"` });
      continue;
    }
    const id = uniqueId(keepableId(edge.id) ? edge.id : slugify(`${from} ${type} ${to}`), (c) => relationIds.has(c) || kg.relation(c) !== undefined);
    relationIds.add(id);
    if (edge.properties) relation.properties = { ...relation.properties, ...edge.properties };
    const stated = edge.evidence ? reanchorEvidence(edge.evidence, (s) => kg.source(s), edge.locator, out.losses) : [];
    out.changes.push({ op: 'createRelation', input: { ...relation, id, type, from, to, evidence: [...stated, { source: opts.sourceOf(edge), locator: edge.locator }] } });
    out.relationsCreated++;
  }
  // Only kinds and types some record uses are added (a multi-label node may name others).
  const usedIds = new Set(out.mappings.filter((m) => m.count > 0).map((m) => m.mapsTo));
  out.changes.unshift(...vocabChanges.filter((c) => usedIds.has((c as { input: { id: string } }).input.id)));
  return out;
}

/** Resolves foreign kinds (or a type) to a vocabulary id, counting each for the report; undefined (and a loss) when it does not map. */
function resolver(what: MappingRow['what'], given: Record<string, string | null>, fallback: string | undefined, byName: (f: string) => string | null, add: (f: string) => string | null, rows: MappingRow[]) {
  const decided = new Map<string, MappingRow>();
  const decide = (f: string): MappingRow => {
    let row = decided.get(f);
    if (!row) {
      const mapsTo = f === NONE ? (fallback ?? null) : f in given ? given[f]! : (byName(f) ?? fallback ?? add(f));
      row = { what, foreign: f, mapsTo, count: 0 };
      decided.set(f, row);
      rows.push(row);
    }
    return row;
  };
  return (foreign: string[], place: string, losses: ImportLoss[]): string | undefined => {
    const candidates = foreign.length > 0 ? foreign : [NONE];
    const rowsFor = candidates.map(decide);
    const hit = rowsFor.find((r) => r.mapsTo !== null) ?? rowsFor[0]!;
    hit.count++;
    if (hit.mapsTo !== null) return hit.mapsTo;
    const noun = what === 'node-kind' ? 'kind' : 'type';
    const field = what === 'node-kind' ? 'kinds' : 'types';
    losses.push({
      place,
      reason: hit.foreign === NONE
        ? `has no ${noun}; give mapping.${what === 'node-kind' ? 'defaultKind' : 'defaultType'} (or mapping.${what === 'node-kind' ? 'nodes.kind' : 'edges.type'})`
        : hit.foreign in given ? `${noun} "${hit.foreign}" is mapped to null` : `${noun} "${hit.foreign}" is not in the vocabulary; map it in mapping.${field} or import with --add-to-vocabulary`,
    });
    return undefined;
  };
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The entity fields a node's mapped attributes give; the rest become properties. */
function entityFields(node: ForeignNode, mapping: ImportMapping, losses: ImportLoss[]): Omit<Entity, 'id' | 'kind'> {
  const m = mapping.nodes;
  const a = node.attributes;
  const used = new Set(Object.values(m).filter((v): v is string => v !== undefined));
  const e: Omit<Entity, 'id' | 'kind'> = { label: (m.label && textOf(a[m.label])) || (m.wikidata && qidOf(a[m.wikidata])) || node.id, aliases: m.aliases ? aliasesOf(a[m.aliases]) : [] };
  const description = m.description && textOf(a[m.description]);
  if (description) e.description = description;
  const checks: Array<[keyof typeof m, 'wikidata' | 'iso2' | 'iso3', string | undefined]> = [
    ['wikidata', 'wikidata', m.wikidata ? qidOf(a[m.wikidata]) : undefined],
    ['iso2', 'iso2', m.iso2 ? isoOf(a[m.iso2], 2) : undefined],
    ['iso3', 'iso3', m.iso3 ? isoOf(a[m.iso3], 3) : undefined],
  ];
  for (const [field, key, value] of checks) {
    const attr = m[field];
    if (!attr || a[attr] === undefined) continue;
    if (value) e[key] = value;
    else {
      used.delete(attr);
      losses.push({ place: node.locator, reason: `${attr} "${textOf(a[attr])}" is not a valid ${key}; kept as a property` });
    }
  }
  if (m.kind) used.add(m.kind);
  const properties = rest(a, used);
  if (properties) e.properties = properties;
  return e;
}

function rest(a: Record<string, JsonValue>, used: Set<string>): Record<string, JsonValue> | undefined {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(a)) if (!used.has(k) && v !== null && v !== '') out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The relation fields an edge gives (status, confidence, time, hedge, note); the rest become properties. */
function relationFields(edge: ForeignEdge, mapping: ImportMapping, status: BuildOptions['status'], vocab: VocabularyIndex, losses: ImportLoss[]): Partial<Relation> {
  const m = mapping.edges;
  const a = edge.attributes;
  const used = new Set(Object.values(m).filter((v): v is string => v !== undefined));
  const r: Partial<Relation> = { status };
  const given = m.status ? textOf(a[m.status]) : undefined;
  if (given === 'reviewed' || given === 'extracted' || given === 'rejected') r.status = given;
  const confidence = m.confidence ? numberOf(a[m.confidence]) : undefined;
  if (confidence !== undefined && confidence >= 0 && confidence <= 1) r.confidence = confidence;
  else {
    if (confidence !== undefined) {
      losses.push({ place: edge.locator, reason: `confidence ${confidence} is outside 0–1; kept as a property, default used` });
      used.delete(m.confidence!);
    }
    r.confidence = mapping.confidence ?? DEFAULT_IMPORT_CONFIDENCE[r.status === 'reviewed' ? 'reviewed' : 'extracted'];
  }
  const hedge = m.hedge ? textOf(a[m.hedge]) : undefined;
  if (hedge && vocab.hedges.has(hedge)) r.hedge = hedge;
  else if (hedge) used.delete(m.hedge!);
  const note = m.note ? textOf(a[m.note]) : undefined;
  if (note) r.note = note;
  Object.assign(r, timeOf(edge, m, losses));
  for (const k of [m.start, m.end, m.pointInTime]) {
    const t = k ? textOf(a[k]) : undefined;
    if (k && t && !partialDateOf(t)) used.delete(k); // not a date: kept as written
  }
  const properties = rest(a, used) ?? {};
  if (edge.time && !sameAsDates(edge.time.raw, r)) properties.time = edge.time.raw;
  if (Object.keys(properties).length > 0) r.properties = properties;
  return r;
}

function sameAsDates(raw: JsonValue, r: Partial<Relation>): boolean {
  return typeof raw === 'string' && (raw === r.pointInTime || raw === r.start);
}

function timeOf(edge: ForeignEdge, m: ImportMapping['edges'], losses: ImportLoss[]): Partial<Relation> {
  const a = edge.attributes;
  const text = (k: string | undefined) => (k ? textOf(a[k]) : undefined);
  const point = text(m.pointInTime);
  const startText = edge.time?.start ?? text(m.start);
  const endText = edge.time?.end ?? text(m.end);
  const start = startText ? partialDateOf(startText) : null;
  const end = endText ? partialDateOf(endText) : null;
  if (point) {
    const p = partialDateOf(point);
    if (p) return { pointInTime: p };
  }
  if (!start && !end) return {};
  if (start && end && start === end && startText === endText) return { pointInTime: start };
  if (start && end && firstDay(start) > lastDay(end)) {
    losses.push({ place: edge.locator, reason: `time ${start}–${end} ends before it starts; kept as a property only` });
    return {};
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}
