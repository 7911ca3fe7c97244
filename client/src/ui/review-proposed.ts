import { h, replace } from './dom.js';
import { SearchBox, type SearchBoxOptions, type SearchHit } from './search-box.js';

export interface ProposedEntity {
  id: string;
  label: string;
  kind: string;
}

export interface ProposedContext {
  search: SearchBoxOptions['search'];
  kindLabel: SearchBoxOptions['kindLabel'];
  onError: (e: unknown) => void;
  accept: (id: string) => Promise<void>;
  rename: (id: string, label: string) => Promise<void>;
  /** Merge `merge` into the existing entity `keep`. */
  merge: (keep: string, merge: string) => Promise<void>;
}

/**
 * The proposed entities the candidates use: each can be accepted as it is, renamed, or merged into
 * an existing entity found with a search box (its relations and names move there).
 */
export class ProposedEntities {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'proposed-list' });

  constructor(private readonly ctx: ProposedContext) {
    this.el = h('section', { class: 'proposed', 'aria-label': 'Proposed entities' }, h('h3', { text: 'Proposed entities' }), this.list);
  }

  render(entities: ProposedEntity[]): void {
    this.el.hidden = entities.length === 0;
    replace(this.list, ...entities.map((e) => this.row(e)));
  }

  private row(e: ProposedEntity): HTMLLIElement {
    const actions = h('div', { class: 'proposed-actions' });
    const li = h('li', { 'data-entity': e.id }, h('span', { class: 'proposed-name' }, h('strong', { text: e.label }), h('span', { class: 'muted', text: ` ${this.ctx.kindLabel(e.kind).label}` })), actions);
    const buttons = () =>
      replace(
        actions,
        h('button', { type: 'button', class: 'small', text: 'Accept', 'aria-label': `Accept ${e.label}`, onclick: () => void this.ctx.accept(e.id) }),
        h('button', { type: 'button', class: 'small', text: 'Rename', 'aria-label': `Rename ${e.label}`, onclick: () => rename() }),
        h('button', { type: 'button', class: 'small', text: 'Merge into…', 'aria-label': `Merge ${e.label} into…`, onclick: () => merge() }),
      );
    const rename = () => {
      const input = h('input', { type: 'text', value: e.label, 'aria-label': `New name for ${e.label}` });
      replace(
        actions,
        h(
          'form',
          { class: 'inline', onsubmit: (ev) => (ev.preventDefault(), input.value.trim() && void this.ctx.rename(e.id, input.value.trim())) },
          input,
          h('button', { type: 'submit', class: 'small primary', text: 'Save' }),
          h('button', { type: 'button', class: 'small', text: 'Cancel', onclick: () => buttons() }),
        ),
      );
      input.select();
    };
    const merge = () => {
      const confirmArea = h('div', { class: 'inline' });
      const box = new SearchBox({
        label: `Merge ${e.label} into`,
        placeholder: 'Search an existing entity',
        search: async (text, signal) => (await this.ctx.search(text, signal)).filter((hit) => hit.id !== e.id),
        kindLabel: this.ctx.kindLabel,
        onError: this.ctx.onError,
        onChoose: (hit: SearchHit) =>
          replace(
            confirmArea,
            h('button', { type: 'button', class: 'small primary', text: `Merge into ${hit.label}`, onclick: () => void this.ctx.merge(hit.id, e.id) }),
          ),
      });
      replace(actions, box.el, confirmArea, h('button', { type: 'button', class: 'small', text: 'Cancel', onclick: () => buttons() }));
      box.input.focus();
    };
    buttons();
    return li;
  }
}
