import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../model/dataset.js';
import type { ValidationIssue } from '../model/issues.js';
import type { Source } from '../model/records.js';
import { displayPath, sourceMetaFile, sourceOriginalFile } from './layout.js';

/**
 * Checks the original document kept beside each ingested source (HTML, Markdown): it is there and
 * still has the recorded SHA-256. Only sources with an `original` are read, so this costs one file
 * read per ingested HTML or Markdown source.
 */
export async function checkOriginals(dataDir: string, sources: Iterable<Source>): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  for (const s of sources) {
    if (!s.original) continue;
    const file = displayPath(dataDir, sourceMetaFile(s.id));
    let content: string;
    try {
      content = await readFile(path.join(dataDir, sourceOriginalFile(s.original.file)), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      issues.push({ code: 'MISSING_TEXT', file, path: '$.original.file', message: `the original "${s.original.file}" of source "${s.id}" is missing beside its metadata` });
      continue;
    }
    if (sha256(content) !== s.original.sha256) {
      issues.push({ code: 'TEXT_CHANGED', file, path: '$.original.sha256', message: `the original "${s.original.file}" no longer matches the recorded sha256 (it is now ${sha256(content)})` });
    }
  }
  return issues;
}
