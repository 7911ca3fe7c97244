import type { LogEntry } from './change-log.js';
import type { FileIndex } from '../file-index.js';
import type { Overlay } from '../overlay.js';
import { recordPlan } from '../record-plan.js';

/** Whether a commit can go to the change log: it writes entity and relation records only (no sources, reviews or vocabulary). */
export function loggable(overlay: Overlay): boolean {
  return overlay.sources.size === 0 && overlay.reviews.size === 0 && overlay.vocabularyAdditions.length === 0;
}

/**
 * The change-log entry of a commit (its records grouped by the file they belong in, see recordPlan),
 * and the file membership bookkeeping for applying the commit to the graph.
 */
export function logPlan(overlay: Overlay, files: FileIndex): { entry: LogEntry; install: () => void; relationFile: (id: string) => string | undefined } {
  const plan = recordPlan(overlay, files);
  const byFile = new Map<string, Array<[string, object | null]>>();
  for (const [id, file, record] of [...plan.entities, ...plan.relations]) (byFile.get(file) ?? byFile.set(file, []).get(file)!).push([id, record]);
  return { entry: [...byFile], install: plan.install, relationFile: plan.relationFile };
}
