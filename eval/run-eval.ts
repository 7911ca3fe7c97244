import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeGraph } from '../server/graph/knowledge-graph.js';
import { assertValid } from '../server/model/dataset.js';
import { ingestText } from '../server/ingest/pipeline.js';
import { goldSetNames, loadGoldSet, type GoldSet } from './gold-sets.js';
import { scoreSet, type SetScore } from './metrics.js';

const VOCABULARY = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'graph-data', 'vocabulary.json');

/** A graph with the project's vocabulary and nothing else: no entities, relations or sources. */
export function emptyGraph(vocabularyFile = VOCABULARY): KnowledgeGraph {
  const vocabulary = { file: path.relative(process.cwd(), vocabularyFile), text: readFileSync(vocabularyFile, 'utf8') };
  return KnowledgeGraph.fromDataset(assertValid({ vocabulary, entityFiles: [], relationFiles: [], sources: [] }));
}

export interface SetResult {
  set: string;
  title: string;
  /** Never tuned on: its figures measure generalisation (see GoldFile.heldOut). */
  heldOut: boolean;
  score: SetScore;
}

/**
 * Runs the real pipeline on one gold set's text as if it were new — against an empty graph, so it
 * links through its shipped gazetteer and proposes the rest — and scores its report.
 */
export function evaluateSet(set: GoldSet, kg = emptyGraph()): SetResult {
  const { report } = ingestText(kg, set.text, { ...set.gold.source, id: set.name });
  const symmetric = (type: string) => kg.vocabulary.types.get(type)?.symmetric ?? false;
  return { set: set.name, title: set.gold.source.title, heldOut: set.gold.heldOut, score: scoreSet(set.text, set.gold, report, symmetric) };
}

/** Loads (and validates) the named gold sets, every set when none is named, and evaluates each. */
export function evaluateGold(names?: string[]): SetResult[] {
  const kg = emptyGraph();
  const chosen = names && names.length > 0 ? names : goldSetNames();
  return chosen.map((name) => evaluateSet(loadGoldSet(name, kg.vocabulary), kg));
}
