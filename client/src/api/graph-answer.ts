import { fillGraph, type CorridorGraph, type KindInfo, type TypeInfo, type Vocabulary } from '../graph/graph-model.js';
import { fillGraphFromBinary } from '../graph/binary-graph.js';
import { ApiError, request } from './client.js';
import { decodeGraphBinary } from './graph-binary.js';
import { GRAPH_BINARY_URL, GRAPH_LIMIT, LARGE_GRAPH, takePreloadedGraph, type PreloadedGraph } from './graph-query.js';
import { ExplorerGraphQuery } from './operations.js';

/** The graph the explorer draws, from either answer: what it needs beside it, and how to put it in a graphology graph. */
export interface GraphAnswer {
  truncated: boolean;
  vocabulary: { entityKinds: KindInfo[]; relationTypes: TypeInfo[]; statuses: string[] };
  /** Replaces `graph`'s contents with the answer's entities and relations. */
  fill(graph: CorridorGraph, vocab: Vocabulary): void;
}

/**
 * The explorer's graph: the preloaded answer on the first load, else the binary answer when the
 * graph is large (by /healthz's counts), else the JSON query. Failures are ApiErrors.
 */
export async function loadGraphAnswer(first: boolean): Promise<GraphAnswer> {
  const preloaded = first ? await takePreloadedGraph() : null;
  if (preloaded) return answerOf(preloaded);
  if (await graphIsLarge()) return answerOf({ binary: await fetchBinaryGraph() });
  return answerOf({ json: { data: await request(ExplorerGraphQuery, { limit: GRAPH_LIMIT }) } });
}

function answerOf(p: PreloadedGraph): GraphAnswer {
  if ('binary' in p) {
    const g = decodeGraphBinary(p.binary);
    return { truncated: g.header.truncated, vocabulary: g.header.vocabulary, fill: (graph, vocab) => fillGraphFromBinary(graph, g, vocab) };
  }
  const data = p.json.data!;
  return { truncated: data.graph.truncated, vocabulary: data.vocabulary, fill: (graph, vocab) => fillGraph(graph, data.graph.entities, data.graph.relations, vocab) };
}

/** Whether the whole graph is past LARGE_GRAPH; false when /healthz cannot say (the JSON query then reports any failure). */
async function graphIsLarge(): Promise<boolean> {
  try {
    const h = (await (await fetch('/healthz')).json()) as { entities?: number; relations?: number };
    return (h.entities ?? 0) > LARGE_GRAPH.entities || (h.relations ?? 0) > LARGE_GRAPH.relations;
  } catch {
    return false;
  }
}

/** GETs the binary answer; errors come back as JSON in GraphQL's shape, turned into ApiErrors. */
async function fetchBinaryGraph(): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(GRAPH_BINARY_URL);
  } catch (e) {
    throw new ApiError('network', [(e as Error).message]);
  }
  if (response.ok) return response.arrayBuffer();
  const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
  const wait = Number.isFinite(retryAfter) ? retryAfter : null;
  const body = (await response.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null;
  throw new ApiError('http', body?.errors?.map((e) => e.message) ?? [], response.status, [], wait);
}
