import { request } from '../api/client.js';
import type { SourceTextQuery as SourceData } from '../api/generated/graphql.js';
import { SourceTextQuery } from '../api/operations.js';
import { h, replace, uid } from './dom.js';

export interface QuoteRef {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

type Source = NonNullable<SourceData['source']>;

/**
 * A dialog showing a source's full text with the quoted passage highlighted (a <mark>) and scrolled
 * into view, so a claim can be checked against its context. Escape or Close returns focus to the quote.
 */
export class SourceViewer {
  readonly el: HTMLDialogElement;
  private readonly titleId = uid('source-title');
  private readonly cache = new Map<string, Promise<Source | null>>();

  constructor(private readonly onError: (e: unknown, retry: () => void) => void) {
    this.el = h('dialog', { class: 'source-viewer', 'aria-labelledby': this.titleId });
    this.el.addEventListener('click', (e) => {
      if (e.target === this.el) this.el.close();
    });
  }

  async open(ref: QuoteRef): Promise<void> {
    let source: Source | null;
    try {
      source = await this.load(ref.sourceId);
    } catch (e) {
      this.cache.delete(ref.sourceId);
      this.onError(e, () => void this.open(ref));
      return;
    }
    if (!source) return;
    // Offsets index the text; should they not match, fall back to the quote's first occurrence.
    let { start, end } = ref;
    if (source.text.slice(start, end) !== ref.quote) {
      start = Math.max(0, source.text.indexOf(ref.quote));
      end = start + ref.quote.length;
    }
    const mark = h('mark', { class: 'quote-mark', text: source.text.slice(start, end) });
    const meta = [source.publisher, source.published].filter(Boolean).join(', ');
    replace(
      this.el,
      h(
        'div',
        { class: 'dialog-head' },
        h('h2', { id: this.titleId, text: source.title }),
        h('button', { type: 'button', class: 'close', text: 'Close', onclick: () => this.el.close() }),
      ),
      meta ? h('p', { class: 'source-meta', text: meta }) : null,
      source.url ? h('p', { class: 'source-meta' }, h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', text: 'Read the original' })) : null,
      h('div', { class: 'source-text', tabindex: '0', 'aria-label': 'Source text' }, source.text.slice(0, start), mark, source.text.slice(end)),
    );
    if (!this.el.open) this.el.showModal();
    mark.scrollIntoView({ block: 'center' });
  }

  private load(id: string): Promise<Source | null> {
    let p = this.cache.get(id);
    if (!p) {
      p = request(SourceTextQuery, { id }).then((d) => d.source);
      this.cache.set(id, p);
    }
    return p;
  }
}
