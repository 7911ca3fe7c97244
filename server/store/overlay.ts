import { foldText } from '../model/ids.js';
import type { Entity, Relation, Source } from '../model/records.js';
import { VocabularyIndex, type Lookup } from '../model/rules.js';
import type { EntityKind, RelationType } from '../model/vocabulary.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { PendingEntities } from './pending-entities.js';
import { ReviewLog, type ReviewEntry } from './review-log.js';

/**
 * Pending changes layered over the live graph: what a batch of changes would make of it, readable
 * through the same Lookup the validation rules use, without touching the graph queries read. The
 * writer validates against this, persists it, and only then applies it to the graph.
 */
export class Overlay implements Lookup {
  readonly entities = new PendingEntities();
  readonly relations = new Map<string, Relation | null>();
  readonly sources = new Map<string, Source>();
  /** Originals (HTML, Markdown) of new sources, by source id: written beside their text. */
  readonly originals = new Map<string, string>();
  /** Review log entries written or changed (marked undone) by the pending changes. */
  readonly reviews = new Map<string, ReviewEntry>();

  constructor(
    readonly base: KnowledgeGraph,
    readonly reviewLog: ReviewLog = new ReviewLog(),
  ) {}

  review(id: string): ReviewEntry | undefined {
    return this.reviews.get(id) ?? this.reviewLog.get(id);
  }
  /** How many entries a source's log holds once the pending changes are applied. */
  reviewCount(source: string): number {
    let n = this.reviewLog.ofSource(source).length;
    for (const e of this.reviews.values()) if (e.source === source && !this.reviewLog.get(e.id)) n++;
    return n;
  }

  /** Kinds and types added to the vocabulary by pending changes, in order. */
  vocabularyAdditions: Array<{ list: 'entityKinds'; value: EntityKind } | { list: 'relationTypes'; value: RelationType }> = [];
  private extended: VocabularyIndex | null = null;

  get vocabulary(): VocabularyIndex {
    return this.extended ?? this.base.vocabulary;
  }

  /** Adds a kind or type to the pending vocabulary (checked by the caller). */
  addToVocabulary(addition: Overlay['vocabularyAdditions'][number]): void {
    this.vocabularyAdditions.push(addition);
    this.rebuildVocabulary();
  }

  private rebuildVocabulary(): void {
    if (this.vocabularyAdditions.length === 0) {
      this.extended = null;
      return;
    }
    const v = this.base.vocabulary.vocabulary;
    const kinds = this.vocabularyAdditions.flatMap((a) => (a.list === 'entityKinds' ? [a.value] : []));
    const types = this.vocabularyAdditions.flatMap((a) => (a.list === 'relationTypes' ? [a.value] : []));
    this.extended = new VocabularyIndex({ ...v, entityKinds: [...v.entityKinds, ...kinds], relationTypes: [...v.relationTypes, ...types] });
  }

  entity(id: string): Entity | undefined {
    return this.entities.has(id) ? (this.entities.get(id) ?? undefined) : this.base.entity(id);
  }
  relation(id: string): Relation | undefined {
    return this.relations.has(id) ? (this.relations.get(id) ?? undefined) : this.base.relation(id);
  }
  source(id: string): Source | undefined {
    return this.sources.get(id) ?? this.base.source(id);
  }
  *entityIds(): Iterable<string> {
    for (const id of this.base.entityIds()) if (this.entities.get(id) !== null) yield id;
    for (const [id, e] of this.entities) if (e && !this.base.entity(id)) yield id;
  }
  *sourceIds(): Iterable<string> {
    yield* this.base.sourceIds();
    for (const id of this.sources.keys()) if (!this.base.source(id)) yield id;
  }

  /** Relations touching an entity once the pending changes are applied. */
  relationIdsOf(entityId: string): string[] {
    const ids = new Set<string>();
    for (const id of this.base.relationIdsOf(entityId)) {
      const r = this.relation(id);
      if (r && (r.from === entityId || r.to === entityId)) ids.add(id);
    }
    for (const [id, r] of this.relations) if (r && (r.from === entityId || r.to === entityId)) ids.add(id);
    return [...ids];
  }

  /** The entity a name (id, label or alias) would point to, or undefined. */
  nameOwner(name: string): string | undefined {
    const pending = this.entities.ownerOf(foldText(name));
    if (pending !== undefined) return pending;
    const owner = this.base.aliases.resolve(name, (id) => this.base.graph.hasNode(id));
    // A name of an entity changed or deleted in this overlay no longer counts for it.
    return owner !== undefined && !this.entities.has(owner) ? owner : undefined;
  }

  /** A copy point: changes made after it can be undone, so one request of a group commit fails alone. */
  mark(): () => void {
    const e = new Map(this.entities);
    const r = new Map(this.relations);
    const s = new Map(this.sources);
    const o = new Map(this.originals);
    const v = new Map(this.reviews);
    const added = [...this.vocabularyAdditions];
    return () => {
      this.vocabularyAdditions = added;
      this.rebuildVocabulary();
      restore(this.entities, e);
      restore(this.relations, r);
      restore(this.sources, s);
      restore(this.originals, o);
      restore(this.reviews, v);
    };
  }
}

function restore<K, V>(target: Map<K, V>, saved: Map<K, V>): void {
  target.clear();
  for (const [k, v] of saved) target.set(k, v);
}
