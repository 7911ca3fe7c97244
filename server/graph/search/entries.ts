/**
 * Parallel typed columns of the name prefix table's entries (prefix key, entity slot, rank) that
 * grow like an array. Typed columns keep 100k+ entries out of the garbage collector's way.
 */
export class Entries {
  keys: Float64Array;
  slots: Int32Array;
  ranks: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
    this.ranks = new Int32Array(capacity);
  }

  push(key: number, slot: number, rank: number): void {
    if (this.length === this.keys.length) this.grow();
    this.keys[this.length] = key;
    this.slots[this.length] = slot;
    this.ranks[this.length++] = rank;
  }

  /** The entries in ascending key order (equal keys in their present order), slots mapped through `slotMap`, those mapped to -1 left out. */
  sorted(slotMap: Int32Array): Entries {
    let live = 0;
    for (let i = 0; i < this.length; i++) if (slotMap[this.slots[i]!]! >= 0) live++;
    const order = sortedOrder(this.keys, this.length);
    const out = new Entries(live);
    for (let i = 0; i < this.length; i++) {
      const from = order[i]!;
      const slot = slotMap[this.slots[from]!]!;
      if (slot >= 0) out.push(this.keys[from]!, slot, this.ranks[from]!);
    }
    return out;
  }

  /** These entries followed by those of `other`. */
  concat(other: Entries): Entries {
    const out = new Entries(this.length + other.length);
    out.keys.set(this.keys.subarray(0, this.length));
    out.keys.set(other.keys.subarray(0, other.length), this.length);
    out.slots.set(this.slots.subarray(0, this.length));
    out.slots.set(other.slots.subarray(0, other.length), this.length);
    out.ranks.set(this.ranks.subarray(0, this.length));
    out.ranks.set(other.ranks.subarray(0, other.length), this.length);
    out.length = this.length + other.length;
    return out;
  }

  private grow(): void {
    const capacity = Math.max(16, this.keys.length * 2);
    const keys = new Float64Array(capacity);
    keys.set(this.keys);
    const slots = new Int32Array(capacity);
    slots.set(this.slots);
    const ranks = new Int32Array(capacity);
    ranks.set(this.ranks);
    this.keys = keys;
    this.slots = slots;
    this.ranks = ranks;
  }
}

/**
 * The positions of the first `n` keys in ascending key order, equal keys in their given order: a
 * counting sort over the distinct keys (a few thousand first-three-letter prefixes), several times
 * faster at load than a comparison sort of every entry.
 */
function sortedOrder(keys: Float64Array, n: number): Int32Array {
  const dense = new Map<number, number>();
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let g = dense.get(keys[i]!);
    if (g === undefined) dense.set(keys[i]!, (g = dense.size));
    group[i] = g;
  }
  const counts = new Int32Array(dense.size);
  for (let i = 0; i < n; i++) counts[group[i]!]!++;
  const place = new Int32Array(dense.size);
  let at = 0;
  for (const key of Float64Array.from(dense.keys()).sort()) {
    const g = dense.get(key)!;
    place[g] = at;
    at += counts[g]!;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[place[group[i]!]!++] = i;
  return order;
}
