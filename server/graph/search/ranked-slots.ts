/**
 * The best `limit` entries seen so far, by ascending rank, at most one per slot (an entity can match
 * through its label and several aliases; its best match counts). Ties keep the entry offered first.
 * Hand-written: a top-k buffer this small (k is a page of hits) is a few lines, and it must also
 * replace an entity's weaker match by a stronger one, which a plain heap does not do.
 */
export class RankedSlots {
  readonly slots: number[] = [];
  readonly ranks: number[] = [];

  constructor(private readonly limit: number) {}

  /** True when an entry of this rank could no longer get in (check before any costly test of it). */
  excludes(rank: number): boolean {
    return this.slots.length >= this.limit && rank >= this.ranks[this.ranks.length - 1]!;
  }

  offer(slot: number, rank: number): void {
    if (this.limit <= 0 || this.excludes(rank)) return;
    const seen = this.slots.indexOf(slot);
    if (seen >= 0) {
      if (this.ranks[seen]! <= rank) return;
      this.slots.splice(seen, 1);
      this.ranks.splice(seen, 1);
    }
    let at = this.ranks.length;
    while (at > 0 && this.ranks[at - 1]! > rank) at--;
    this.slots.splice(at, 0, slot);
    this.ranks.splice(at, 0, rank);
    if (this.slots.length > this.limit) {
      this.slots.pop();
      this.ranks.pop();
    }
  }
}
