import type { ReviewItemFragment } from '../api/generated/graphql.js';
import { describeTime } from '../state/dates.js';
import type { Decision } from '../state/review-state.js';
import { sentenceIndexAt, withNeighbours, type Span } from '../state/sentences.js';
import { h } from './dom.js';

/** The evidence of a candidate from the source under review (its quote there). */
export function quoteIn(item: ReviewItemFragment, sourceId: string) {
  return item.evidence.find((e) => e.source.id === sourceId && e.start !== null && e.end !== null) ?? null;
}

const DECISION_LABEL: Record<Decision, string> = { pending: 'waiting', accepted: 'accepted', rejected: 'rejected' };

/**
 * One candidate of the queue: from, type, to (a proposed end marked), confidence, hedge, time, the
 * rule that fired and how many sources state it; then its sentence with the quote marked, between
 * the sentences before and after it.
 */
export function reviewItem(item: ReviewItemFragment, decision: Decision, ctx: { sourceId: string; text: string; sentences: Span[]; current: boolean; onPick: () => void }): HTMLLIElement {
  const ev = quoteIn(item, ctx.sourceId);
  const rule = (ev ?? item.evidence.find((e) => e.extractor))?.extractor?.rule;
  const time = describeTime(item);
  const end = (e: ReviewItemFragment['from']) => h('span', { class: 'end' }, e.label, e.status === 'proposed' ? h('span', { class: 'badge proposed', text: 'proposed' }) : null);
  return h(
    'li',
    {
      class: `review-item decision-${decision}${ctx.current ? ' current' : ''}`,
      'data-relation': item.id,
      'aria-current': ctx.current ? 'true' : null,
      onclick: () => ctx.onPick(),
    },
    h('p', { class: 'review-reading' }, end(item.from), h('span', { class: 'type', text: ` ${item.label} ${item.symmetric ? '↔' : '→'} ` }), end(item.to)),
    h(
      'p',
      { class: 'relation-meta' },
      h('span', { class: `badge decision decision-${decision}`, text: DECISION_LABEL[decision] }),
      h('span', { class: 'badge', text: `confidence ${item.confidence.toFixed(2)}` }),
      item.hedge ? h('span', { class: 'badge hedge', text: item.hedge }) : null,
      time ? h('span', { class: 'badge time', text: time }) : null,
      rule ? h('span', { class: 'badge rule', text: `rule ${rule}` }) : null,
      h('span', { class: 'badge', text: `stated by ${item.sourceCount} source${item.sourceCount === 1 ? '' : 's'}` }),
    ),
    ev ? context(ctx.text, ctx.sentences, { start: ev.start!, end: ev.end! }) : h('p', { class: 'muted', text: 'No quote from this source.' }),
  );
}

/** The quote's sentence(s) with the quote marked, and the sentences around them, muted. */
function context(text: string, sentences: Span[], quote: Span): HTMLElement {
  const first = sentences[sentenceIndexAt(sentences, quote.start)] ?? quote;
  const last = sentences[sentenceIndexAt(sentences, Math.max(quote.start, quote.end - 1))] ?? quote;
  const from = Math.min(first.start, quote.start);
  const to = Math.max(last.end, quote.end);
  const { before, after } = withNeighbours(sentences, { start: from, end: to });
  return h(
    'blockquote',
    { class: 'review-context' },
    before ? h('span', { class: 'around', text: `${text.slice(before.start, before.end)} ` }) : null,
    text.slice(from, quote.start),
    h('mark', { class: 'quote-mark', text: text.slice(quote.start, quote.end) }),
    text.slice(quote.end, to),
    after ? h('span', { class: 'around', text: ` ${text.slice(after.start, after.end)}` }) : null,
  );
}
