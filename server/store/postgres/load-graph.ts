import { validateDataset } from '../../model/dataset.js';
import type { ValidationIssue } from '../../model/issues.js';
import { parseWith } from '../../model/rules.js';
import { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { FileIndex } from '../file-index.js';
import { ReviewEntryRecord, ReviewLog } from '../review-log.js';
import { dbPath, type DbSnapshot } from './load.js';

export interface LoadedGraph {
  kg: KnowledgeGraph;
  files: FileIndex;
  reviews: ReviewLog;
  vocabulary: string;
}

/**
 * Builds the graph from a database snapshot by the same path as from a folder: every record through
 * the validator (which the database's constraints should make a formality, but a hand-edited row is
 * reported, file and field, as a hand-edited file is), then the KnowledgeGraph.
 */
export function graphFromSnapshot(snapshot: DbSnapshot): LoadedGraph | { issues: ValidationIssue[] } {
  const result = validateDataset(snapshot.files);
  if (!result.dataset) return { issues: result.issues };
  const reviews = new ReviewLog();
  const issues: ValidationIssue[] = [];
  snapshot.reviews.forEach(({ source, record }, i) => {
    const entry = parseWith(ReviewEntryRecord, record, { file: dbPath(`reviews/${source}.json`), path: ['reviews', i] });
    if ('issues' in entry) issues.push(...entry.issues);
    else reviews.put({ ...entry.value, source });
  });
  if (issues.length > 0) return { issues };
  const relationFiles = result.dataset.relationFileOf.map((f) => snapshot.relative.get(f) ?? f);
  return {
    kg: KnowledgeGraph.fromDataset(result.dataset, relationFiles),
    files: new FileIndex(result.dataset, snapshot.relative),
    reviews,
    vocabulary: snapshot.files.vocabulary.text,
  };
}
