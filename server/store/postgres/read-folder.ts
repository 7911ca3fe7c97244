import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256, validateDataset, type ValidDataset } from '../../model/dataset.js';
import { DataValidationError } from '../../model/issues.js';
import { checkOriginals } from '../check-originals.js';
import { sourceOriginalFile } from '../layout.js';
import { readDatasetFiles } from '../read-files.js';
import { readReviewLog } from '../read-reviews.js';
import type { ReviewEntry } from '../review-log.js';

/** A validated data folder as rows: each record as the file holds it, with its file and place. */
export interface FolderRows {
  dataset: ValidDataset;
  vocabulary: string;
  entities: Array<{ id: string; kind: string; status: string | null; file: string; ord: number; record: string }>;
  relations: Array<{ id: string; type: string; from: string; to: string; status: string; confidence: number | null; file: string; ord: number; record: string; sources: string[] }>;
  sources: Array<{ id: string; meta: string; text: string; sha256: string; originalFile: string | null; original: string | null }>;
  reviews: Array<{ id: string; source: string; relation: string; ord: number; record: string }>;
}

/**
 * Reads and validates a data folder (the same checks as the server's start and `npm run validate`;
 * DataValidationError names file, line and field), and turns it into rows. Records are kept exactly as
 * the files hold them, so exporting them prints the same files again.
 */
export async function readFolderRows(dataDir: string): Promise<FolderRows> {
  const { files, relative } = await readDatasetFiles(dataDir);
  const result = validateDataset(files);
  if (!result.dataset) throw new DataValidationError(result.issues);
  const dataset = result.dataset;
  const reviewLog = await readReviewLog(dataDir, new Set(dataset.sources.keys()));
  if ('issues' in reviewLog) throw new DataValidationError(reviewLog.issues);
  const originalIssues = await checkOriginals(dataDir, dataset.sources.values());
  if (originalIssues.length > 0) throw new DataValidationError(originalIssues);
  const rel = (display: string) => relative.get(display) ?? display;

  const entities: FolderRows['entities'] = [];
  for (const f of files.entityFiles) {
    (JSON.parse(f.text).entities as Array<Record<string, unknown>>).forEach((e, ord) =>
      entities.push({ id: e.id as string, kind: e.kind as string, status: (e.status as string | undefined) ?? null, file: rel(f.file), ord, record: JSON.stringify(e) }),
    );
  }
  const relations: FolderRows['relations'] = [];
  for (const f of files.relationFiles) {
    (JSON.parse(f.text).relations as Array<Record<string, unknown>>).forEach((r, ord) =>
      relations.push({
        id: r.id as string,
        type: r.type as string,
        from: r.from as string,
        to: r.to as string,
        status: r.status as string,
        confidence: (r.confidence as number | undefined) ?? null,
        file: rel(f.file),
        ord,
        record: JSON.stringify(r),
        sources: (r.evidence as Array<{ source: string }>).map((e) => e.source),
      }),
    );
  }
  const sources: FolderRows['sources'] = [];
  for (const s of files.sources) {
    const meta = dataset.sources.get((JSON.parse(s.meta.text) as { id: string }).id)!;
    const original = meta.original ? await readFile(path.join(dataDir, sourceOriginalFile(meta.original.file)), 'utf8') : null;
    sources.push({ id: meta.id, meta: s.meta.text, text: s.text!.text, sha256: meta.sha256 ?? sha256(s.text!.text), originalFile: meta.original?.file ?? null, original });
  }
  const reviews: FolderRows['reviews'] = [];
  for (const source of [...dataset.sources.keys()].sort()) {
    reviewLog.log.ofSource(source).forEach((entry: ReviewEntry, ord) => {
      const { source: _source, ...record } = entry;
      reviews.push({ id: entry.id, source, relation: entry.relation, ord, record: JSON.stringify(record) });
    });
  }
  return { dataset, vocabulary: files.vocabulary.text, entities, relations, sources, reviews };
}
