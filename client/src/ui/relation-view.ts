import type { RelationDetailFragment } from '../api/generated/graphql.js';
import { describeTime } from '../state/dates.js';
import { h } from './dom.js';
import type { QuoteRef } from './source-viewer.js';

/** What a relation view can do: select the entity at its other end, open a quote in its source. */
export interface RelationActions {
  onSelectEntity: (id: string) => void;
  onOpenQuote: (ref: QuoteRef) => void;
}

/** Status, confidence, hedge, time and how many sources state it, as badges. */
export function relationMeta(r: Pick<RelationDetailFragment, 'status' | 'confidence' | 'hedge' | 'pointInTime' | 'start' | 'end'> & { sourceCount?: number }): HTMLElement {
  const time = describeTime(r);
  return h(
    'p',
    { class: 'relation-meta' },
    h('span', { class: `badge status-${r.status}`, text: r.status }),
    h('span', { class: 'badge', text: `confidence ${r.confidence.toFixed(2)}` }),
    r.hedge ? h('span', { class: 'badge hedge', text: r.hedge }) : null,
    time ? h('span', { class: 'badge time', text: time }) : null,
    r.sourceCount !== undefined ? h('span', { class: 'badge sources', text: `stated by ${r.sourceCount} source${r.sourceCount === 1 ? '' : 's'}` }) : null,
  );
}

type EvidenceItem = RelationDetailFragment['evidence'][number];

/**
 * The evidence of a relation: each quote a button that opens the source at that passage; each record
 * of an imported dataset shows where it is in the file (its locator) and the record's text, monospace.
 */
export function evidenceList(r: RelationDetailFragment, actions: RelationActions): HTMLElement {
  const open = (ev: EvidenceItem) => () => actions.onOpenQuote({ sourceId: ev.source.id, quote: ev.quote, start: ev.start ?? 0, end: ev.end ?? 0 });
  return h(
    'ul',
    { class: 'evidence' },
    ...r.evidence.map((ev) => {
      if (ev.kind === 'record') {
        const file = ev.source.fileName ?? ev.source.title;
        return h(
          'li',
          { class: 'record-evidence' },
          h(
            'button',
            { type: 'button', class: 'quote record', title: 'Open the dataset file at this record', onclick: open(ev) },
            h('span', { class: 'cite', text: `Record ${ev.locator ?? ''} of ${file}` }),
            h('pre', { class: 'record-text', text: ev.quote }),
          ),
        );
      }
      const cite = [ev.source.title, ev.source.published].filter(Boolean).join(', ');
      return h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'quote', title: 'Open the source at this passage', onclick: open(ev) },
          h('q', { text: ev.quote }),
          h('span', { class: 'cite', text: `— ${cite}` }),
        ),
      );
    }),
  );
}

/** One relation of an entity: the entity at the other end (a button selecting it), its meta, its evidence. */
export function relationItem(r: RelationDetailFragment, other: { id: string; label: string }, actions: RelationActions): HTMLLIElement {
  return h(
    'li',
    { class: 'relation', 'data-relation': r.id },
    h('button', { type: 'button', class: 'entity-link', text: other.label, onclick: () => actions.onSelectEntity(other.id) }),
    relationMeta(r),
    r.note ? h('p', { class: 'note', text: r.note }) : null,
    evidenceList(r, actions),
  );
}
