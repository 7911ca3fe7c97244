import { computeDerived } from '../../graph/derived.js';
import { DerivedView } from '../../graph/derived-view.js';
import { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { validateDataset } from '../../model/dataset.js';
import { DataValidationError } from '../../model/issues.js';
import { readDatasetFiles } from '../../store/read-files.js';

/**
 * A data folder as a graph to export, read only (no journal recovery, no watcher): validated as the
 * server validates it, with the server's layout positions computed when `layout` is set (the same
 * deterministic computation, so x/y match what the server answers); otherwise positions are the
 * seed positions the server shows before its layout lands.
 */
export async function loadGraphForExport(dataDir: string, opts: { layout: boolean }): Promise<KnowledgeGraph> {
  const { files } = await readDatasetFiles(dataDir);
  const result = validateDataset(files);
  if (!result.dataset) throw new DataValidationError(result.issues);
  const kg = KnowledgeGraph.fromDataset(result.dataset);
  if (opts.layout) {
    const ix = kg.index;
    kg.derived = new DerivedView(computeDerived({ nodeIds: ix.nodeIds, edgeSrc: ix.edgeSrc, edgeDst: ix.edgeDst }), kg.version);
  }
  return kg;
}
