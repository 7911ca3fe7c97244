import { h } from './dom.js';
import { Tabs } from './tabs.js';

export type Pane = 'graph' | 'filters' | 'side';
export type SideTab = 'details' | 'paths' | 'list';

export interface ShellParts {
  search: HTMLElement;
  tools: HTMLElement;
  alert: HTMLElement;
  filters: HTMLElement;
  legend: HTMLElement;
  details: HTMLElement;
  pathFinder: HTMLElement;
  listView: HTMLElement;
  sourceViewer: HTMLElement;
}

/**
 * The page layout: a header (title, search, tools), the error banner, and three panes — filters, the
 * graph, and a side panel with Details / Path finder / List view tabs. On a phone (narrow screens)
 * one pane shows at a time and a bar at the bottom switches between them.
 */
export class AppShell {
  readonly graphContainer: HTMLDivElement;
  readonly statusLine: HTMLParagraphElement;
  readonly sideTabs: Tabs;
  private readonly layout: HTMLDivElement;
  private readonly switcher = new Map<Pane, HTMLButtonElement>();
  private readonly paneListeners = new Set<(p: Pane) => void>();

  constructor(root: HTMLElement, parts: ShellParts) {
    this.graphContainer = h('div', { class: 'sigma-container', role: 'img', 'aria-label': 'Graph of entities and relations (the List view tab lists them as text)' });
    this.statusLine = h('p', { class: 'status-line', 'aria-live': 'polite' });
    this.sideTabs = new Tabs('Panels', [
      { id: 'details', label: 'Details', panel: parts.details },
      { id: 'paths', label: 'Path finder', panel: parts.pathFinder },
      { id: 'list', label: 'List view', panel: parts.listView },
    ]);
    this.layout = h(
      'div',
      { class: 'layout', 'data-pane': 'graph' },
      h('aside', { class: 'pane pane-filters', id: 'pane-filters' }, parts.filters),
      h('main', { class: 'pane pane-graph', id: 'pane-graph' }, this.graphContainer, this.statusLine, parts.legend),
      h('aside', { class: 'pane pane-side', id: 'pane-side' }, this.sideTabs.el),
    );
    const paneButton = (pane: Pane, label: string) => {
      const b = h('button', { type: 'button', 'aria-controls': `pane-${pane}`, text: label, onclick: () => this.showPane(pane) });
      this.switcher.set(pane, b);
      return b;
    };
    root.replaceChildren(
      h('a', { class: 'skip-link', href: '#pane-side', text: 'Skip to the details and list view' }),
      h(
        'header',
        { class: 'topbar' },
        h('div', { class: 'brand' }, h('h1', { text: 'Corridor' }), h('span', { class: 'tagline', text: 'EU–Central Asia relations, with their evidence' })),
        parts.search,
        parts.tools,
      ),
      parts.alert,
      this.layout,
      h('nav', { class: 'pane-switcher', 'aria-label': 'Panes' }, paneButton('filters', 'Filters'), paneButton('graph', 'Graph'), paneButton('side', 'Details & paths')),
      parts.sourceViewer,
    );
    this.showPane('graph');
  }

  /** On a phone, shows one pane (on wide screens all are always shown). */
  showPane(pane: Pane): void {
    this.layout.dataset.pane = pane;
    for (const [p, b] of this.switcher) b.setAttribute('aria-pressed', String(p === pane));
    for (const l of this.paneListeners) l(pane);
  }

  onPane(listener: (p: Pane) => void): void {
    this.paneListeners.add(listener);
  }

  showSide(tab: SideTab): void {
    if (this.sideTabs.active !== tab) this.sideTabs.select(tab);
    if (this.isNarrow()) this.showPane('side');
  }

  isNarrow(): boolean {
    return window.matchMedia('(max-width: 760px)').matches;
  }
}
