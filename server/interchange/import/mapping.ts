import { z } from 'zod';
import { DATASET_FORMATS } from '../../model/records.js';
import { ImportInputError } from './errors.js';

/** Attribute names (CSV headers, GEXF titles, GraphML attr.names, JSON keys) that give an entity's fields. */
const NodeFields = z.strictObject({
  id: z.string().min(1).optional(),
  label: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  aliases: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  wikidata: z.string().min(1).optional(),
  iso2: z.string().min(1).optional(),
  iso3: z.string().min(1).optional(),
});

/** Attribute names that give a relation's fields. `time` is an interval column ("[2016-02-03, 2016-02-04]"). */
const EdgeFields = z.strictObject({
  id: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  confidence: z.string().min(1).optional(),
  start: z.string().min(1).optional(),
  end: z.string().min(1).optional(),
  pointInTime: z.string().min(1).optional(),
  time: z.string().min(1).optional(),
  hedge: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

/**
 * How a foreign file maps onto Corridor; saved as JSON and passed again with --mapping. Every part
 * is optional: what is left out is inferred from the file (`--write-mapping` writes what was used).
 */
export const ImportMappingFile = z.strictObject({
  $comment: z.string().optional(),
  format: z.enum([...DATASET_FORMATS, 'neo4j-csv']).optional(),
  /** CSV field delimiter (one character); sniffed from the first lines when left out. */
  delimiter: z.string().length(1, 'must be one character, e.g. "," or ";"').optional(),
  nodes: NodeFields.default({}),
  edges: EdgeFields.default({}),
  /** Foreign node kind -> entity kind of the vocabulary (null: do not import nodes of this kind). */
  kinds: z.record(z.string(), z.string().min(1).nullable()).default({}),
  /** Foreign edge type -> relation type of the vocabulary (null: do not import edges of this type). */
  types: z.record(z.string(), z.string().min(1).nullable()).default({}),
  /** Kind of nodes the file gives none (Gephi's files have no kinds). */
  defaultKind: z.string().min(1).optional(),
  /** Type of edges the file gives none. */
  defaultType: z.string().min(1).optional(),
  /** Confidence of relations without a mapped confidence attribute (default 0.5, or 1 when imported as reviewed). */
  confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
});
export type ImportMapping = z.infer<typeof ImportMappingFile>;
export type NodeFieldName = keyof ImportMapping['nodes'];
export type EdgeFieldName = keyof ImportMapping['edges'];

/** Parses a mapping (JSON text or an object); errors name the mapping field. */
export function parseMapping(input: string | unknown, file = 'mapping'): ImportMapping {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (e) {
      throw new ImportInputError(`is not JSON: ${(e as Error).message}`, file, '$', 'IMPORT_MAPPING');
    }
  }
  const parsed = ImportMappingFile.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]!;
  const path = '$' + first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const message = first.code === 'unrecognized_keys' ? `unknown field${first.keys.length > 1 ? 's' : ''} ${first.keys.map((k) => `"${k}"`).join(', ')}` : first.message;
  const all = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem${parsed.error.issues.length > 2 ? 's' : ''})` : '';
  throw new ImportInputError(message + all, file, path, 'IMPORT_MAPPING');
}

/** Which attribute names are tried, in order and ignoring case, spaces, "_" and "-", for a field the mapping leaves out. */
const NODE_GUESSES: Record<NodeFieldName, string[]> = {
  id: ['id', 'key', 'node', 'nodeId'],
  label: ['label', 'name', 'title', 'itemLabel', 'nodeLabel'],
  kind: ['kind', 'category', 'class', 'nodeType', 'labels'],
  aliases: ['aliases', 'altLabel', 'itemAltLabel', 'alias'],
  description: ['description', 'itemDescription'],
  wikidata: ['wikidata', 'qid', 'wikidataId'],
  iso2: ['iso2', 'cca2', 'iso_a2'],
  iso3: ['iso3', 'cca3', 'iso_a3'],
};
const EDGE_GUESSES: Record<EdgeFieldName, string[]> = {
  id: ['id', 'key'],
  source: ['source', 'from', 'start_id'],
  target: ['target', 'to', 'end_id'],
  type: ['relationType', 'relation', 'predicate', 'kind', 'type', 'interaction', 'label'],
  status: ['status'],
  confidence: ['confidence'],
  start: ['start', 'startDate', 'begin'],
  end: ['end', 'endDate'],
  pointInTime: ['pointInTime', 'date'],
  time: ['timeset', 'interval', 'time'],
  hedge: ['hedge'],
  note: ['note'],
};

/**
 * Fills the fields a mapping leaves out from the attribute names the file has (a part that is not
 * given is left as it is). A type column whose values are only Directed/Undirected (Gephi's
 * spreadsheets) is a direction, not a type, so it is not guessed as the type. With `check`, fields
 * the mapping gives must exist in the file.
 */
export function completeMapping(
  mapping: ImportMapping,
  present: { nodes?: ReadonlySet<string>; edges?: ReadonlySet<string> },
  options: { check?: boolean; isDirectionColumn?: (name: string) => boolean } = {},
): ImportMapping {
  const nodes = { ...mapping.nodes };
  const edges = { ...mapping.edges };
  const check = options.check ?? true;
  if (present.nodes) fill(nodes, NODE_GUESSES, present.nodes, 'nodes', () => false, check);
  if (present.edges) fill(edges, EDGE_GUESSES, present.edges, 'edges', options.isDirectionColumn ?? (() => false), check);
  return { ...mapping, nodes, edges };
}

function fill<K extends string>(target: Partial<Record<K, string>>, guesses: Record<K, string[]>, present: ReadonlySet<string>, part: string, skip: (name: string) => boolean, check: boolean): void {
  const fold = (n: string) => n.toLowerCase().replace(/[\s_-]+/g, '');
  const byFolded = new Map<string, string>();
  for (const n of present) if (!byFolded.has(fold(n))) byFolded.set(fold(n), n);
  const used = new Set(Object.values(target) as string[]);
  for (const field of Object.keys(guesses) as K[]) {
    const given = target[field];
    if (given !== undefined) {
      if (!check && !present.has(given)) delete target[field];
      if (check && present.size > 0 && !present.has(given)) {
        throw new ImportInputError(`"${given}" is not an attribute of the file's ${part} (it has: ${[...present].slice(0, 20).join(', ') || 'none'})`, 'mapping', `$.${part}.${field}`, 'IMPORT_MAPPING');
      }
      continue;
    }
    for (const guess of guesses[field]) {
      const name = byFolded.get(fold(guess));
      if (name !== undefined && !used.has(name) && !skip(name)) {
        target[field] = name;
        used.add(name);
        break;
      }
    }
  }
}
