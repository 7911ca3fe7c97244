import { isAbort } from '../api/client.js';
import { h, replace, swatch, uid } from './dom.js';

export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  aliases: string[];
}

export interface SearchBoxOptions {
  /** Accessible name of the search box. */
  label: string;
  placeholder?: string;
  search: (text: string, signal: AbortSignal) => Promise<SearchHit[]>;
  /** A hit was chosen (Enter or click). */
  onChoose: (hit: SearchHit, via: 'keyboard' | 'pointer') => void;
  onError: (e: unknown) => void;
  kindLabel: (kind: string) => { label: string; color: string };
}

/**
 * A search box with autocomplete: a searchbox whose suggestions form a listbox (aria-activedescendant
 * moves through them with the arrow keys; Enter chooses, Escape closes). Queries are debounced and a
 * newer query cancels the older one.
 */
export class SearchBox {
  readonly el: HTMLDivElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLSpanElement;
  private hits: SearchHit[] = [];
  /** The text the shown hits answer (Enter on newer text waits for its answer). */
  private hitsFor = '';
  private chooseWhenReady = false;
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | null = null;

  constructor(private readonly opts: SearchBoxOptions) {
    const listId = uid('suggestions');
    this.input = h('input', {
      type: 'search',
      class: 'search-input',
      'aria-label': opts.label,
      placeholder: opts.placeholder ?? '',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-controls': listId,
      oninput: () => this.schedule(),
      onkeydown: (e) => this.onKey(e as KeyboardEvent),
      onblur: () => setTimeout(() => this.close(), 150),
      onfocus: () => this.hits.length && this.open(),
    });
    this.list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': `${opts.label}: suggestions`, hidden: true });
    this.status = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.el = h('div', { class: 'search-box' }, this.input, this.list, this.status);
  }

  setValue(text: string): void {
    this.input.value = text;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.inflight?.abort();
      this.hitsFor = '';
      this.show([]);
      return;
    }
    this.timer = setTimeout(() => void this.run(text), 120);
  }

  private async run(text: string): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    try {
      const hits = await this.opts.search(text, controller.signal);
      if (controller.signal.aborted) return;
      this.hitsFor = text;
      this.show(hits);
      if (this.chooseWhenReady) {
        this.chooseWhenReady = false;
        this.choose(0, 'keyboard');
      }
    } catch (e) {
      if (!isAbort(e)) this.opts.onError(e);
    }
  }

  private show(hits: SearchHit[]): void {
    this.hits = hits;
    this.active = -1;
    const query = this.input.value.trim().toLowerCase();
    replace(
      this.list,
      ...hits.map((hit, i) => {
        const kind = this.opts.kindLabel(hit.kind);
        const alias = hit.aliases.find((a) => a.toLowerCase().includes(query) && !hit.label.toLowerCase().includes(query));
        return h(
          'li',
          {
            id: `${this.list.id}-${i}`,
            role: 'option',
            'aria-selected': 'false',
            class: 'suggestion',
            onmousedown: (e) => e.preventDefault(),
            onclick: () => this.choose(i, 'pointer'),
          },
          swatch(kind.color),
          h('span', { class: 'suggestion-label', text: hit.label }),
          alias ? h('span', { class: 'suggestion-alias', text: `“${alias}”` }) : null,
          h('span', { class: 'suggestion-kind', text: kind.label }),
        );
      }),
    );
    this.status.textContent = this.input.value.trim() ? `${hits.length} suggestion${hits.length === 1 ? '' : 's'}` : '';
    if (hits.length) this.open();
    else this.close();
  }

  private open(): void {
    this.list.hidden = false;
  }

  private close(): void {
    this.list.hidden = true;
    this.setActive(-1);
  }

  private setActive(i: number): void {
    this.active = i;
    [...this.list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${i}`);
      this.list.children[i]?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.hits.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.open();
      this.setActive((this.active + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.open();
      this.setActive(this.active <= 0 ? n - 1 : this.active - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const text = this.input.value.trim();
      if (text && text !== this.hitsFor) {
        clearTimeout(this.timer);
        this.chooseWhenReady = true;
        void this.run(text);
      } else if (n) this.choose(this.active >= 0 ? this.active : 0, 'keyboard');
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) {
        e.preventDefault();
        this.close();
      }
    }
  }

  private choose(i: number, via: 'keyboard' | 'pointer'): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.label;
    this.close();
    this.opts.onChoose(hit, via);
  }
}
