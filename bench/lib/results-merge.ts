import { existsSync, readFileSync } from 'node:fs';

/** The key of bench/results.json each section writes (the modular sections write under their own name). */
const KEY_OF: Record<string, string> = { load: 'inproc', throughput: 'throughput', writes: 'writes', export: 'export', ingest: 'ingest', import: 'import' };

/**
 * This run's results, plus the results of sections it did not run taken from the previous results file,
 * so that `--only=cluster` adds its section instead of wiping the others. The kept ones are listed
 * under `earlier` with the date of the run that measured them.
 */
export function mergeWithEarlier(file: string, fresh: Record<string, unknown>, ran: Set<string>): Record<string, unknown> {
  if (!existsSync(file)) return fresh;
  let previous: Record<string, unknown>;
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return fresh; // an unreadable earlier file (a run cut short) is replaced
  }
  const measured = new Set([...ran].map((s) => KEY_OF[s] ?? s));
  const earlierDate = (previous.machine as { date?: string } | undefined)?.date ?? null;
  const kept: Record<string, string | null> = { ...((previous.earlier as Record<string, string | null> | undefined) ?? {}) };
  const merged: Record<string, unknown> = { ...fresh };
  for (const key of [...Object.values(KEY_OF), ...Object.keys(previous)]) {
    if (measured.has(key) || ['machine', 'loadAtEnd', 'options', 'totalSeconds', 'earlier'].includes(key)) continue;
    const value = previous[key];
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    if (empty) continue;
    merged[key] = value;
    kept[key] ??= earlierDate;
  }
  for (const key of measured) delete kept[key];
  return Object.keys(kept).length > 0 ? { ...merged, earlier: kept } : merged;
}
