/**
 * A map that keeps at most `max` entries, dropping the least recently used. Written by hand (a Map
 * in use order is all it takes): lru-cache is only a dependency of a dependency here, and Yoga's
 * wrapper of it is internal and deprecated.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, which becomes the most recently used. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined && this.entries.size > 1) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
