import { foldText } from '../model/ids.js';
import type { Entity, Relation, Source } from '../model/records.js';
import type { Lookup } from '../model/rules.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

/**
 * Pending changes layered over the live graph: what a batch of changes would make of it, readable
 * through the same Lookup the validation rules use, without touching the graph queries read. The
 * writer validates against this, persists it, and only then applies it to the graph.
 */
export class Overlay implements Lookup {
  readonly entities = new Map<string, Entity | null>();
  readonly relations = new Map<string, Relation | null>();
  readonly sources = new Map<string, Source>();

  constructor(readonly base: KnowledgeGraph) {}

  get vocabulary() {
    return this.base.vocabulary;
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
    const key = foldText(name);
    for (const [id, e] of this.entities) {
      if (e && [e.id, e.label, ...e.aliases].some((n) => foldText(n) === key)) return id;
    }
    const owner = this.base.aliases.resolve(name, (id) => this.base.graph.hasNode(id));
    // A name of an entity changed or deleted in this overlay no longer counts for it.
    return owner !== undefined && !this.entities.has(owner) ? owner : undefined;
  }

  /** A copy point: changes made after it can be undone, so one request of a group commit fails alone. */
  mark(): () => void {
    const e = new Map(this.entities);
    const r = new Map(this.relations);
    const s = new Map(this.sources);
    return () => {
      restore(this.entities, e);
      restore(this.relations, r);
      restore(this.sources, s);
    };
  }
}

function restore<K, V>(target: Map<K, V>, saved: Map<K, V>): void {
  target.clear();
  for (const [k, v] of saved) target.set(k, v);
}
