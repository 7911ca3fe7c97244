import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Entity } from '../../model/records.js';
import type { FileWrite } from './commit.js';
import type { FileIndex } from '../file-index.js';
import { recordFileText, type OwnTexts } from './fold.js';
import { reviewsFile, sourceMetaFile, sourceOriginalFile, sourceTextFile, VOCABULARY_FILE } from '../layout.js';
import type { Overlay } from '../overlay.js';
import { touch } from '../record-plan.js';
import { withVocabularyAdditions } from '../vocabulary-additions.js';
import { reviewsFileText, type ReviewEntry } from '../review-log.js';
import { sourceMetaText } from '../serialize.js';

/** Lets queued requests run between two files: serialising a large relation file takes tens of ms. */
const yieldToReaders = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The files a set of pending changes rewrites, with their full new content, and a function that
 * records the new file membership once the commit is durable. Only touched files are written.
 * Reads keep being served between files; they see the graph before the change, which is not applied
 * until the files are durable. With `texts`, record files the store wrote itself are patched
 * (only the changed records serialised) rather than serialised whole.
 */
export async function filesToWrite(overlay: Overlay, files: FileIndex, dataDir?: string, texts?: OwnTexts): Promise<{ writes: FileWrite[]; install: () => void; relationFile: (id: string) => string | undefined }> {
  const entityFiles = touch(files.entityFiles, overlay.entities, (id) => files.entityFileOf(id), (e: Entity) => files.newEntityFile(e.kind));
  const { relationFiles, newRelationFile } = touchRelations(overlay, files);
  const writes: FileWrite[] = [];
  const changedEntities = new Set(overlay.entities.keys());
  const changedRelations = new Set(overlay.relations.keys());
  for (const [file, ids] of entityFiles) writes.push({ rel: file, content: await recordFileText(file, [...ids], changedEntities, (id) => overlay.entity(id)!, texts) });
  for (const [file, ids] of relationFiles) {
    await yieldToReaders();
    writes.push({ rel: file, content: await recordFileText(file, ids, changedRelations, (id) => overlay.relation(id)!, texts) });
  }
  if (overlay.vocabularyAdditions.length > 0 && dataDir) writes.push({ rel: VOCABULARY_FILE, content: await vocabularyText(overlay, dataDir) });
  const newSources = [...overlay.sources.values()];
  for (const s of newSources) {
    writes.push({ rel: sourceTextFile(s.id), content: s.text });
    writes.push({ rel: sourceMetaFile(s.id), content: sourceMetaText(s) });
    const original = overlay.originals.get(s.id);
    if (original !== undefined && s.original) writes.push({ rel: sourceOriginalFile(s.original.file), content: original });
  }
  for (const [source, entries] of touchedReviewLogs(overlay)) writes.push({ rel: reviewsFile(source), content: reviewsFileText(entries) });
  return {
    writes,
    install: () => {
      for (const [file, ids] of entityFiles) files.entityFiles.set(file, ids);
      for (const s of newSources) files.sourceFiles.set(s.id, sourceMetaFile(s.id));
    },
    relationFile: (id) => newRelationFile.get(id),
  };
}

/** Relation files a change touches, with their new id lists: rows kept in place, new relations appended, deleted ones dropped. */
function touchRelations(overlay: Overlay, files: FileIndex): { relationFiles: Map<string, string[]>; newRelationFile: Map<string, string> } {
  const table = overlay.base.relations;
  const touched = new Set<string>();
  const newRelationFile = new Map<string, string>();
  for (const [id, r] of overlay.relations) {
    const row = table.row(id);
    if (row !== undefined) touched.add(table.fileAt(row) ?? files.newRelationFile(table.get(id)!.evidence[0]!.source));
    else if (r) {
      const file = files.newRelationFile(r.evidence[0]!.source);
      newRelationFile.set(id, file);
      touched.add(file);
    }
  }
  const relationFiles = new Map<string, string[]>();
  for (const file of touched) {
    const kept = table.idsInFile(file).filter((id) => overlay.relations.get(id) !== null);
    const added = [...newRelationFile].filter(([, f]) => f === file).map(([id]) => id);
    relationFiles.set(file, [...kept, ...added]);
  }
  return { relationFiles, newRelationFile };
}

/** Each source log a change writes to, with its full new list: entries kept in order (undone ones replaced), new ones appended. */
function touchedReviewLogs(overlay: Overlay): Map<string, ReviewEntry[]> {
  const logs = new Map<string, ReviewEntry[]>();
  for (const e of overlay.reviews.values()) {
    if (!logs.has(e.source)) logs.set(e.source, overlay.reviewLog.ofSource(e.source).map((prior) => overlay.reviews.get(prior.id) ?? prior));
  }
  for (const e of overlay.reviews.values()) if (!overlay.reviewLog.get(e.id)) logs.get(e.source)!.push(e);
  return logs;
}

/** vocabulary.json with the additions appended to their lists, the rest of the file untouched. */
async function vocabularyText(overlay: Overlay, dataDir: string): Promise<string> {
  return withVocabularyAdditions(await readFile(path.join(dataDir, VOCABULARY_FILE), 'utf8'), overlay.vocabularyAdditions);
}
