import { MultiDirectedGraph } from 'graphology';
import { validateDataset } from '../../../server/model/dataset.js';
import { AliasIndex } from '../../../server/graph/aliases.js';
import { useDictionaryAdjacency } from '../../../server/graph/dictionary-adjacency.js';
import { KnowledgeGraph } from '../../../server/graph/knowledge-graph.js';
import { NodeNumbering } from '../../../server/graph/node-numbering.js';
import { RelationTable } from '../../../server/graph/relation-table.js';
import { SearchIndex } from '../../../server/graph/search.js';
import { NO_ATTRIBUTES, type CorridorGraph } from '../../../server/graph/types.js';
import { readDatasetFiles } from '../../../server/store/read-files.js';

export interface LoadPhase {
  name: string;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (user + system, GC included): steadier than wall time on a busy machine. */
  cpuMs?: number;
}

/**
 * Where Store.open's time goes, by doing its steps again one by one: read the files, validate them
 * (JSON parse + record schemas + rules), build the KnowledgeGraph; then, on that dataset, how long
 * each part of the build takes alone (graphology nodes and edges, the relation table, the alias and
 * search indices, the traversal index). A second copy of the graph is held meanwhile (memory is not
 * measured here). The search index's MiniSearch part is filled in the background, so it is timed by
 * forcing it with one full-text query.
 */
export async function loadBreakdown(dataDir: string): Promise<LoadPhase[]> {
  const phases: LoadPhase[] = [];
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const v = await fn();
    const cpu = process.cpuUsage(c0);
    phases.push({ name, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 });
    return v;
  };
  const { files } = await time('read files', () => readDatasetFiles(dataDir));
  await time('  of which: JSON.parse alone', () => {
    for (const f of [...files.entityFiles, ...files.relationFiles]) JSON.parse(f.text);
  });
  const result = await time('validate (JSON.parse, record schemas, rules)', () => validateDataset(files));
  if (!result.dataset) throw new Error('invalid dataset');
  const ds = result.dataset;
  const kg = await time('build KnowledgeGraph (all of it)', () => KnowledgeGraph.fromDataset(ds));
  const graph: CorridorGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  await time('  of which: graphology nodes', () => ds.entities.forEach((e) => graph.addNode(e.id, e)));
  const nodes = new NodeNumbering(graph, () => 0);
  useDictionaryAdjacency(graph);
  await time('  of which: graphology edges', () => ds.relations.forEach((r) => graph.addEdgeWithKey(r.id, r.from, r.to, NO_ATTRIBUTES)));
  const table = new RelationTable(ds.sources, graph);
  table.reserve(ds.relations.length);
  await time('  of which: relation table', () => ds.relations.forEach((r) => table.set(r, nodes.index.get(r.from)!, nodes.index.get(r.to)!)));
  await time('  of which: AliasIndex', () => new AliasIndex(ds.entities));
  const search = await time('  of which: SearchIndex (name table; MiniSearch later)', () => new SearchIndex(ds.entities, kg.aliases));
  await time('  MiniSearch, filled in the background after load', () => search.search('zzzz qqqq', { first: 1, kindOf: () => undefined }));
  await time('  of which: CompactIndex (also rebuilt after every commit)', () => kg.refresh());
  return phases;
}
