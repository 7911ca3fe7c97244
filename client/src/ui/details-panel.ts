import { isAbort, request } from '../api/client.js';
import type { EntityDetailsQuery as EntityDetailsData, RelationDetailFragment } from '../api/generated/graphql.js';
import { EntityDetailsQuery } from '../api/operations.js';
import type { Vocabulary } from '../graph/graph-model.js';
import { formatNumber, h, replace, swatch, uid } from './dom.js';
import { relationItem, type RelationActions } from './relation-view.js';

type Entity = NonNullable<EntityDetailsData['entity']>;

/** Most relations listed per entity (the API's page size). */
const RELATIONS_PAGE = 100;

export interface DetailsContext extends RelationActions {
  vocabulary: () => Vocabulary | null;
  /** Whether the filters currently hide a relation (it is then listed apart). */
  isRelationHidden: (id: string) => boolean;
  isEntityHidden: (id: string) => boolean;
  onError: (e: unknown, retry: () => void) => void;
}

/**
 * The "Details" region: the selected entity's label, kind, aliases, description, Wikidata link,
 * metrics, and its relations grouped by type and direction, each with status, confidence, hedge, time
 * and evidence quotes. Loaded lazily on selection.
 */
export class DetailsPanel {
  readonly el: HTMLElement;
  private readonly body: HTMLDivElement;
  private current: string | null = null;
  private inflight: AbortController | null = null;
  private heading: HTMLHeadingElement | null = null;
  private shown: Entity | null = null;
  /** An entity whose name takes keyboard focus once shown (it was chosen from the keyboard). */
  private focusWhenShown: string | null = null;

  constructor(private readonly ctx: DetailsContext) {
    this.body = h('div', { class: 'panel-body' });
    this.el = h('section', { class: 'details', 'aria-label': 'Details' }, this.body);
    this.renderEmpty();
  }

  async show(id: string | null): Promise<void> {
    this.current = id;
    this.inflight?.abort();
    if (!id) return this.renderEmpty();
    const controller = new AbortController();
    this.inflight = controller;
    this.el.setAttribute('aria-busy', 'true');
    if (!this.heading || this.heading.dataset.entity !== id) replace(this.body, h('p', { class: 'muted', text: 'Loading…' }));
    try {
      const data = await request(EntityDetailsQuery, { id, first: RELATIONS_PAGE }, controller.signal);
      if (controller.signal.aborted) return;
      if (data.entity) this.render(data.entity);
      else replace(this.body, h('p', { text: `No entity “${id}” in the graph (it may have been deleted).` }));
    } catch (e) {
      if (isAbort(e)) return;
      replace(this.body, h('p', { class: 'muted', text: 'The details could not be loaded.' }));
      this.ctx.onError(e, () => void this.show(id));
    } finally {
      if (this.inflight === controller) this.el.removeAttribute('aria-busy');
    }
  }

  /** Redraws the shown entity (the filters changed which of its relations are hidden). */
  rerender(): void {
    if (this.shown && this.shown.id === this.current) this.render(this.shown);
  }

  /** Re-reads the shown entity (after a live change touching it). */
  refresh(): void {
    if (this.current) void this.show(this.current);
  }

  /** Moves keyboard focus to the entity's name once it is shown (after choosing it from the keyboard). */
  focusHeadingOf(id: string): void {
    if (this.heading?.dataset.entity === id && this.shown?.id === id && !this.inflightFor(id)) this.heading.focus();
    else this.focusWhenShown = id;
  }

  private inflightFor(id: string): boolean {
    return this.current === id && this.el.hasAttribute('aria-busy');
  }

  private renderEmpty(): void {
    this.heading = null;
    this.shown = null;
    replace(
      this.body,
      h('h2', { text: 'Details' }),
      h('p', { class: 'muted', text: 'Select an entity on the graph or in the list, or search for one, to see its relations and the quotes that support them.' }),
    );
  }

  private render(e: Entity): void {
    const hadFocus = this.heading !== null && document.activeElement === this.heading;
    this.shown = e;
    const vocab = this.ctx.vocabulary();
    const kind = vocab?.kindById.get(e.kind);
    this.heading = h('h2', { tabindex: '-1', class: 'entity-name', 'data-entity': e.id, text: e.label });
    const m = e.metrics;
    const rels = e.relations.edges.map((edge) => edge.node);
    const shown = rels.filter((r) => !this.ctx.isRelationHidden(r.id));
    const hidden = rels.filter((r) => this.ctx.isRelationHidden(r.id));
    replace(
      this.body,
      this.heading,
      h('p', { class: 'entity-kind' }, swatch(kind?.color ?? '#888'), kind?.label ?? e.kind),
      this.ctx.isEntityHidden(e.id) ? h('p', { class: 'notice', text: 'Hidden on the graph by the current filters.' }) : null,
      e.aliases.length ? h('p', { class: 'aliases' }, h('span', { class: 'muted', text: 'Also known as ' }), e.aliases.join(', ')) : null,
      e.description ? h('p', { class: 'description', text: e.description }) : null,
      e.wikidata ? h('p', {}, h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(e.wikidata)}`, target: '_blank', rel: 'noopener noreferrer', text: `Wikidata ${e.wikidata}` })) : null,
      h(
        'dl',
        { class: 'metrics' },
        ...metric('Relations', `${m.degree} (${m.outDegree} out, ${m.inDegree} in)`),
        ...metric('PageRank', formatNumber(m.pagerank)),
        ...metric('Betweenness', m.betweenness === null ? 'n/a' : formatNumber(m.betweenness)),
        ...metric('Community', m.community < 0 ? 'n/a' : String(m.community)),
      ),
      h('h3', { text: `Relations (${e.relations.totalCount})` }),
      shown.length ? this.groups(e.id, shown) : h('p', { class: 'muted', text: 'None under the current filters.' }),
      hidden.length
        ? h('details', { class: 'hidden-relations' }, h('summary', { text: `${hidden.length} more hidden by the current filters` }), this.groups(e.id, hidden))
        : null,
      e.relations.totalCount > rels.length ? h('p', { class: 'muted', text: `Showing the first ${rels.length} of ${e.relations.totalCount} relations.` }) : null,
    );
    if (hadFocus || this.focusWhenShown === e.id) this.heading.focus();
    this.focusWhenShown = null;
  }

  /** Relations grouped by type and direction: "part of →" for outgoing, "← has part" for incoming. */
  private groups(entityId: string, rels: RelationDetailFragment[]): HTMLElement {
    const groups = new Map<string, { title: string; items: HTMLLIElement[] }>();
    for (const r of rels) {
      const outgoing = r.fromId === entityId;
      const key = r.symmetric ? `${r.type}` : `${r.type}|${outgoing ? 'out' : 'in'}`;
      const title = r.symmetric ? `${r.label} ↔` : outgoing ? `${r.label} →` : `← ${r.inverseLabel}`;
      const other = outgoing ? r.to : r.from;
      const group = groups.get(key) ?? { title, items: [] };
      group.items.push(relationItem(r, other, this.ctx));
      groups.set(key, group);
    }
    return h(
      'div',
      { class: 'relation-groups' },
      ...[...groups.values()].map((g) => {
        const id = uid('group');
        return h('div', { class: 'relation-group', role: 'group', 'aria-labelledby': id }, h('h4', { id, text: `${g.title} (${g.items.length})` }), h('ul', { class: 'relations' }, ...g.items));
      }),
    );
  }
}

function metric(term: string, value: string): HTMLElement[] {
  return [h('dt', { text: term }), h('dd', { text: value })];
}
