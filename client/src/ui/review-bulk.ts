import type { ReviewQueueFilter } from '../api/generated/graphql.js';
import { h, replace, uid } from './dom.js';

export interface BulkContext {
  /** How many waiting candidates the filter matches. */
  count: (filter: ReviewQueueFilter) => Promise<number>;
  /** Accept every waiting candidate the filter matches. */
  accept: (filter: ReviewQueueFilter) => Promise<void>;
  onError: (e: unknown) => void;
}

/**
 * "Accept all matching": the reviewer sets a filter (rule, type, confidence at least c), sees how many
 * candidates it matches, and confirms that number. Nothing is accepted without the confirmation.
 */
export class BulkAccept {
  readonly el: HTMLDetailsElement;
  private readonly rule = h('select', {});
  private readonly type = h('select', {});
  private readonly minConfidence = h('input', { type: 'number', min: '0', max: '1', step: '0.05', value: '0.9' });
  private readonly outcome = h('div', { class: 'bulk-outcome', 'aria-live': 'polite' });

  constructor(private readonly ctx: BulkContext) {
    const labelled = (text: string, control: HTMLElement) => {
      const id = uid('bulk');
      control.id = id;
      return h('div', { class: 'field' }, h('label', { for: id, text }), control);
    };
    this.el = h(
      'details',
      { class: 'bulk' },
      h('summary', { text: 'Accept all matching…' }),
      h(
        'form',
        { onsubmit: (e) => (e.preventDefault(), void this.find()) },
        h('div', { class: 'field-row' }, labelled('Rule', this.rule), labelled('Type', this.type), labelled('Confidence at least', this.minConfidence)),
        h('div', { class: 'dialog-actions' }, h('button', { type: 'submit', text: 'Count matching' })),
        this.outcome,
      ),
    );
    this.setChoices([], []);
  }

  /** The rules and types the queue holds, as the filter's choices. */
  setChoices(rules: string[], types: Array<{ id: string; label: string }>): void {
    const keep = (select: HTMLSelectElement, options: HTMLOptionElement[]) => {
      const value = select.value;
      replace(select, h('option', { value: '', text: 'any' }), ...options);
      select.value = options.some((o) => o.value === value) ? value : '';
    };
    keep(this.rule, rules.map((r) => h('option', { value: r, text: r })));
    keep(this.type, types.map((t) => h('option', { value: t.id, text: t.label })));
  }

  private filter(): ReviewQueueFilter {
    const c = Number(this.minConfidence.value);
    return {
      rules: this.rule.value ? [this.rule.value] : null,
      types: this.type.value ? [this.type.value] : null,
      minConfidence: this.minConfidence.value !== '' && Number.isFinite(c) ? c : null,
    };
  }

  private async find(): Promise<void> {
    const filter = this.filter();
    let n: number;
    try {
      n = await this.ctx.count(filter);
    } catch (e) {
      return this.ctx.onError(e);
    }
    if (!n) return replace(this.outcome, h('p', { class: 'muted', text: 'No waiting candidate matches.' }));
    const confirm = h('button', {
      type: 'button',
      class: 'primary',
      text: `Accept ${n} matching candidate${n === 1 ? '' : 's'}`,
      onclick: () => {
        replace(this.outcome, h('p', { class: 'muted', text: 'Accepting…' }));
        void this.ctx.accept(filter).then(() => replace(this.outcome, h('p', { text: `Accepted ${n}. Undo (u) takes them all back.` })));
      },
    });
    replace(this.outcome, h('p', { text: `${n} waiting candidate${n === 1 ? '' : 's'} match. Accept them all?` }), h('div', { class: 'dialog-actions' }, confirm, h('button', { type: 'button', text: 'Cancel', onclick: () => replace(this.outcome) })));
    confirm.focus();
  }
}
