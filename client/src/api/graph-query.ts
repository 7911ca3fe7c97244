import type { ExplorerGraphQuery as ExplorerGraphData } from './generated/graphql.js';
import { ExplorerGraphDocument } from './generated/graphql.js';

/** Most entities the explorer asks for (the server's default maxGraphLimit). */
export const GRAPH_LIMIT = 20_000;

/** The JSON body of the explorer's graph query, as sent by the client and by index.html's preload. */
export const graphRequestBody = (): string => JSON.stringify({ query: ExplorerGraphDocument.toString(), variables: { limit: GRAPH_LIMIT } });

/**
 * index.html starts the graph query from an inline script while the bundle downloads (see
 * vite.config.ts); the first load takes its answer, once. Null when there is none or it failed (the
 * caller then asks again, through the normal client and its error handling).
 */
export async function takePreloadedGraph(): Promise<ExplorerGraphData | null> {
  const w = window as unknown as { __corridorGraph?: Promise<{ data?: ExplorerGraphData; errors?: unknown[] } | null> };
  const preload = w.__corridorGraph;
  delete w.__corridorGraph;
  if (!preload) return null;
  const body = await preload;
  return body && !body.errors && body.data ? body.data : null;
}
