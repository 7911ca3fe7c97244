import { foldText } from '../model/ids.js';
import type { Entity } from '../model/records.js';

/**
 * Finds an entity by its id, label or any alias, ignoring case and accents ("eu", "Middle corridor",
 * "turkiye" all resolve). Validation guarantees a name points to one entity only.
 */
export class AliasIndex {
  private readonly byName = new Map<string, string>();

  constructor(entities: Iterable<Entity> = []) {
    for (const e of entities) this.add(e);
  }

  /** Ids are not indexed: they are lowercase already, so a folded name is tried as an id directly. */
  private static names(e: Entity): string[] {
    return [e.label, ...e.aliases];
  }

  add(e: Entity): void {
    for (const n of AliasIndex.names(e)) this.byName.set(foldText(n), e.id);
  }

  remove(e: Entity): void {
    for (const n of AliasIndex.names(e)) {
      const key = foldText(n);
      if (this.byName.get(key) === e.id) this.byName.delete(key);
    }
  }

  /** The entity a label or alias names; `isId` says whether a folded name is an entity id. */
  resolve(name: string, isId?: (id: string) => boolean): string | undefined {
    const key = foldText(name);
    return this.byName.get(key) ?? (isId?.(key) ? key : undefined);
  }
}
