import type { Vocabulary } from '../graph/graph-model.js';
import type { Count, Visibility } from '../state/visibility.js';
import { DEFAULT_FILTERS, isPartialDate, MAX_FOCUS_DEPTH, STATUSES, type Filters, type Status } from '../state/view-state.js';
import { h, replace, swatch, uid } from './dom.js';

export interface FiltersPanelEvents {
  onFilters: (next: Filters) => void;
  onFocus: (depth: number) => void;
}

interface CheckRow {
  input: HTMLInputElement;
  count: HTMLSpanElement;
}

/**
 * The "Filters" panel: entity kinds, relation types, statuses (each with live visible/total counts),
 * minimum confidence, an "as of" date, and focus mode (1–3 hops around the selection). Built once per
 * vocabulary; update() only changes values and counts, so keyboard focus stays where it is.
 */
export class FiltersPanel {
  readonly el: HTMLElement;
  private filters: Filters = DEFAULT_FILTERS;
  private kindRows = new Map<string, CheckRow>();
  private typeRows = new Map<string, CheckRow>();
  private statusRows = new Map<string, CheckRow>();
  private readonly confidence: HTMLInputElement;
  private readonly confidenceOut: HTMLOutputElement;
  private readonly asOf: HTMLInputElement;
  private readonly focus: HTMLSelectElement;
  private readonly focusHint: HTMLParagraphElement;
  private readonly groups: HTMLDivElement;

  constructor(private readonly events: FiltersPanelEvents) {
    const confId = uid('min-conf');
    this.confidence = h('input', { id: confId, type: 'range', min: '0', max: '1', step: '0.05', value: '0', oninput: () => this.emit({ minConfidence: Number(this.confidence.value) }) });
    this.confidenceOut = h('output', { for: confId, text: '0.00' });
    const asOfId = uid('as-of');
    const asOfHint = uid('as-of-hint');
    this.asOf = h('input', {
      id: asOfId,
      type: 'text',
      inputmode: 'numeric',
      placeholder: 'e.g. 2024 or 2024-06-30',
      'aria-describedby': asOfHint,
      onchange: () => this.commitAsOf(),
      onkeydown: (e) => (e as KeyboardEvent).key === 'Enter' && this.commitAsOf(),
    });
    const focusId = uid('focus');
    this.focus = h(
      'select',
      { id: focusId, onchange: () => this.events.onFocus(Number(this.focus.value)) },
      h('option', { value: '0', text: 'Off: whole graph' }),
      ...Array.from({ length: MAX_FOCUS_DEPTH }, (_, i) => h('option', { value: String(i + 1), text: `${i + 1} hop${i ? 's' : ''} around the selection` })),
    );
    this.focusHint = h('p', { class: 'hint', text: 'Select an entity to focus on its neighbourhood.' });
    this.groups = h('div', { class: 'filter-groups' });
    this.el = h(
      'section',
      { class: 'filters', 'aria-label': 'Filters' },
      h('h2', { text: 'Filters' }),
      h('div', { class: 'field' }, h('label', { for: focusId, text: 'Focus mode' }), this.focus, this.focusHint),
      this.groups,
      h('div', { class: 'field' }, h('label', { for: confId, text: 'Minimum confidence' }), h('div', { class: 'range-row' }, this.confidence, this.confidenceOut)),
      h(
        'div',
        { class: 'field' },
        h('label', { for: asOfId, text: 'As of (date)' }),
        h('div', { class: 'inline' }, this.asOf, h('button', { type: 'button', text: 'Clear', 'aria-label': 'Clear the date', onclick: () => ((this.asOf.value = ''), this.commitAsOf()) })),
        h('p', { id: asOfHint, class: 'hint', text: 'Only relations that hold at this date. Undated relations always show.' }),
      ),
      h('button', { type: 'button', class: 'reset', text: 'Reset filters', onclick: () => this.events.onFilters(DEFAULT_FILTERS) }),
    );
  }

  /** Builds the checkbox groups for a vocabulary (on load and after a reload). */
  setVocabulary(vocab: Vocabulary, statuses: string[]): void {
    this.kindRows = new Map();
    this.typeRows = new Map();
    this.statusRows = new Map();
    const kinds = this.checkGroup('Entity kinds', vocab.kinds.map((k) => ({ id: k.id, label: k.label, color: k.color })), this.kindRows, (id, on) => ({
      hiddenKinds: on ? this.filters.hiddenKinds.filter((k) => k !== id) : [...this.filters.hiddenKinds, id],
    }), (all) => ({ hiddenKinds: all ? [] : vocab.kinds.map((k) => k.id) }));
    const types = this.checkGroup('Relation types', vocab.types.map((t) => ({ id: t.id, label: t.label })), this.typeRows, (id, on) => ({
      hiddenTypes: on ? this.filters.hiddenTypes.filter((k) => k !== id) : [...this.filters.hiddenTypes, id],
    }), (all) => ({ hiddenTypes: all ? [] : vocab.types.map((t) => t.id) }));
    const known = STATUSES.filter((s) => statuses.includes(s));
    const status = this.checkGroup('Status', known.map((s) => ({ id: s, label: s })), this.statusRows, (id, on) => ({
      statuses: on ? [...this.filters.statuses, id as Status] : this.filters.statuses.filter((s) => s !== id),
    }));
    replace(this.groups, kinds, status, types);
    this.update(this.filters, null, 0, false);
  }

  update(filters: Filters, vis: Visibility | null, focus: number, hasSelection: boolean): void {
    this.filters = filters;
    const sync = (rows: Map<string, CheckRow>, counts: Map<string, Count> | undefined, on: (id: string) => boolean) => {
      for (const [id, row] of rows) {
        row.input.checked = on(id);
        const c = counts?.get(id) ?? { visible: 0, total: 0 };
        row.count.textContent = `${c.visible}/${c.total}`;
      }
    };
    sync(this.kindRows, vis?.kinds, (id) => !filters.hiddenKinds.includes(id));
    sync(this.typeRows, vis?.types, (id) => !filters.hiddenTypes.includes(id));
    sync(this.statusRows, vis?.statuses, (id) => (filters.statuses as string[]).includes(id));
    this.confidence.value = String(filters.minConfidence);
    this.confidenceOut.textContent = filters.minConfidence.toFixed(2);
    if (document.activeElement !== this.asOf) this.asOf.value = filters.asOf ?? '';
    this.asOf.removeAttribute('aria-invalid');
    this.focus.value = String(focus);
    this.focus.disabled = !hasSelection;
    this.focusHint.hidden = hasSelection;
  }

  private emit(patch: Partial<Filters>): void {
    this.events.onFilters({ ...this.filters, ...patch });
  }

  private commitAsOf(): void {
    const v = this.asOf.value.trim();
    if (v && !isPartialDate(v)) {
      this.asOf.setAttribute('aria-invalid', 'true');
      return;
    }
    this.emit({ asOf: v || null });
  }

  private checkGroup(
    legend: string,
    items: Array<{ id: string; label: string; color?: string }>,
    rows: Map<string, CheckRow>,
    toggle: (id: string, on: boolean) => Partial<Filters>,
    all?: (on: boolean) => Partial<Filters>,
  ): HTMLFieldSetElement {
    const list = h('ul', { class: 'checks' });
    for (const item of items) {
      const countId = uid('count');
      const input = h('input', {
        type: 'checkbox',
        'data-id': item.id,
        'aria-label': item.label,
        'aria-describedby': countId,
        onchange: () => this.emit(toggle(item.id, input.checked)),
      });
      const count = h('span', { id: countId, class: 'count', title: 'visible / total' });
      rows.set(item.id, { input, count });
      list.append(h('li', {}, h('label', {}, input, item.color ? swatch(item.color) : null, h('span', { class: 'check-label', text: item.label }), count)));
    }
    return h(
      'fieldset',
      { class: 'check-group' },
      h('legend', { text: legend }),
      all
        ? h(
            'div',
            { class: 'inline' },
            h('button', { type: 'button', class: 'small', text: 'All', 'aria-label': `Show all ${legend.toLowerCase()}`, onclick: () => this.emit(all(true)) }),
            h('button', { type: 'button', class: 'small', text: 'None', 'aria-label': `Hide all ${legend.toLowerCase()}`, onclick: () => this.emit(all(false)) }),
          )
        : null,
      list,
    );
  }
}
