import AhoCorasick from 'modern-ahocorasick';

/** A dictionary pattern found in a text: half-open offsets into the text searched. */
export interface PatternHit {
  pattern: string;
  start: number;
  end: number;
}

/** When the delta holds more than this share of the base's entities, or this many, the base is rebuilt. */
const DELTA_SHARE = 0.05;
const DELTA_MAX = 2_000;

/**
 * A growing pattern set compiled as two Aho–Corasick automata: a base, compiled rarely (for the
 * whole dictionary it takes a moment), and a small delta holding the patterns added since, compiled
 * again whenever it grows. A pattern is in one of the two, never both, so a text's hits are those
 * of one big automaton over both. Patterns are never taken out: a caller that drops a name checks
 * its hits against its live dictionary. The delta is folded into a new base once the entities
 * changed since the base pass 5 % of the base's or 2,000.
 */
export class SplitAutomaton {
  private base!: AhoCorasick<string>;
  private basePatterns!: Set<string>;
  private baseEntities = 0;
  private delta: AhoCorasick<string> | null = null;
  private deltaPatterns = new Set<string>();
  private changedSinceBase = 0;

  /** Compiles `patterns`, the dictionary of `entities` entities, as the base. */
  constructor(patterns: Iterable<string>, entities: number) {
    this.rebuild(patterns, entities);
  }

  /** Compiles a fresh base from every pattern the dictionary now holds, with an empty delta. */
  rebuild(patterns: Iterable<string>, entities: number): void {
    this.basePatterns = new Set(patterns);
    this.base = new AhoCorasick([...this.basePatterns].map((pattern) => ({ pattern, data: pattern })));
    this.baseEntities = entities;
    this.delta = null;
    this.deltaPatterns = new Set();
    this.changedSinceBase = 0;
  }

  /** Notes that `entities` entities changed, bringing `patterns`; false when the delta grew too big and the base must be rebuilt. */
  extend(patterns: Iterable<string>, entities: number): boolean {
    this.changedSinceBase += entities;
    if (this.changedSinceBase > Math.min(DELTA_MAX, this.baseEntities * DELTA_SHARE)) return false;
    const before = this.deltaPatterns.size;
    for (const p of patterns) if (!this.basePatterns.has(p)) this.deltaPatterns.add(p);
    if (this.deltaPatterns.size !== before) this.delta = new AhoCorasick([...this.deltaPatterns].map((pattern) => ({ pattern, data: pattern })));
    return true;
  }

  /** Every occurrence of every pattern in `text`, overlapping ones included. */
  *hits(text: string): Iterable<PatternHit> {
    for (const automaton of this.delta ? [this.base, this.delta] : [this.base]) {
      for (const hit of automaton.iterate(text)) yield { pattern: hit.data!, start: hit.start, end: hit.end };
    }
  }
}
