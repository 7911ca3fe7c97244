import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'igraph-load.py');

/** What igraph-load.py prints: reading the edge list, building the graph, both. */
export interface IgraphLoad {
  readSeconds: number;
  buildSeconds: number;
  totalSeconds: number;
  vertices: number;
  edges: number;
}

/** Whether Debian's python3-igraph is there; the reason it is not, otherwise. */
export async function igraphMissing(): Promise<string | null> {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  try {
    await promisify(execFile)(PYTHON, ['-c', 'import igraph']);
    return null;
  } catch {
    return `${PYTHON} cannot import igraph (apt-get install python3-igraph)`;
  }
}

/** igraph building the same directed edge list as the data folder's relations (bench/lib/scale/igraph-load.py). */
export async function igraphLoad(dataDir: string): Promise<IgraphLoad> {
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, dataDir], { maxBuffer: 1 << 20, timeout: 1_800_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as IgraphLoad;
}
