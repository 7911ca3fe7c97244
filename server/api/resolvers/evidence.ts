import { recordSpan } from '../../model/locators.js';
import { isRecordEvidence } from '../../model/records.js';
import type { ApiContext } from '../context.js';
import type { EvidenceResolvers } from '../generated/resolvers-types.js';

/** Quote evidence answers its own fields; record evidence answers with the record's text where the file gives it a span. */
export const Evidence: EvidenceResolvers = {
  kind: (ev) => (isRecordEvidence(ev) ? 'record' : 'quote'),
  source: (ev, _, ctx) => ctx.kg.source(ev.source)!,
  quote: (ev, _, ctx) => {
    if (!isRecordEvidence(ev)) return ev.quote;
    const source = ctx.kg.source(ev.source);
    const span = source && recordSpan(ev.locator, source);
    return span && source ? source.text.slice(span.start, span.end) : ev.locator;
  },
  start: (ev, _, ctx) => (isRecordEvidence(ev) ? spanOf(ev, ctx)?.start ?? null : ev.start),
  end: (ev, _, ctx) => (isRecordEvidence(ev) ? spanOf(ev, ctx)?.end ?? null : ev.end),
  prefix: (ev) => (isRecordEvidence(ev) ? null : ev.prefix ?? null),
  suffix: (ev) => (isRecordEvidence(ev) ? null : ev.suffix ?? null),
  locator: (ev) => (isRecordEvidence(ev) ? ev.locator : null),
  extractor: (ev) => ev.extractor ?? null,
};

function spanOf(ev: { source: string; locator: string }, ctx: ApiContext) {
  const source = ctx.kg.source(ev.source);
  return source ? recordSpan(ev.locator, source) : null;
}
