import { foldText } from '../model/ids.js';
import type { Entity } from '../model/records.js';

/**
 * The overlay's pending entities (null: deleted) with an index of their names (id, label, aliases,
 * folded), kept up to date on every set and delete, so asking who owns a name costs one lookup
 * rather than a scan of the batch: an import of 50k entities would otherwise check each alias
 * against every entity before it.
 */
export class PendingEntities extends Map<string, Entity | null> {
  private readonly owners = new Map<string, string[]>();

  override set(id: string, entity: Entity | null): this {
    this.unindex(id);
    super.set(id, entity);
    if (entity) for (const key of namesOf(entity)) this.owners.set(key, [...(this.owners.get(key) ?? []), id]);
    return this;
  }

  override delete(id: string): boolean {
    this.unindex(id);
    return super.delete(id);
  }

  override clear(): void {
    this.owners.clear();
    super.clear();
  }

  /** The first pending entity (in batch order) one of whose names folds to this key. */
  ownerOf(key: string): string | undefined {
    const ids = this.owners.get(key);
    if (!ids) return undefined;
    let first: string | undefined;
    let firstAt = Infinity;
    for (const id of ids) {
      const at = this.positionOf(id);
      if (at < firstAt) [first, firstAt] = [id, at];
    }
    return first;
  }

  private positionOf(id: string): number {
    // Only reached when two pending entities share a name (a conflict the caller reports): rare.
    let i = 0;
    for (const k of this.keys()) {
      if (k === id) return i;
      i++;
    }
    return Infinity;
  }

  private unindex(id: string): void {
    // During construction (Map's constructor may call set) the index does not exist yet.
    const prior = this.owners === undefined ? undefined : super.get(id);
    if (!prior) return;
    for (const key of namesOf(prior)) {
      const rest = (this.owners.get(key) ?? []).filter((x) => x !== id);
      if (rest.length > 0) this.owners.set(key, rest);
      else this.owners.delete(key);
    }
  }
}

function namesOf(e: Entity): Set<string> {
  return new Set([e.id, e.label, ...e.aliases].map(foldText));
}
