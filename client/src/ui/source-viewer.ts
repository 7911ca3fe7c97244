import { request } from '../api/client.js';
import type { RelationDetailFragment, SourceTextQuery as SourceData } from '../api/generated/graphql.js';
import { SourceTextQuery } from '../api/operations.js';
import { SourceRelationsQuery } from '../api/write-operations.js';
import { overlaps, sentenceIndexAt, sentenceSpans, type Span } from '../state/sentences.js';
import { h, replace, uid } from './dom.js';
import { relationMeta } from './relation-view.js';

export interface QuoteRef {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

type Source = NonNullable<SourceData['source']>;

/** Most relations of a source the reader looks through for a sentence (the API's page cap). */
const RELATIONS_PAGE = 100;

/**
 * A dialog showing a source's full text with the quoted passage highlighted (a <mark>) and scrolled
 * into view, so a claim can be checked against its context. A click on a sentence lists every relation
 * resting on it (opened at a quote, the quote's sentence is listed at once). Escape or Close returns
 * focus to the quote.
 */
export class SourceViewer {
  readonly el: HTMLDialogElement;
  private readonly titleId = uid('source-title');
  private readonly cache = new Map<string, Promise<Source | null>>();
  private readonly onSentence = h('section', { class: 'sentence-relations', 'aria-live': 'polite', 'aria-label': 'Relations resting on the sentence' });

  constructor(
    private readonly onError: (e: unknown, retry: () => void) => void,
    private readonly onSelectEntity: (id: string) => void = () => {},
  ) {
    this.el = h('dialog', { class: 'source-viewer', 'aria-labelledby': this.titleId });
    this.el.addEventListener('click', (e) => {
      if (e.target === this.el) this.el.close();
    });
  }

  /** Opens a source at its start (no quote marked). */
  openSource(sourceId: string): Promise<void> {
    return this.open({ sourceId, quote: '', start: 0, end: 0 });
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
    const sentences = source.kind === 'dataset' ? [] : sentenceSpans(source.text);
    const text = h('div', { class: 'source-text', tabindex: '0', 'aria-label': 'Source text' }, ...this.pieces(source, sentences, { start, end }));
    const meta = [source.publisher, source.published, source.fileName].filter(Boolean).join(', ');
    replace(this.onSentence);
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
      text,
      sentences.length ? h('p', { class: 'hint', text: 'Click a sentence to list the relations resting on it.' }) : null,
      this.onSentence,
    );
    if (!this.el.open) this.el.showModal();
    const mark = text.querySelector('mark');
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      const at = sentenceIndexAt(sentences, start);
      if (at >= 0) void this.showRelations(source.id, sentences[at]!);
    }
  }

  /** The text cut at sentence and quote boundaries: each piece knows its sentence; the quote's pieces sit in one <mark>. */
  private pieces(source: Source, sentences: Span[], quote: Span): Node[] {
    const cuts = new Set([0, source.text.length, ...sentences.flatMap((s) => [s.start, s.end])]);
    if (quote.end > quote.start) (cuts.add(quote.start), cuts.add(quote.end));
    const bounds = [...cuts].sort((a, b) => a - b);
    const nodes: Node[] = [];
    const mark = h('mark', { class: 'quote-mark' });
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = { start: bounds[i]!, end: bounds[i + 1]! };
      const content = source.text.slice(piece.start, piece.end);
      const at = sentenceIndexAt(sentences, piece.start);
      const sentence = at >= 0 && piece.start < sentences[at]!.end ? sentences[at]! : null;
      let node: Node = document.createTextNode(content);
      if (sentence) {
        node = h('span', { class: 'sentence', text: content });
        node.addEventListener('click', () => void this.showRelations(source.id, sentence));
      }
      if (quote.end > quote.start && overlaps(piece, quote)) {
        if (!mark.firstChild) nodes.push(mark);
        mark.append(node);
      } else nodes.push(node);
    }
    return nodes;
  }

  /** Every relation with evidence from this source overlapping the sentence. */
  private async showRelations(sourceId: string, sentence: Span): Promise<void> {
    let relations: RelationDetailFragment[];
    try {
      const data = await request(SourceRelationsQuery, { source: sourceId, first: RELATIONS_PAGE });
      relations = data.relations.edges.map((e) => e.node);
    } catch (e) {
      return this.onError(e, () => void this.showRelations(sourceId, sentence));
    }
    const resting = relations.filter((r) => r.evidence.some((ev) => ev.source.id === sourceId && ev.start !== null && ev.end !== null && overlaps({ start: ev.start, end: ev.end }, sentence)));
    const entity = (e: { id: string; label: string }) => h('button', { type: 'button', class: 'entity-link', text: e.label, onclick: () => (this.el.close(), this.onSelectEntity(e.id)) });
    replace(
      this.onSentence,
      h('h3', { text: resting.length ? `Relations resting on this sentence (${resting.length})` : 'No relation rests on this sentence.' }),
      h('ul', { class: 'relations' }, ...resting.map((r) => h('li', { class: 'relation', 'data-relation': r.id }, h('p', { class: 'reading' }, entity(r.from), ` ${r.label} `, entity(r.to)), relationMeta(r)))),
    );
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
