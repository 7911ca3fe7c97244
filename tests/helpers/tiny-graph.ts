import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertValid, type DatasetFiles } from '../../server/model/dataset.js';
import { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { GRAPH_DATA } from './data-dir.js';

export interface TinyRelation {
  id?: string;
  type?: string;
  from: string;
  to: string;
  status?: 'reviewed' | 'extracted' | 'rejected';
  confidence?: number;
  pointInTime?: string;
  start?: string;
  end?: string;
}

/**
 * A small graph for exact assertions: entities named by id (kind Country unless given as "id:Kind"),
 * relations with one evidence sentence each in a generated source. Goes through real validation.
 */
export function tinyGraph(entityIds: string[], relations: TinyRelation[]): KnowledgeGraph {
  return KnowledgeGraph.fromDataset(assertValid(tinyFiles(entityIds, relations)));
}

export function tinyFiles(entityIds: string[], relations: TinyRelation[]): DatasetFiles {
  let text = '';
  const evidence = relations.map((r, i) => {
    const sentence = `Sentence ${i}: ${r.from} and ${r.to}.`;
    const start = text.length;
    text += sentence + '\n';
    return { source: 'tiny', quote: sentence, start, end: start + sentence.length };
  });
  const entities = entityIds.map((spec) => {
    const [id, kind] = spec.split(':');
    return { id, kind: kind ?? 'Country', label: id!.toUpperCase(), aliases: [] };
  });
  const rels = relations.map((r, i) => ({
    id: r.id ?? `r${i}`,
    type: r.type ?? 'trades_with',
    from: r.from,
    to: r.to,
    status: r.status ?? 'reviewed',
    confidence: r.confidence ?? 0.9,
    ...(r.pointInTime ? { pointInTime: r.pointInTime } : {}),
    ...(r.start ? { start: r.start } : {}),
    ...(r.end ? { end: r.end } : {}),
    evidence: [evidence[i]],
  }));
  return {
    vocabulary: { file: 'tiny/vocabulary.json', text: readFileSync(path.join(GRAPH_DATA, 'vocabulary.json'), 'utf8') },
    entityFiles: [{ file: 'tiny/entities/all.json', text: JSON.stringify({ entities }) }],
    relationFiles: [{ file: 'tiny/relations/all.json', text: JSON.stringify({ relations: rels }) }],
    sources: [
      {
        meta: { file: 'tiny/sources/tiny.json', text: JSON.stringify({ id: 'tiny', kind: 'reference', title: 'Tiny', language: 'en' }) },
        text: { file: 'tiny/sources/tiny.txt', text },
      },
    ],
  };
}
