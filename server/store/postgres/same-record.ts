/**
 * Whether two records are the same data, whatever the order of their keys: a replica's record
 * (rebuilt from the graph's columns) against the row's text (as a file or another replica wrote it).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with every object's keys sorted (undefined values left out, as JSON.stringify does). */
export function stableJson(v: unknown): string {
  return stable(v);
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
