import { MultiDirectedGraph } from 'graphology';
import type { CorridorGraph } from './graph-model.js';
import type { CorridorSigma } from './renderer.js';

/**
 * Exports of what is on screen: a PNG of the current view, and the current (filtered) graph as
 * graphology JSON or GEXF (for Gephi). Hidden entities and relations are left out.
 */
export function visibleSubgraph(graph: CorridorGraph): MultiDirectedGraph {
  const out = new MultiDirectedGraph();
  graph.forEachNode((id, a) => {
    if (a.hidden) return;
    out.addNode(id, {
      label: a.label,
      kind: a.kind,
      aliases: a.aliases.join('; '),
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      degree: a.degree,
      pagerank: a.pagerank,
      ...(a.betweenness === null ? {} : { betweenness: a.betweenness }),
      community: a.community,
    });
  });
  graph.forEachEdge((id, a, source, target) => {
    if (a.hidden || !out.hasNode(source) || !out.hasNode(target)) return;
    const attrs: Record<string, string | number> = { type: a.type, label: a.label, status: a.status, confidence: a.confidence };
    for (const k of ['hedge', 'pointInTime', 'start', 'end'] as const) if (a[k]) attrs[k] = a[k]!;
    out.addDirectedEdgeWithKey(id, source, target, attrs);
  });
  return out;
}

export function graphJson(graph: CorridorGraph): string {
  return JSON.stringify(visibleSubgraph(graph).export(), null, 2);
}

/** GEXF 1.3 for Gephi (the writer loads on first use). */
export async function graphGexf(graph: CorridorGraph): Promise<string> {
  const { write } = await import('graphology-gexf/browser');
  return write(visibleSubgraph(graph), { pretty: true });
}

/**
 * The current view as a PNG. Sigma's WebGL canvas keeps no drawing buffer, so the view is rendered
 * and copied onto a 2D canvas (over the page background) in the same task.
 */
export function viewPng(sigma: CorridorSigma, background = '#ffffff'): Promise<Blob> {
  sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: true });
  const stage = sigma.getStageCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = stage.width;
  canvas.height = stage.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(stage, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export function download(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
