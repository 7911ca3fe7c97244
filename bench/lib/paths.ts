import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the data folders the benchmark uses. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTICLE_GRAPH = path.join(ROOT, 'graph-data');
export const VOCABULARY = path.join(ARTICLE_GRAPH, 'vocabulary.json');
export const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');

/** A bench module run as a child process (with tsx). */
export const benchFile = (rel: string) => path.join(ROOT, 'bench', rel);
