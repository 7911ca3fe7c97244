/**
 * Reusable "visited" marks for traversals: one Int32Array per index, and an epoch bumped per use, so
 * a traversal touches only the nodes it visits instead of allocating and zeroing an array of every
 * node. Safe because traversals are synchronous: one runs at a time.
 */
export class Marks {
  private readonly stamp: Int32Array;
  private epoch = 0;
  constructor(size: number) {
    this.stamp = new Int32Array(size);
  }
  /** Starts a new traversal: every mark of the previous one is cleared at once. */
  reset(): void {
    this.epoch++;
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
  }
  has(i: number): boolean {
    return this.stamp[i] === this.epoch;
  }
  set(i: number): void {
    this.stamp[i] = this.epoch;
  }
  unset(i: number): void {
    this.stamp[i] = 0;
  }
}

/** Marks plus a number per marked node (a BFS distance), valid only while marked. */
export class MarkedValues {
  readonly marks: Marks;
  private readonly values: Int32Array;
  constructor(size: number) {
    this.marks = new Marks(size);
    this.values = new Int32Array(size);
  }
  reset(): void {
    this.marks.reset();
  }
  get(i: number): number | undefined {
    return this.marks.has(i) ? this.values[i] : undefined;
  }
  set(i: number, v: number): void {
    this.marks.set(i);
    this.values[i] = v;
  }
}

/** Counts work against a budget; checks the clock every 256 steps to keep the check cheap. */
export class BudgetMeter {
  visited = 0;
  exceeded: 'VISIT_BUDGET' | 'DEADLINE' | null = null;
  constructor(private readonly maxVisited: number, private readonly deadline: number) {}
  /** Counts one visit; false once the budget or the deadline is exhausted. */
  step(): boolean {
    if (this.exceeded) return false;
    this.visited++;
    if (this.visited > this.maxVisited) {
      this.exceeded = 'VISIT_BUDGET';
      return false;
    }
    if ((this.visited & 255) === 0 && Date.now() > this.deadline) {
      this.exceeded = 'DEADLINE';
      return false;
    }
    return true;
  }
}
