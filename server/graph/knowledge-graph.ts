import { MultiDirectedGraph } from 'graphology';
import type { ValidDataset } from '../model/dataset.js';
import type { Entity, Relation, Source } from '../model/records.js';
import type { Lookup, VocabularyIndex } from '../model/rules.js';
import { AliasIndex } from './aliases.js';
import { CompactIndex } from './compact-index.js';
import { DerivedView } from './derived-view.js';
import { SearchIndex } from './search.js';
import type { CorridorGraph } from './types.js';

/**
 * The graph with everything queries need beside it: vocabulary, sources, the alias and search
 * indices, the compact traversal index and the derived values. Records live once, as graphology
 * attributes. Changes go through put/remove and then `refresh()`, all in one synchronous step by the
 * store's single writer, so a query (whose resolvers are synchronous) never sees half a change.
 */
export class KnowledgeGraph implements Lookup {
  readonly graph: CorridorGraph;
  readonly aliases: AliasIndex;
  readonly search: SearchIndex;
  index: CompactIndex;
  derived: DerivedView = new DerivedView(null, 0);
  /** Bumped by every committed change or reload. */
  version = 1;

  constructor(
    readonly vocabulary: VocabularyIndex,
    readonly sources: Map<string, Source>,
    entities: Entity[],
    relations: Relation[],
  ) {
    this.graph = new MultiDirectedGraph<Entity, Relation>({ allowSelfLoops: false });
    for (const e of entities) this.graph.addNode(e.id, e);
    for (const r of relations) this.graph.addEdgeWithKey(r.id, r.from, r.to, internQuotes(r, sources));
    this.aliases = new AliasIndex(entities);
    this.search = new SearchIndex(entities, this.aliases);
    this.index = new CompactIndex(this.graph, vocabulary);
  }

  static fromDataset(ds: ValidDataset): KnowledgeGraph {
    return new KnowledgeGraph(ds.vocabulary, ds.sources, ds.entities, ds.relations);
  }

  // Lookup (used by validation rules)
  entity(id: string): Entity | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }
  relation(id: string): Relation | undefined {
    return this.graph.hasEdge(id) ? this.graph.getEdgeAttributes(id) : undefined;
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
    const id = this.aliases.resolve(idOrAlias);
    return id === undefined ? undefined : this.entity(id);
  }

  /** Ids of the relations touching an entity, both directions. */
  relationIdsOf(entityId: string): string[] {
    return this.graph.hasNode(entityId) ? this.graph.edges(entityId) : [];
  }

  // Writes: called only by the store's writer, followed by refresh().
  putEntity(e: Entity): void {
    const prior = this.entity(e.id);
    if (prior) {
      this.aliases.remove(prior);
      this.graph.replaceNodeAttributes(e.id, e);
      this.search.replace(e);
    } else {
      this.graph.addNode(e.id, e);
      this.search.add(e);
    }
    this.aliases.add(e);
  }
  removeEntity(id: string): void {
    const prior = this.entity(id);
    if (!prior) return;
    this.aliases.remove(prior);
    this.search.remove(id);
    this.graph.dropNode(id);
  }
  putRelation(r: Relation): void {
    const rec = internQuotes(r, this.sources);
    const prior = this.relation(r.id);
    if (prior && prior.from === r.from && prior.to === r.to) {
      this.graph.replaceEdgeAttributes(r.id, rec);
      return;
    }
    if (prior) this.graph.dropEdge(r.id);
    this.graph.addEdgeWithKey(r.id, r.from, r.to, rec);
  }
  removeRelation(id: string): void {
    if (this.graph.hasEdge(id)) this.graph.dropEdge(id);
  }
  putSource(s: Source): void {
    this.sources.set(s.id, s);
  }

  /** Rebuilds the traversal index after a batch of writes and bumps the version. */
  refresh(): void {
    this.index = new CompactIndex(this.graph, this.vocabulary);
    this.version++;
  }
}

/**
 * Quotes are stored as slices of their source's text: validation has proven text.slice(start, end)
 * equals the quote, and a V8 sliced string costs a few bytes instead of a copy of the sentence.
 */
function internQuotes(r: Relation, sources: Map<string, Source>): Relation {
  let changed = false;
  const evidence = r.evidence.map((ev) => {
    const text = sources.get(ev.source)?.text;
    if (text === undefined) return ev;
    changed = true;
    return { ...ev, quote: text.slice(ev.start, ev.end) };
  });
  return changed ? { ...r, evidence } : r;
}
