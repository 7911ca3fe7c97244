import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GRAPH_DATA = path.join(ROOT, 'graph-data');

/** A private copy of graph-data (named graph-data, as messages show it) that a test may change freely. */
export function copyOfGraphData(): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'corridor-test-'));
  const dir = path.join(parent, 'graph-data');
  cpSync(GRAPH_DATA, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
