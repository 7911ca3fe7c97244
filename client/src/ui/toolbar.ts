import { CENTRALITIES, type Centrality } from '../state/view-state.js';
import { h, uid } from './dom.js';

export interface ToolbarEvents {
  onCentrality: (c: Centrality) => void;
  onToggleLayout: () => void;
  onResetLayout: () => void;
  onFit: () => void;
  onZoom: (direction: 'in' | 'out') => void;
  /** The link to the current view. */
  shareUrl: () => string;
}

const CENTRALITY_LABELS: Record<Centrality, string> = { degree: 'Degree', pagerank: 'PageRank', betweenness: 'Betweenness' };

/** The view tools: size nodes by a centrality, run/stop/reset ForceAtlas2, zoom and fit (keyboard users' camera), the export menu, the link. */
export class Toolbar {
  readonly el: HTMLDivElement;
  private readonly size: HTMLSelectElement;
  private readonly layout: HTMLButtonElement;
  private readonly shareStatus: HTMLSpanElement;

  constructor(events: ToolbarEvents, exportMenu: HTMLElement) {
    const sizeId = uid('size-by');
    this.size = h(
      'select',
      { id: sizeId, onchange: () => events.onCentrality(this.size.value as Centrality) },
      ...CENTRALITIES.map((c) => h('option', { value: c, text: CENTRALITY_LABELS[c] })),
    );
    this.layout = h('button', { type: 'button', 'aria-pressed': 'false', text: 'Run layout', onclick: () => events.onToggleLayout() });
    this.shareStatus = h('span', { class: 'tool-label', role: 'status' });
    this.el = h(
      'div',
      { class: 'tools' },
      h('div', { class: 'tool-group' }, h('label', { for: sizeId, text: 'Size by' }), this.size),
      h(
        'div',
        { class: 'tool-group', role: 'group', 'aria-label': 'Layout' },
        this.layout,
        h('button', { type: 'button', text: 'Reset layout', onclick: () => events.onResetLayout() }),
        h('button', { type: 'button', text: '−', 'aria-label': 'Zoom out', title: 'Zoom out', onclick: () => events.onZoom('out') }),
        h('button', { type: 'button', text: '+', 'aria-label': 'Zoom in', title: 'Zoom in', onclick: () => events.onZoom('in') }),
        h('button', { type: 'button', text: 'Fit view', onclick: () => events.onFit() }),
      ),
      exportMenu,
      h(
        'div',
        { class: 'tool-group' },
        h('button', { type: 'button', class: 'primary', text: 'Copy link', title: 'Copy a link to exactly this view', onclick: () => void this.share(events.shareUrl()) }),
        this.shareStatus,
      ),
    );
  }

  /** Copies the view's link; where the clipboard is not available, says to copy the address bar. */
  private async share(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.shareStatus.textContent = 'Link copied';
    } catch {
      this.shareStatus.textContent = 'Copy the address bar: it links to this view';
    }
    setTimeout(() => (this.shareStatus.textContent = ''), 4_000);
  }

  setCentrality(c: Centrality): void {
    this.size.value = c;
  }

  setLayoutRunning(running: boolean): void {
    this.layout.setAttribute('aria-pressed', String(running));
    this.layout.textContent = running ? 'Stop layout' : 'Run layout';
  }
}
