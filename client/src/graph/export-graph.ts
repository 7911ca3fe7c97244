import type { CorridorSigma } from './renderer.js';

/**
 * The current view as a PNG (graph exports come from the server: see ui/export-menu.ts). Sigma's
 * WebGL canvas keeps no drawing buffer, so the view is rendered and copied onto a 2D canvas (over the
 * page background) in the same task.
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
