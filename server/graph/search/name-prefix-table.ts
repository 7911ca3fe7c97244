import type { Entity } from '../../model/records.js';
import { Entries } from './entries.js';
import { foldName, prefixKey, prefixRange, wordEnd, wordStart } from './name-words.js';
import { RankedSlots } from './ranked-slots.js';

/** How a name matched a short prefix, best first: the tier is the high part of an entry's rank. */
export const MatchTier = { LabelStart: 0, AliasStart: 1, LabelWord: 2, AliasWord: 3 } as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

const TIER_SHIFT = 0x10000;
/** Recent additions and removals that trigger a re-sort, at least (else an eighth of the entries). */
const MERGE_AFTER = 4096;

/** One hit of the table: the entity, how it matched, and the length of the folded name that matched. */
export interface PrefixMatch {
  id: string;
  tier: MatchTier;
  nameLength: number;
}

/**
 * Every word of every label and alias, keyed by its first few letters in a sorted typed array, so a
 * short prefix ("kaz") finds its matches by binary search instead of expanding into the thousands of
 * index terms that start with it. Matches rank by tier (a label that starts with the prefix first,
 * then an alias that does, then a later word of a label, of an alias) and then by shorter name.
 *
 * Written by hand because MiniSearch's prefix search scores every document of every expanded term,
 * and no installed library ranks short-prefix matches this way. Additions go to a small unsorted
 * tail and removals leave tombstones; both are folded into a fresh sorted array once they pile up.
 */
export class NamePrefixTable {
  /** Entity id of each slot; undefined once the entity was removed or replaced. */
  private ids: Array<string | undefined> = [];
  /** Slot of each id, built at the first removal (a load never needs it). */
  private slotOf: Map<string, number> | null = null;
  private sorted = new Entries(0);
  private tail = new Entries();
  private removedSinceSort = 0;

  constructor(entities: Iterable<Entity>) {
    for (const e of entities) this.append(e);
    this.sort();
  }

  /** Adds an entity, or replaces the names of one already present. */
  add(e: Entity): void {
    this.remove(e.id);
    this.append(e);
    this.sortWhenDue();
  }

  remove(id: string): void {
    this.slotOf ??= new Map(this.ids.flatMap((known, slot) => (known === undefined ? [] : [[known, slot] as const])));
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.ids[slot] = undefined;
    this.slotOf.delete(id);
    this.removedSinceSort++;
    this.sortWhenDue();
  }

  /**
   * The best `limit` entities with a label or alias word starting with `prefix` (folded, at most
   * SHORT_PREFIX_MAX code units), best first; `keep` filters (e.g. by kind) before ranking.
   */
  top(prefix: string, limit: number, keep: (id: string) => boolean): PrefixMatch[] {
    const { low, high } = prefixRange(prefix);
    const best = new RankedSlots(limit);
    const offer = (slot: number, rank: number) => {
      if (best.excludes(rank)) return;
      const id = this.ids[slot];
      if (id !== undefined && keep(id)) best.offer(slot, rank);
    };
    const { keys, slots, ranks, length } = this.sorted;
    for (let i = lowerBound(keys, length, low); i < length && keys[i]! <= high; i++) offer(slots[i]!, ranks[i]!);
    const tail = this.tail;
    for (let i = 0; i < tail.length; i++) if (tail.keys[i]! >= low && tail.keys[i]! <= high) offer(tail.slots[i]!, tail.ranks[i]!);
    return best.slots.map((slot, i) => ({ id: this.ids[slot]!, tier: Math.floor(best.ranks[i]! / TIER_SHIFT) as MatchTier, nameLength: best.ranks[i]! % TIER_SHIFT }));
  }

  private append(e: Entity): void {
    const slot = this.ids.length;
    this.ids.push(e.id);
    this.slotOf?.set(e.id, slot);
    this.appendName(slot, e.label, MatchTier.LabelStart, MatchTier.LabelWord);
    for (const alias of e.aliases) this.appendName(slot, alias, MatchTier.AliasStart, MatchTier.AliasWord);
  }

  private appendName(slot: number, name: string, startTier: MatchTier, wordTier: MatchTier): void {
    const folded = foldName(name);
    const length = Math.min(folded.length, TIER_SHIFT - 1);
    let tier: MatchTier = startTier;
    for (let start = wordStart(folded, 0); start < folded.length; ) {
      const end = wordEnd(folded, start);
      this.tail.push(prefixKey(folded, start, end), slot, tier * TIER_SHIFT + length);
      tier = wordTier;
      start = wordStart(folded, end);
    }
  }

  private sortWhenDue(): void {
    if (this.tail.length + this.removedSinceSort > Math.max(MERGE_AFTER, this.sorted.length / 8)) this.sort();
  }

  /** Folds the tail into the sorted entries, drops those of removed entities and renumbers slots. */
  private sort(): void {
    const renumbered = new Int32Array(this.ids.length);
    const ids: string[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) {
      const id = this.ids[slot];
      renumbered[slot] = id === undefined ? -1 : ids.length;
      if (id === undefined) continue;
      if (slot !== ids.length) this.slotOf?.set(id, ids.length);
      ids.push(id);
    }
    this.sorted = (this.sorted.length === 0 ? this.tail : this.sorted.concat(this.tail)).sorted(renumbered);
    this.ids = ids;
    this.tail = new Entries();
    this.removedSinceSort = 0;
  }
}

/** First index below `length` whose key is >= `key` (keys ascending). */
function lowerBound(keys: Float64Array, length: number, key: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
