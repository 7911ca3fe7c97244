import { request } from '../api/client.js';
import { PendingSourcesQuery } from '../api/write-operations.js';
import { h, replace } from './dom.js';
import { Modal } from './modal.js';

/** "Review…": the sources whose candidates wait for review, each opening its Review view. */
export class ReviewPicker {
  private readonly modal = new Modal('Review a source', 'review-picker');
  private readonly list = h('ul', { class: 'source-list' });

  constructor(private readonly onPick: (sourceId: string) => void) {
    this.modal.body.append(this.list);
  }

  async open(): Promise<void> {
    replace(this.list, h('li', { class: 'muted', text: 'Loading…' }));
    this.modal.open();
    try {
      const { sources } = await request(PendingSourcesQuery, {});
      const pending = sources.filter((s) => s.pendingCount > 0).sort((a, b) => b.pendingCount - a.pendingCount);
      replace(
        this.list,
        ...(pending.length
          ? pending.map((s) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'entity-link', text: s.title, onclick: () => (this.modal.close(), this.onPick(s.id)) }),
                h('span', { class: 'muted', text: ` ${s.pendingCount} waiting${s.published ? `, ${s.published}` : ''}` }),
              ),
            )
          : [h('li', { class: 'muted', text: 'No source has candidates waiting for review. Add a source to get some.' })]),
      );
    } catch (e) {
      replace(this.list);
      this.modal.showError(e, () => void this.open());
    }
  }
}
