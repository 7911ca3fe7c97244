import type { CompactIndex } from './compact-index.js';
import type { CompiledFilter } from './filter.js';

/** A page of a list in index order. The cursor carries the position and the id found there, so a page survives inserts before it. */
export interface Page {
  ids: string[];
  /** Position of each id in the full ordering, for cursors. */
  positions: number[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface Cursor {
  position: number;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.position}:${c.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor | null {
  const raw = Buffer.from(text, 'base64url').toString('utf8');
  const m = /^(\d+):(.+)$/.exec(raw);
  return m ? { position: Number(m[1]), id: m[2]! } : null;
}

/**
 * First `first` items of `ids` that pass `keep`, after the cursor, plus the total count of items that
 * pass. When the cursor's id has moved (inserts or deletes since), it is looked up again.
 */
export function paginate(ids: readonly string[], keep: (i: number) => boolean, first: number, after: Cursor | null): Page {
  let start = 0;
  if (after) {
    start = ids[after.position] === after.id ? after.position + 1 : ids.indexOf(after.id) + 1;
    if (start === 0) start = Math.min(after.position + 1, ids.length); // cursor's item was deleted: continue from its old place
  }
  const out: string[] = [];
  const positions: number[] = [];
  let total = 0;
  let before = 0;
  let more = false;
  for (let i = 0; i < ids.length; i++) {
    if (!keep(i)) continue;
    total++;
    if (i < start) before++;
    else if (out.length < first) {
      out.push(ids[i]!);
      positions.push(i);
    } else more = true;
  }
  return { ids: out, positions, totalCount: total, hasNextPage: more, hasPreviousPage: before > 0 };
}

export function entityPage(index: CompactIndex, filter: CompiledFilter, first: number, after: Cursor | null): Page {
  return paginate(index.nodeIds, (n) => filter.node(n), first, after);
}

/** Relations passing the filter (and whose ends pass the kind filter), optionally only those touching one entity in a direction. */
export function relationPage(
  index: CompactIndex,
  filter: CompiledFilter,
  first: number,
  after: Cursor | null,
  touching?: { node: number; direction: 'OUT' | 'IN' | 'BOTH' },
): Page {
  if (!touching) return paginate(index.edgeIds, (e) => filter.edgeWithEnds(e), first, after);
  const { node, direction } = touching;
  const edges: number[] = [];
  if (direction !== 'IN') for (let p = index.outOffsets[node]!; p < index.outOffsets[node + 1]!; p++) edges.push(index.outEdges[p]!);
  if (direction !== 'OUT') for (let p = index.inOffsets[node]!; p < index.inOffsets[node + 1]!; p++) edges.push(index.inEdges[p]!);
  edges.sort((a, b) => a - b);
  const ids = edges.map((e) => index.edgeIds[e]!);
  return paginate(ids, (i) => filter.edgeWithEnds(edges[i]!), first, after);
}
