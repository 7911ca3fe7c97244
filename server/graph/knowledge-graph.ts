import { MultiDirectedGraph } from 'graphology';
import type { ValidDataset } from '../model/dataset.js';
import type { Entity, Relation, Source } from '../model/records.js';
import type { Lookup, VocabularyIndex } from '../model/rules.js';
import { AliasIndex } from './aliases.js';
import { CompactIndex } from './compact-index.js';
import { DerivedView } from './derived-view.js';
import { useDictionaryAdjacency } from './dictionary-adjacency.js';
import { SearchIndex } from './search.js';
import { NO_ATTRIBUTES, type CorridorGraph, type EdgeAttributes } from './types.js';
import { RelationTable } from './relation-table.js';
import { NodeNumbering } from './node-numbering.js';

/**
 * The graph with everything queries need beside it: vocabulary, sources, the alias and search
 * indices, the compact traversal index and the derived values. Records live once, as graphology
 * attributes. Changes go through put/remove and then `refresh()`, all in one synchronous step by the
 * store's single writer, so a query (whose resolvers are synchronous) never sees half a change.
 */
export class KnowledgeGraph implements Lookup {
  readonly graph: CorridorGraph;
  /** Relation records, by column; the graph holds their topology. */
  readonly relations: RelationTable;
  readonly aliases: AliasIndex;
  readonly search: SearchIndex;
  /** The traversal index of the current version; null when a commit has made it stale (see `index`). */
  private built: CompactIndex | null;
  /** Entity numbers shared by the index and the relation table's endpoint columns. */
  private readonly nodes: NodeNumbering;
  /** Set when an entity was deleted: numbers must be handed out afresh at the next refresh. */
  private renumber = false;
  derived: DerivedView = new DerivedView(null, 0);
  private readonly kindNames: Map<string, string>;
  /** Bumped by every committed change or reload. */
  version = 1;

  constructor(
    readonly vocabulary: VocabularyIndex,
    readonly sources: Map<string, Source>,
    entities: Entity[],
    relations: Relation[],
    /** Data file of each relation (same order), for writing them back in place. */
    relationFiles: string[] = [],
  ) {
    this.kindNames = new Map([...vocabulary.kinds].map((k) => [k, k]));
    this.graph = new MultiDirectedGraph<Entity, EdgeAttributes>({ allowSelfLoops: false });
    this.relations = new RelationTable(sources, this.graph);
    this.relations.reserve(relations.length);
    const compact = entities.map((e) => compactEntity(e, this.kindNames));
    for (const e of compact) this.graph.addNode(e.id, e);
    const kindNumber = new Map([...vocabulary.kinds].map((k, i) => [k, i]));
    this.nodes = new NodeNumbering(this.graph, (kind) => kindNumber.get(kind) ?? 0);
    useDictionaryAdjacency(this.graph);
    relations.forEach((r, i) => this.addRelation(r, relationFiles[i]));
    this.aliases = new AliasIndex(compact);
    this.search = new SearchIndex(compact, this.aliases, (id) => this.graph.hasNode(id));
    this.built = new CompactIndex(this.nodes, this.relations, vocabulary);
  }

  /**
   * The traversal index of the current version, built on first use after a commit: a burst of commits
   * with no reader in between pays for one build, not one per commit (the build is O(relations): 9 ms
   * at 100k, 50 ms at 500k). Each build is a new immutable object, so a request holding an older one
   * keeps reading that version.
   */
  get index(): CompactIndex {
    return (this.built ??= new CompactIndex(this.nodes, this.relations, this.vocabulary));
  }

  static fromDataset(ds: ValidDataset, relationFiles: string[] = []): KnowledgeGraph {
    return new KnowledgeGraph(ds.vocabulary, ds.sources, ds.entities, ds.relations, relationFiles);
  }

  // Lookup (used by validation rules)
  entity(id: string): Entity | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }
  relation(id: string): Relation | undefined {
    return this.relations.get(id);
  }
  source(id: string): Source | undefined {
    return this.sources.get(id);
  }
  entityIds(): Iterable<string> {
    return this.graph.nodes();
  }
  sourceIds(): Iterable<string> {
    return this.sources.keys();
  }

  /** An entity by id, label or alias, case- and accent-insensitively. */
  resolveEntity(idOrAlias: string): Entity | undefined {
    const direct = this.entity(idOrAlias);
    if (direct) return direct;
    const id = this.aliases.resolve(idOrAlias, (key) => this.graph.hasNode(key));
    return id === undefined ? undefined : this.entity(id);
  }

  /** Ids of the relations touching an entity, both directions. */
  relationIdsOf(entityId: string): string[] {
    return this.graph.hasNode(entityId) ? this.graph.edges(entityId) : [];
  }

  // Writes: called only by the store's writer, followed by refresh().
  putEntity(entity: Entity): void {
    const e = compactEntity(entity, this.kindNames);
    const prior = this.entity(e.id);
    if (prior) {
      this.aliases.remove(prior);
      this.graph.replaceNodeAttributes(e.id, e);
      this.search.replace(e);
      this.nodes.setKind(e.id, e.kind);
    } else {
      this.graph.addNode(e.id, e);
      this.search.add(e);
      this.nodes.append(e.id, e.kind);
    }
    this.aliases.add(e);
  }
  removeEntity(id: string): void {
    const prior = this.entity(id);
    if (!prior) return;
    for (const r of this.graph.edges(id)) this.relations.delete(r);
    this.aliases.remove(prior);
    this.search.remove(id);
    this.graph.dropNode(id);
    this.renumber = true;
  }
  /** Adds or replaces a relation; `file` places a new one in a data file (the store's bookkeeping). */
  putRelation(r: Relation, file?: string): void {
    if (this.graph.hasEdge(r.id) && (this.graph.source(r.id) !== r.from || this.graph.target(r.id) !== r.to)) this.graph.dropEdge(r.id);
    this.addRelation(r, file);
  }
  removeRelation(id: string): void {
    if (this.graph.hasEdge(id)) this.graph.dropEdge(id);
    this.relations.delete(id);
  }
  private addRelation(r: Relation, file?: string): void {
    if (!this.graph.hasEdge(r.id)) this.graph.addEdgeWithKey(r.id, r.from, r.to, NO_ATTRIBUTES);
    this.relations.set(r, this.nodes.index.get(r.from)!, this.nodes.index.get(r.to)!);
    if (file !== undefined) this.relations.setFile(r.id, file);
  }
  putSource(s: Source): void {
    this.sources.set(s.id, s);
  }

  /** Marks the traversal index stale after a batch of writes (rebuilt on next use) and bumps the version. */
  refresh(): void {
    if (this.renumber) {
      this.nodes.rebuild(this.graph);
      this.relations.renumber((id) => this.nodes.index.get(id)!);
      this.renumber = false;
    }
    this.built = null;
    this.version++;
  }
}

/** One shared empty list for the many entities without aliases. */
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];

/**
 * Entities are rebuilt as compact object literals (zod's output objects grow field by field and cost
 * more heap); the key order stays the schema's, so files are written back unchanged.
 */
function compactEntity(e: Entity, kinds: Map<string, string>): Entity {
  const out: Entity = {
    id: e.id,
    kind: kinds.get(e.kind) ?? e.kind, // one string per kind, not one per entity
    label: e.label,
    aliases: e.aliases.length === 0 ? NO_ALIASES : e.aliases,
  };
  // Optional fields only when present: each slot costs 8 bytes on every entity.
  if (e.description !== undefined) out.description = e.description;
  if (e.wikidata !== undefined) out.wikidata = e.wikidata;
  if (e.iso2 !== undefined) out.iso2 = e.iso2;
  if (e.iso3 !== undefined) out.iso3 = e.iso3;
  if (e.status !== undefined) out.status = e.status;
  if (e.properties !== undefined) out.properties = e.properties;
  if (e.created !== undefined) out.created = e.created;
  if (e.updated !== undefined) out.updated = e.updated;
  return out;
}
