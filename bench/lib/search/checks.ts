import { foldText } from '../../../server/model/ids.js';
import type { Entity } from '../../../server/model/records.js';
import type { Searcher } from './indices.js';
import type { SearchGraphResult } from './result.js';

/** At most this many disagreeing names are kept as examples. */
const EXAMPLES = 5;

/**
 * Compares the top-10 hits of today's index and ours for every sampled full name (a label or an
 * alias): identical lists, same first hit, same set. Names of up to 3 letters are counted apart:
 * ours answers them from the name table, so only their first hit (the exact name) must agree.
 */
export function agreement(names: readonly string[], today: Searcher, ours: Searcher): SearchGraphResult['agreement'] {
  const a = { names: names.length, identicalTop10: 0, sameTop1: 0, sameSetTop10: 0, shortNames: 0, examples: [] as string[] };
  for (const name of names) {
    const before = today(name);
    const after = ours(name);
    if (foldText(name).length <= 3) a.shortNames++;
    const identical = before.length === after.length && before.every((id, i) => id === after[i]);
    if (identical) a.identicalTop10++;
    else if (a.examples.length < EXAMPLES) {
      const at = before.findIndex((id, i) => id !== after[i]);
      const from = at < 0 ? before.length : at;
      a.examples.push(`${JSON.stringify(name)}: from hit ${from + 1}, today ${before.slice(from).join(', ') || '(none)'}; ours ${after.slice(from).join(', ') || '(none)'}`);
    }
    if (before[0] === after[0]) a.sameTop1++;
    const set = new Set(before);
    if (before.length === after.length && after.every((id) => set.has(id))) a.sameSetTop10++;
  }
  return a;
}

/**
 * How often the first hit of a 3-letter prefix is an entity whose label starts with it, among the
 * prefixes some label starts with (the explorer's search-as-you-type: "kaz" should offer Kazakhstan).
 */
export function prefixFirst(prefixes: readonly string[], entities: readonly Entity[], today: Searcher, ours: Searcher): SearchGraphResult['prefixFirst'] {
  const labels = new Map(entities.map((e) => [e.id, foldText(e.label)]));
  const folded = [...labels.values()];
  const r = { queries: prefixes.length, withLabelMatch: 0, ours: 0, today: 0 };
  for (const prefix of new Set(prefixes.map(foldText))) {
    const times = prefixes.filter((p) => foldText(p) === prefix).length;
    if (!folded.some((l) => l.startsWith(prefix))) continue;
    r.withLabelMatch += times;
    const startsWith = (hits: string[]) => hits[0] !== undefined && labels.get(hits[0])!.startsWith(prefix);
    if (startsWith(ours(prefix))) r.ours += times;
    if (startsWith(today(prefix))) r.today += times;
  }
  return r;
}
