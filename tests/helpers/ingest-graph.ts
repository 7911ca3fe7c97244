import { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { IngestError } from '../../server/ingest/errors.js';
import { assertValid } from '../../server/model/dataset.js';
import type { Entity } from '../../server/model/records.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { GRAPH_DATA } from './data-dir.js';

/** The real graph's entities (graph-data), as the ingest stages see them. */
export async function graphEntities(): Promise<Entity[]> {
  const kg = KnowledgeGraph.fromDataset(assertValid((await readDatasetFiles(GRAPH_DATA)).files));
  return [...kg.graph.nodes()].map((id) => kg.entity(id)!);
}

/** The IngestError a call throws (any other error is rethrown; no error fails the test). */
export function refusal(run: () => unknown): IngestError {
  try {
    run();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}
