import type { DerivedArrays } from './derived.js';
import { seedPosition } from './derived.js';

export interface EntityMetrics {
  pagerank: number;
  /** Null until computed; an estimate above DerivedOptions.betweennessMaxNodes entities. */
  betweenness: number | null;
  community: number;
}

/**
 * Derived values (layout, PageRank, betweenness, community) as computed for one graph version.
 * Entities added after that computation get a start position and neutral metrics until the next
 * recomputation lands; `computedVersion` tells readers how fresh the values are.
 */
export class DerivedView {
  private readonly pos = new Map<string, number>();

  constructor(readonly arrays: DerivedArrays | null, readonly computedVersion: number) {
    arrays?.nodeIds.forEach((id, i) => this.pos.set(id, i));
  }

  position(id: string): { x: number; y: number } {
    const i = this.pos.get(id);
    if (this.arrays && i !== undefined) return { x: this.arrays.x[i]!, y: this.arrays.y[i]! };
    return seedPosition(id);
  }

  metrics(id: string): EntityMetrics {
    const i = this.pos.get(id);
    const a = this.arrays;
    if (!a || i === undefined) return { pagerank: 0, betweenness: a ? 0 : null, community: -1 };
    return { pagerank: a.pagerank[i]!, betweenness: a.betweenness[i]!, community: a.community[i]! };
  }

}
