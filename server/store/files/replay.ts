import type { FileText } from '../../model/dataset.js';
import type { Entity, Relation } from '../../model/records.js';
import type { LogEntry } from './change-log.js';
import { displayPath, ENTITIES_DIR } from '../layout.js';
import type { ReadResult } from '../read-files.js';
import { entitiesFileText, relationsFileText } from '../serialize.js';

/**
 * Applies change-log entries to the files of a folder as read, in memory, before they are validated:
 * each logged record replaces the one with its id in place, or is appended; null removes it. A file
 * the log names but the folder lacks starts empty. A file that is not valid JSON is left as it is,
 * so its validation error names it (a hand edit broke it; the log waits until it is fixed). Returns
 * the files the log writes to (paths relative to the folder), each with the ids it changed there.
 */
export function replayLog(read: ReadResult, dataDir: string, entries: LogEntry[]): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>();
  if (entries.length === 0) return touched;
  const patches = new Map<string, Array<[string, object | null]>>();
  for (const entry of entries) for (const [file, records] of entry) (patches.get(file) ?? patches.set(file, []).get(file)!).push(...records);
  for (const [rel, records] of patches) {
    touched.set(rel, new Set(records.map(([id]) => id)));
    const isEntities = rel.startsWith(`${ENTITIES_DIR}/`);
    const list = isEntities ? read.files.entityFiles : read.files.relationFiles;
    const display = displayPath(dataDir, rel);
    let target = list.find((f) => f.file === display);
    if (!target) {
      target = { file: display, text: isEntities ? entitiesFileText([]) : relationsFileText([]) };
      list.push(target);
      list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      read.relative.set(display, rel);
    }
    const rows = parseRecords(target, isEntities ? 'entities' : 'relations');
    if (!rows) continue;
    const at = new Map(rows.map((r, i) => [(r as { id?: unknown }).id, i]));
    for (const [id, record] of records) {
      const i = at.get(id);
      if (record === null) {
        if (i !== undefined) rows[i] = null;
        at.delete(id);
      } else if (i !== undefined) rows[i] = record;
      else at.set(id, rows.push(record) - 1);
    }
    const kept = rows.filter((r) => r !== null);
    target.text = isEntities ? entitiesFileText(kept as Entity[]) : relationsFileText(kept as Relation[]);
  }
  return touched;
}

function parseRecords(f: FileText, key: 'entities' | 'relations'): Array<object | null> | null {
  try {
    const json = JSON.parse(f.text) as Record<string, unknown>;
    return Array.isArray(json[key]) ? (json[key] as object[]) : null;
  } catch {
    return null;
  }
}
