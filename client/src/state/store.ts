/**
 * A tiny observable store: one value, replaced (never mutated) by set(); subscribers hear every change
 * with the previous value and why it changed, so they can update only what they show.
 */
export type Listener<T, R extends string> = (next: T, prev: T, reason: R) => void;

export class Store<T, R extends string = string> {
  private value: T;
  private readonly listeners = new Set<Listener<T, R>>();

  constructor(initial: T) {
    this.value = initial;
  }

  get(): T {
    return this.value;
  }

  set(next: T | ((prev: T) => T), reason: R): void {
    const prev = this.value;
    const value = typeof next === 'function' ? (next as (prev: T) => T)(prev) : next;
    if (value === prev) return;
    this.value = value;
    for (const l of [...this.listeners]) l(value, prev, reason);
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: Listener<T, R>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
