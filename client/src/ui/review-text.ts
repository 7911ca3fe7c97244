import { h } from './dom.js';

export interface MarkedMention {
  start: number;
  end: number;
  entity: string | null;
  proposed: boolean;
}

export interface MarkedQuote {
  relationId: string;
  start: number;
  end: number;
}

/**
 * The source text of the Review view with every mention and every candidate's quote marked: the text
 * is cut at every span boundary and each piece gets the classes of the spans covering it (mention,
 * proposed, candidate quote with its relation ids). A click on a quote points the queue at it.
 */
export class ReviewText {
  readonly el: HTMLDivElement;
  private pieces: HTMLElement[] = [];

  constructor(private readonly onPick: (relationId: string) => void) {
    this.el = h('div', { class: 'review-text source-text', tabindex: '0', 'aria-label': 'Source text, with mentions and candidate quotes marked' });
  }

  render(text: string, mentions: MarkedMention[], quotes: MarkedQuote[]): void {
    const cuts = new Set([0, text.length]);
    for (const s of [...mentions, ...quotes]) if (s.start >= 0 && s.end <= text.length && s.start < s.end) (cuts.add(s.start), cuts.add(s.end));
    const bounds = [...cuts].sort((a, b) => a - b);
    this.pieces = [];
    const nodes: Node[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [a, b] = [bounds[i]!, bounds[i + 1]!];
      const piece = text.slice(a, b);
      const mention = mentions.find((m) => m.start <= a && b <= m.end);
      const rels = quotes.filter((q) => q.start <= a && b <= q.end).map((q) => q.relationId);
      if (!mention && !rels.length) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const el = h(mention ? 'mark' : 'span', {
        class: [mention && 'mention', mention?.proposed && 'proposed', rels.length && 'cand-quote'].filter(Boolean).join(' '),
        title: mention ? `${mention.entity ?? 'ambiguous'}${mention.proposed ? ' (proposed)' : ''}` : null,
        'data-relations': rels.length ? rels.join(' ') : null,
        text: piece,
      });
      if (rels.length) el.addEventListener('click', () => this.onPick(rels[0]!));
      this.pieces.push(el);
      nodes.push(el);
    }
    this.el.replaceChildren(...nodes);
  }

  /** Marks the current candidate's quote and scrolls it into view. */
  highlight(relationId: string | null): void {
    let first: HTMLElement | null = null;
    for (const p of this.pieces) {
      const on = relationId !== null && (p.dataset.relations ?? '').split(' ').includes(relationId);
      p.classList.toggle('current', on);
      if (on && !first) first = p;
    }
    first?.scrollIntoView({ block: 'center' });
  }
}
