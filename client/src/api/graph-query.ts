import type { ExplorerGraphQuery as ExplorerGraphData } from './generated/graphql.js';
import { ExplorerGraphDocument } from './generated/graphql.js';

/** Most entities the explorer asks for in JSON (the server's default maxGraphLimit). */
export const GRAPH_LIMIT = 20_000;

/**
 * Above either count (the whole graph, from /healthz) the explorer reads the binary answer: one
 * request, a tenth of the JSON's bytes, decoded without a JSON parse. Below, the JSON answer costs
 * nothing noticeable and is the API every other client uses.
 */
export const LARGE_GRAPH = { entities: 5_000, relations: 25_000 };

/** The binary answer for the explorer's filter; without a limit the server sends up to its maxGraphLimit. */
export const GRAPH_BINARY_URL = '/graph.bin?status=reviewed,extracted,rejected';

/** The JSON body of the explorer's graph query, as sent by the client and by index.html's preload. */
export const graphRequestBody = (): string => JSON.stringify({ query: ExplorerGraphDocument.toString(), variables: { limit: GRAPH_LIMIT } });

/** What index.html's early fetch leaves: the JSON answer, or the binary one. */
export type PreloadedGraph = { json: { data?: ExplorerGraphData; errors?: unknown[] } } | { binary: ArrayBuffer };

/**
 * The inline script index.html starts with (see vite.config.ts): asks /healthz how large the graph
 * is, then fetches the binary answer or the JSON one, while the bundle downloads and parses. Plain
 * ES5, no imports: it runs before anything else. Any failure leaves null.
 */
export function preloadScript(): string {
  const json =
    `fetch('/graphql',{method:'POST',headers:{'content-type':'application/json',accept:'application/graphql-response+json, application/json'},` +
    `body:${JSON.stringify(graphRequestBody())}}).then(function(r){return r.json()}).then(function(j){return {json:j}})`;
  const binary = `fetch(${JSON.stringify(GRAPH_BINARY_URL)}).then(function(r){return r.ok?r.arrayBuffer().then(function(b){return {binary:b}}):null})`;
  return (
    `window.__corridorGraph=fetch('/healthz').then(function(r){return r.json()}).then(function(h){` +
    `return h.entities>${LARGE_GRAPH.entities}||h.relations>${LARGE_GRAPH.relations}?${binary}:${json}}).catch(function(){return null});`
  );
}

/**
 * The first load takes the preload's answer, once. Null when there is none or it failed (the caller
 * then asks again, through the normal client and its error handling).
 */
export async function takePreloadedGraph(): Promise<PreloadedGraph | null> {
  const w = window as unknown as { __corridorGraph?: Promise<PreloadedGraph | null> };
  const preload = w.__corridorGraph;
  delete w.__corridorGraph;
  if (!preload) return null;
  const answer = await preload;
  if (!answer) return null;
  if ('binary' in answer) return answer;
  return !answer.json.errors && answer.json.data ? answer : null;
}
