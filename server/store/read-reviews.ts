import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { issueAt, parseWith, suggestion, type Place } from '../model/rules.js';
import { JsonLocator } from '../model/locate.js';
import type { ValidationIssue } from '../model/issues.js';
import { displayPath, REVIEWS_DIR } from './layout.js';
import { ReviewEntryRecord, ReviewLog, ReviewsFile } from './review-log.js';

/**
 * Reads every `reviews/<source-id>.json` of a data folder into a ReviewLog. Issues name the file,
 * JSON path and line: invalid JSON, an entry that breaks the schema, a file for an unknown source,
 * an entry id used twice.
 */
export async function readReviewLog(dataDir: string, sourceIds: ReadonlySet<string>): Promise<{ log: ReviewLog } | { issues: ValidationIssue[] }> {
  let names: string[] = [];
  try {
    names = (await readdir(path.join(dataDir, REVIEWS_DIR))).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const log = new ReviewLog();
  const issues: ValidationIssue[] = [];
  for (const name of names) {
    const rel = `${REVIEWS_DIR}/${name}`;
    const file = displayPath(dataDir, rel);
    const text = await readFile(path.join(dataDir, rel), 'utf8');
    const place: Place = { file, path: [], locator: new JsonLocator(text) };
    const source = name.replace(/\.json$/, '');
    if (!sourceIds.has(source)) {
      issues.push(issueAt(place, 'UNKNOWN_ID', `review log for unknown source "${source}"${suggestion(source, sourceIds)} (the file name names the source)`));
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      issues.push({ code: 'PARSE_ERROR', file, path: '$', message: `invalid JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = parseWith(ReviewsFile, raw, place);
    if ('issues' in parsed) {
      issues.push(...parsed.issues);
      continue;
    }
    parsed.value.reviews.forEach((item, i) => {
      const at: Place = { ...place, path: ['reviews', i] };
      const entry = parseWith(ReviewEntryRecord, item, at);
      if ('issues' in entry) issues.push(...entry.issues);
      else if (log.get(entry.value.id)) issues.push(issueAt(at, 'DUPLICATE_ID', `review entry id "${entry.value.id}" is already used`, ['id']));
      else log.put({ ...entry.value, source });
    });
  }
  return issues.length > 0 ? { issues } : { log };
}
