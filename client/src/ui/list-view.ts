import type { CorridorGraph, Vocabulary } from '../graph/graph-model.js';
import { h, replace, swatch } from './dom.js';

/** Rows per table page: the list stays quick on large graphs. */
const PAGE = 200;

export interface ListViewContext {
  onSelectEntity: (id: string) => void;
}

/**
 * The "List view" region: the visible entities and relations as tables, an alternative to the canvas
 * for keyboard and screen-reader users. Every entity name is a button that selects it.
 */
export class ListView {
  readonly el: HTMLElement;
  private readonly body: HTMLDivElement;
  private dirty = true;
  private shown = false;
  private pages = { entities: 1, relations: 1 };
  private source: { graph: CorridorGraph; vocab: Vocabulary } | null = null;

  constructor(private readonly ctx: ListViewContext) {
    this.body = h('div', { class: 'panel-body' });
    this.el = h('section', { class: 'list-view', 'aria-label': 'List view' }, h('h2', { text: 'List view' }), this.body);
  }

  setSource(graph: CorridorGraph, vocab: Vocabulary): void {
    this.source = { graph, vocab };
    this.invalidate();
  }

  /** The visible set changed: redraw now if shown, else when next shown. */
  invalidate(): void {
    this.dirty = true;
    if (this.shown) this.render();
  }

  setShown(shown: boolean): void {
    this.shown = shown;
    if (shown && this.dirty) this.render();
  }

  private render(): void {
    this.dirty = false;
    if (!this.source) return;
    const { graph, vocab } = this.source;
    const nodes = graph.filterNodes((_n, a) => !a.hidden).sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
    const edges = graph.filterEdges((_e, a) => !a.hidden);
    const labelOf = (n: string) => graph.getNodeAttribute(n, 'label');
    const entityButton = (n: string) => h('button', { type: 'button', class: 'entity-link', text: labelOf(n), onclick: () => this.ctx.onSelectEntity(n) });
    const shownNodes = nodes.slice(0, PAGE * this.pages.entities);
    const shownEdges = edges.slice(0, PAGE * this.pages.relations);
    replace(
      this.body,
      h(
        'table',
        { class: 'list-table' },
        h('caption', { text: `Entities (${nodes.length} visible)` }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Entity' }), h('th', { scope: 'col', text: 'Kind' }), h('th', { scope: 'col', text: 'Relations' }))),
        h(
          'tbody',
          {},
          ...shownNodes.map((n) => {
            const a = graph.getNodeAttributes(n);
            const kind = vocab.kindById.get(a.kind);
            return h('tr', {}, h('td', {}, entityButton(n)), h('td', {}, swatch(a.color), kind?.label ?? a.kind), h('td', { text: a.degree }));
          }),
        ),
      ),
      this.more('entities', nodes.length, shownNodes.length),
      h(
        'table',
        { class: 'list-table' },
        h('caption', { text: `Relations (${edges.length} visible)` }),
        h(
          'thead',
          {},
          h('tr', {}, ...['From', 'Relation', 'To', 'Status', 'Confidence'].map((t) => h('th', { scope: 'col', text: t }))),
        ),
        h(
          'tbody',
          {},
          ...shownEdges.map((e) => {
            const a = graph.getEdgeAttributes(e);
            return h(
              'tr',
              {},
              h('td', {}, entityButton(graph.source(e))),
              h('td', { text: a.label }),
              h('td', {}, entityButton(graph.target(e))),
              h('td', { text: a.status }),
              h('td', { text: a.confidence.toFixed(2) }),
            );
          }),
        ),
      ),
      this.more('relations', edges.length, shownEdges.length),
    );
  }

  private more(which: 'entities' | 'relations', total: number, shown: number): HTMLElement | null {
    if (shown >= total) return null;
    return h('button', {
      type: 'button',
      text: `Show more ${which} (${shown} of ${total} shown)`,
      onclick: () => {
        this.pages[which]++;
        this.render();
      },
    });
  }
}
