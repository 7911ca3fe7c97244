import '../locators.js';
import { sha256 } from '../../model/dataset.js';
import { slugify } from '../../model/ids.js';
import type { ValidationIssue } from '../../model/issues.js';
import type { Change } from '../../store/changes.js';
import { Overlay } from '../../store/overlay.js';
import { planChange } from '../../store/plan.js';
import { ChangeRejectedError, type GraphStore } from '../../store/graph-store.js';
import { buildImport, type Built } from './build.js';
import { ImportInputError } from './errors.js';
import type { ForeignEdge, ForeignGraph, ImportLoss } from './foreign.js';
import type { ImportMapping } from './mapping.js';
import { readForeignFile } from './read-file.js';
import { checkMappingTargets } from './vocabulary-map.js';

export interface ImportFile {
  fileName: string;
  /** The file's text, decoded from UTF-8 exactly (see bytes.ts). */
  text: string;
}

export interface ImportOptions {
  format?: string;
  mapping: ImportMapping;
  status?: 'extracted' | 'reviewed';
  addToVocabulary?: boolean;
  dryRun?: boolean;
  title?: string;
  publisher?: string;
  url?: string;
  /** The dataset source's description (its origin and licence, say); a default names the import. */
  description?: string;
  actor: string;
}

export interface ImportReport {
  committed: boolean;
  version: number | null;
  /** The dataset source (the first, for a multi-file import). */
  source: string;
  sources: string[];
  format: string;
  entitiesRead: number;
  relationsRead: number;
  entitiesCreated: number;
  entitiesMerged: number;
  relationsCreated: number;
  mappings: Built['mappings'];
  losses: ImportLoss[];
  merges: Built['merges'];
  /** The mapping used, completed with what was inferred: what --write-mapping saves. */
  mapping: ImportMapping;
}

/**
 * Imports one or more files (a Neo4j node file and relationship file are one import): each is stored
 * as a dataset source byte for byte, its graph mapped onto the vocabulary and the graph, and
 * everything committed at once through the store — or, for a dry run, validated against the graph
 * exactly as the commit would be and reported without writing. Bad input throws ImportInputError.
 */
export async function importGraph(store: GraphStore, files: ImportFile[], opts: ImportOptions): Promise<ImportReport> {
  const kg = store.kg;
  if (files.length === 0) throw new ImportInputError('no file to import', '(input)', '');
  const digests = new Map([...kg.sourceIds()].map((id) => [kg.source(id)!.sha256 ?? sha256(kg.source(id)!.text), id]));
  const taken = new Set<string>();
  const read = files.map((f) => {
    const existing = digests.get(sha256(f.text));
    if (existing) throw new ImportInputError(`has the same bytes (SHA-256) as source "${existing}", which is already in the graph`, f.fileName, '', 'DUPLICATE_SOURCE');
    const r = readForeignFile(f.fileName, f.text, opts.mapping, opts.format);
    const base = slugify(f.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
    let id = base;
    for (let n = 2; taken.has(id) || kg.source(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...r, file: f, sourceId: id };
  });

  const combined: ForeignGraph = { nodes: [], edges: [], losses: [], endpointsAreNodes: read.some((r) => r.graph.endpointsAreNodes) };
  const sourceOfEdge = new Map<ForeignEdge, string>();
  const multi = read.length > 1;
  for (const r of read) {
    const prefix = multi ? `${r.file.fileName} ` : '';
    combined.nodes.push(...r.graph.nodes.map((n) => ({ ...n, locator: prefix + n.locator })));
    combined.losses.push(...r.graph.losses.map((l) => ({ ...l, place: prefix + l.place })));
    for (const e of r.graph.edges) {
      sourceOfEdge.set(e, r.sourceId);
      combined.edges.push(e);
    }
  }
  attachEvidenceTables(read, combined);
  const mapping = mergeMappings(read.map((r) => r.mapping));
  checkMappingTargets(mapping, kg.vocabulary);
  const fileName = read.map((r) => r.file.fileName).join(', ');
  const built = buildImport(combined, mapping, kg, {
    status: opts.status ?? 'extracted',
    addToVocabulary: opts.addToVocabulary ?? false,
    fileName,
    sourceOf: (e) => sourceOfEdge.get(e)!,
    corridorExport: read.some((r) => r.corridorExport),
  });
  if (multi) for (const l of built.losses) if (/^(edge|row|triple|result):/.test(l.place)) l.place = `${read.find((r) => r.graph.edges.some((e) => e.locator === l.place))?.file.fileName ?? ''} ${l.place}`.trim();

  const sourceChanges: Change[] = read.map((r) => ({
    op: 'createSource',
    input: {
      id: r.sourceId, kind: 'dataset', format: r.format, fileName: r.file.fileName.replace(/^.*[\\/]/, ''), language: 'und', text: r.file.text,
      title: opts.title && !multi ? opts.title : r.file.fileName.replace(/^.*[\\/]/, ''),
      ...(opts.publisher ? { publisher: opts.publisher } : {}), ...(opts.url ? { url: opts.url } : {}),
      description: opts.description && !multi ? opts.description : `Dataset imported with npm run import / importGraph (${r.format}).`,
    },
  }));
  const isVocabulary = (c: Change) => c.op === 'addEntityKind' || c.op === 'addRelationType';
  const changes = [...built.changes.filter(isVocabulary), ...sourceChanges, ...built.changes.filter((c) => !isVocabulary(c))];
  const report: ImportReport = {
    committed: false, version: null, source: read[0]!.sourceId, sources: read.map((r) => r.sourceId), format: read[0]!.format,
    entitiesRead: combined.nodes.length, relationsRead: combined.edges.length,
    entitiesCreated: built.entitiesCreated, entitiesMerged: built.merges.length, relationsCreated: built.relationsCreated,
    mappings: built.mappings, losses: built.losses, merges: built.merges,
    mapping: { ...mapping, kinds: { ...Object.fromEntries(built.mappings.filter((m) => m.what === 'node-kind' && m.foreign !== '(none)').map((m) => [m.foreign, m.mapsTo])), ...mapping.kinds }, types: { ...Object.fromEntries(built.mappings.filter((m) => m.what === 'edge-type' && m.foreign !== '(none)').map((m) => [m.foreign, m.mapsTo])), ...mapping.types } },
  };
  const place = (i: number) => ({ file: '(import)', path: ['changes', i, changes[i]!.op] });
  if (opts.dryRun) {
    const issues = validateOnly(store, changes, place, opts.actor);
    if (issues.length > 0) throw new ChangeRejectedError(issues);
    return report;
  }
  const { version } = await store.apply(changes, opts.actor, place);
  return { ...report, committed: true, version };
}

/** Validates changes exactly as a commit would, against a throwaway overlay of the graph. */
function validateOnly(store: GraphStore, changes: Change[], place: (i: number) => { file: string; path: Array<string | number> }, actor: string): ValidationIssue[] {
  const overlay = new Overlay(store.kg);
  const now = new Date().toISOString();
  for (let i = 0; i < changes.length; i++) {
    const outcome = planChange(overlay, changes[i]!, place(i), actor, now);
    if ('issues' in outcome) return outcome.issues;
  }
  return [];
}

/** Several files' completed mappings as one (their fields are for different parts: nodes or edges). */
function mergeMappings(list: ImportMapping[]): ImportMapping {
  const [first, ...more] = list;
  return more.reduce((m, n) => ({ ...m, nodes: { ...n.nodes, ...m.nodes }, edges: { ...n.edges, ...m.edges } }), first!);
}

/** Evidence a separate table states (a Corridor CSV export's evidence.csv) joins its edges by id; rows for no edge are losses. */
function attachEvidenceTables(read: Array<{ graph: ForeignGraph; file: ImportFile }>, combined: ForeignGraph): void {
  const tables = read.filter((r) => r.graph.evidenceByEdge);
  if (tables.length === 0) return;
  const byId = new Map(combined.edges.filter((e) => e.id !== undefined).map((e) => [e.id!, e]));
  for (const r of tables) {
    for (const [id, evidence] of r.graph.evidenceByEdge!) {
      const edge = byId.get(id);
      if (edge) edge.evidence = evidence;
      else combined.losses.push({ place: `${r.file.fileName} relation ${id}`, reason: 'evidence for a relation the import has no edge for' });
    }
  }
}
