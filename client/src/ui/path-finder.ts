import { isAbort, request } from '../api/client.js';
import type { FindPathsQuery as PathsData, GraphFilter, RelationDetailFragment } from '../api/generated/graphql.js';
import { FindPathsQuery } from '../api/operations.js';
import { h, replace } from './dom.js';
import { evidenceList, relationMeta, type RelationActions } from './relation-view.js';
import { SearchBox, type SearchBoxOptions } from './search-box.js';

type Path = PathsData['paths'][number];

export const MAX_PATHS = 5;
export const MAX_PATH_LENGTH = 4;

export interface PathFinderContext extends RelationActions {
  search: SearchBoxOptions['search'];
  kindLabel: SearchBoxOptions['kindLabel'];
  labelOf: (id: string) => string;
  /** The endpoints changed (by the user). */
  onEndpoints: (from: string | null, to: string | null) => void;
  /** Paths found: their entities and relations, to highlight on the graph. */
  onPaths: (nodes: string[], relations: string[]) => void;
  onError: (e: unknown, retry: () => void) => void;
}

/**
 * The "Path finder" region: two entity search boxes, then the shortest paths between them (up to
 * five, under the current filters) listed hop by hop, each hop with its relation and quote.
 */
export class PathFinder {
  readonly el: HTMLElement;
  private readonly from: SearchBox;
  private readonly to: SearchBox;
  private readonly results: HTMLDivElement;
  private endpoints: { from: string | null; to: string | null } = { from: null, to: null };
  private lastRun = '';
  private inflight: AbortController | null = null;

  constructor(private readonly ctx: PathFinderContext) {
    const box = (label: string, end: 'from' | 'to') =>
      new SearchBox({
        label,
        placeholder: end === 'from' ? 'From… e.g. EU' : 'To… e.g. Afghanistan',
        search: ctx.search,
        kindLabel: ctx.kindLabel,
        onError: (e) => ctx.onError(e, () => {}),
        onChoose: (hit) => this.setEnd(end, hit.id),
      });
    this.from = box('Path from', 'from');
    this.to = box('Path to', 'to');
    this.results = h('div', { class: 'path-results', 'aria-live': 'polite' });
    this.el = h(
      'section',
      { class: 'path-finder', 'aria-label': 'Path finder' },
      h('h2', { text: 'Path finder' }),
      h('p', { class: 'hint', text: 'How are two entities connected? Pick both ends; the shortest paths show on the graph with their evidence.' }),
      h('div', { class: 'field' }, h('span', { class: 'field-label', 'aria-hidden': 'true', text: 'From' }), this.from.el),
      h('div', { class: 'field' }, h('span', { class: 'field-label', 'aria-hidden': 'true', text: 'To' }), this.to.el),
      h(
        'div',
        { class: 'inline' },
        h('button', { type: 'button', text: 'Swap ends', onclick: () => this.ctx.onEndpoints(this.endpoints.to, this.endpoints.from) }),
        h('button', { type: 'button', text: 'Clear', onclick: () => this.ctx.onEndpoints(null, null) }),
      ),
      this.results,
    );
  }

  /** Shows the endpoints of the view and finds paths when they or the filters changed. */
  sync(from: string | null, to: string | null, filter: GraphFilter): void {
    this.endpoints = { from, to };
    if (document.activeElement !== this.from.input) this.from.setValue(from ? this.ctx.labelOf(from) : '');
    if (document.activeElement !== this.to.input) this.to.setValue(to ? this.ctx.labelOf(to) : '');
    const key = JSON.stringify([from, to, filter]);
    if (key === this.lastRun) return;
    this.lastRun = key;
    void this.run(from, to, filter);
  }

  /** Forces the next sync to query again (after the graph changed). */
  invalidate(): void {
    this.lastRun = '';
  }

  private setEnd(end: 'from' | 'to', id: string): void {
    const next = { ...this.endpoints, [end]: id };
    this.ctx.onEndpoints(next.from, next.to);
    if (end === 'from' && !next.to) this.to.input.focus();
  }

  private async run(from: string | null, to: string | null, filter: GraphFilter): Promise<void> {
    this.inflight?.abort();
    if (!from || !to) {
      this.ctx.onPaths([], []);
      replace(this.results);
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    replace(this.results, h('p', { class: 'muted', text: 'Finding paths…' }));
    try {
      const data = await request(FindPathsQuery, { from, to, first: MAX_PATHS, maxLength: MAX_PATH_LENGTH, filter }, controller.signal);
      if (controller.signal.aborted) return;
      this.render(data.paths);
      this.ctx.onPaths([...new Set(data.paths.flatMap((p) => p.entities.map((e) => e.id)))], [...new Set(data.paths.flatMap((p) => p.relations.map((r) => r.id)))]);
    } catch (e) {
      if (isAbort(e)) return;
      this.lastRun = '';
      replace(this.results, h('p', { class: 'muted', text: 'The paths could not be loaded.' }));
      this.ctx.onError(e, () => void this.run(from, to, filter));
    }
  }

  private render(paths: Path[]): void {
    if (!paths.length) {
      replace(this.results, h('p', { text: `No connection within ${MAX_PATH_LENGTH} hops under the current filters.` }));
      return;
    }
    const summary = `${paths.length} shortest path${paths.length === 1 ? '' : 's'} (${[...new Set(paths.map((p) => p.length))].join(' or ')} hops)`;
    replace(
      this.results,
      h('p', { class: 'path-summary', text: summary }),
      h(
        'ol',
        { class: 'paths' },
        ...paths.map((p, i) =>
          h(
            'li',
            { class: 'path' },
            h('h3', { text: `Path ${i + 1}: ${p.entities.map((e) => e.label).join(' → ')}` }),
            h('ol', { class: 'hops' }, ...p.hops.map((hop) => this.hop(hop))),
          ),
        ),
      ),
    );
  }

  private hop(hop: Path['hops'][number]): HTMLLIElement {
    const [best, ...others] = hop.relations;
    const reading = (r: RelationDetailFragment) => h('p', { class: 'reading' }, h('strong', { text: r.from.label }), ` ${r.label} `, h('strong', { text: r.to.label }));
    const relation = (r: RelationDetailFragment) => h('div', { class: 'hop-relation' }, reading(r), relationMeta(r), evidenceList(r, this.ctx));
    return h(
      'li',
      { class: 'hop' },
      h(
        'p',
        { class: 'hop-ends' },
        h('button', { type: 'button', class: 'entity-link', text: hop.from.label, onclick: () => this.ctx.onSelectEntity(hop.from.id) }),
        h('span', { 'aria-hidden': 'true', text: ' → ' }),
        h('span', { class: 'visually-hidden', text: ' to ' }),
        h('button', { type: 'button', class: 'entity-link', text: hop.to.label, onclick: () => this.ctx.onSelectEntity(hop.to.id) }),
      ),
      best ? relation(best) : null,
      others.length ? h('details', {}, h('summary', { text: `${others.length} more relation${others.length === 1 ? '' : 's'} on this hop` }), ...others.map(relation)) : null,
    );
  }
}
