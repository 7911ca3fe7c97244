import { validateDataset } from '../../../server/model/dataset.js';
import { AliasIndex } from '../../../server/graph/aliases.js';
import { KnowledgeGraph } from '../../../server/graph/knowledge-graph.js';
import { SearchIndex } from '../../../server/graph/search.js';
import { readDatasetFiles } from '../../../server/store/read-files.js';

export interface LoadPhase {
  name: string;
  ms: number;
}

/**
 * Where Store.open's time goes, by doing its steps again one by one: read the files, validate them
 * (JSON parse + zod + rules), build the KnowledgeGraph; then, on that graph, how long each of its
 * indices takes to build alone. A second copy of the graph is held meanwhile (memory is not measured here).
 */
export async function loadBreakdown(dataDir: string): Promise<LoadPhase[]> {
  const phases: LoadPhase[] = [];
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const v = await fn();
    phases.push({ name, ms: performance.now() - t0 });
    return v;
  };
  const { files } = await time('read files', () => readDatasetFiles(dataDir));
  const result = await time('validate (JSON.parse, zod, rules)', () => validateDataset(files));
  if (!result.dataset) throw new Error('invalid dataset');
  const ds = result.dataset;
  const kg = await time('build KnowledgeGraph (all of it)', () => KnowledgeGraph.fromDataset(ds));
  await time('  of which: AliasIndex', () => new AliasIndex(ds.entities));
  await time('  of which: SearchIndex (MiniSearch)', () => new SearchIndex(ds.entities, kg.aliases));
  await time('  of which: CompactIndex (also rebuilt after every commit)', () => kg.refresh());
  return phases;
}
