import type { CorridorGraph } from './types.js';

/**
 * Dense numbers for entities (0…n-1, in graph order), the node numbers of the traversal index and of
 * the relation table's endpoint columns. Kept across commits: a new entity is appended, so the common
 * write (relations only, or new entities) renumbers nothing; only a deletion renumbers everything.
 */
export class NodeNumbering {
  ids: string[] = [];
  index = new Map<string, number>();
  kinds = new Uint16Array(0);

  constructor(graph: CorridorGraph, private readonly kindOf: (kind: string) => number) {
    this.rebuild(graph);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Numbers every entity afresh, in new arrays: indexes built earlier keep the numbers they were built with. */
  rebuild(graph: CorridorGraph): void {
    this.ids = [];
    this.index = new Map();
    this.kinds = new Uint16Array(graph.order);
    graph.forEachNode((id, e) => this.append(id, e.kind));
  }

  append(id: string, kind: string): number {
    const n = this.ids.length;
    this.ids.push(id);
    this.index.set(id, n);
    if (n >= this.kinds.length) {
      const grown = new Uint16Array(Math.max(64, this.kinds.length * 2));
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[n] = this.kindOf(kind);
    return n;
  }

  setKind(id: string, kind: string): void {
    const n = this.index.get(id);
    if (n !== undefined) this.kinds[n] = this.kindOf(kind);
  }
}
