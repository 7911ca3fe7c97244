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

  private static names(e: Entity): string[] {
    return [e.id, e.label, ...e.aliases];
  }

  add(e: Entity): void {
    for (const n of AliasIndex.names(e)) {
      const key = foldText(n);
      this.byName.set(key === n ? n : key, e.id); // keep the existing string when folding changes nothing (ids)
    }
  }

  remove(e: Entity): void {
    for (const n of AliasIndex.names(e)) {
      const key = foldText(n);
      if (this.byName.get(key) === e.id) this.byName.delete(key);
    }
  }

  resolve(name: string): string | undefined {
    return this.byName.get(foldText(name));
  }
}
