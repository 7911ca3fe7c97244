import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { CompiledFilter } from '../../../server/graph/filter.js';
import { shortestPaths } from '../../../server/graph/paths.js';
import { UNLIMITED, type Direction } from '../../../server/graph/types.js';
import type { KnowledgeGraph } from '../../../server/graph/knowledge-graph.js';
import { rng } from '../sample.js';
import { median } from '../stats.js';

export interface PathsCheck {
  direction: Direction;
  pairs: number;
  /** Pairs where both agree: same shortest length (≤ 4), or no path of ≤ 4 hops. */
  agree: number;
  disagreements: string[];
  connected: number;
  oursMedianUs: number;
  graphologyMedianUs: number;
  /** Building the undirected copy graphology needs for BOTH (ms); 0 for OUT. */
  copyMs: number;
}

/**
 * shortestPaths (k=1, maxLength 4) against graphology-shortest-path's bidirectional BFS on random
 * pairs: OUT on the live directed graph, BOTH on an undirected copy (what bidirectional needs to
 * follow relations both ways). Every relation passes the default filter here (no rejected ones in the
 * synthetic data), so both see the same graph. Our path is also checked hop by hop.
 */
export function checkPaths(kg: KnowledgeGraph, direction: Direction, pairCount: number): PathsCheck {
  const ix = kg.index;
  let copyMs = 0;
  let graph: Parameters<typeof bidirectional>[0] = kg.graph;
  if (direction === 'BOTH') {
    const t0 = performance.now();
    const g = new UndirectedGraph();
    for (const id of ix.nodeIds) g.addNode(id);
    for (let e = 0; e < ix.edgeCount; e++) g.mergeEdge(ix.nodeIds[ix.edgeSrc[e]!]!, ix.nodeIds[ix.edgeDst[e]!]!);
    graph = g;
    copyMs = performance.now() - t0;
  }
  const random = rng(99);
  const pick = () => Math.floor(random() * ix.nodeCount);
  const linked = (a: number, b: number) => {
    for (let p = ix.outOffsets[a]!; p < ix.outOffsets[a + 1]!; p++) if (ix.edgeDst[ix.outEdges[p]!] === b) return true;
    return false;
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  const disagreements: string[] = [];
  let agree = 0;
  let connected = 0;
  for (let i = 0; i < pairCount; i++) {
    const a = pick();
    const b = pick();
    if (a === b) continue;
    const t0 = performance.now();
    const mine = shortestPaths(ix, a, b, { maxLength: 4, first: 1, direction, filter: new CompiledFilter(ix, kg.relations), budget: UNLIMITED });
    const t1 = performance.now();
    const ref = bidirectional(graph, ix.nodeIds[a]!, ix.nodeIds[b]!);
    const t2 = performance.now();
    ours.push((t1 - t0) * 1000);
    theirs.push((t2 - t1) * 1000);
    const refLength = ref ? ref.length - 1 : Infinity;
    const path = mine.paths[0]?.nodes;
    const myLength = path ? path.length - 1 : Infinity;
    const valid = !path || path.every((n, k) => k === 0 || (direction === 'OUT' ? linked(path[k - 1]!, n) : linked(path[k - 1]!, n) || linked(n, path[k - 1]!)));
    const same = refLength <= 4 ? myLength === refLength : myLength === Infinity;
    if (same && valid) agree++;
    else disagreements.push(`${ix.nodeIds[a]} → ${ix.nodeIds[b]}: ours ${myLength}${valid ? '' : ' (invalid hop)'}, graphology ${refLength}`);
    if (myLength !== Infinity) connected++;
  }
  return { direction, pairs: ours.length, agree, disagreements: disagreements.slice(0, 5), connected, oursMedianUs: median(ours), graphologyMedianUs: median(theirs), copyMs };
}
