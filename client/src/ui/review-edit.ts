import type { RelationEnd, RelationPatch, ReviewItemFragment } from '../api/generated/graphql.js';
import type { TypeInfo } from '../graph/graph-model.js';
import { isPartialDate } from '../state/view-state.js';
import { h, uid } from './dom.js';
import { field } from './modal.js';
import { IdenticalOption, type IdenticalContext } from './review-identical.js';
import { SearchBox, type SearchBoxOptions } from './search-box.js';

export interface EditContext {
  types: TypeInfo[];
  hedges: string[];
  search: SearchBoxOptions['search'];
  kindLabel: SearchBoxOptions['kindLabel'];
  onError: (e: unknown) => void;
  /** The identical mentions of an end of this candidate (see review-identical.ts). */
  identical: IdenticalContext['find'];
  /**
   * Save the patch: `accept` also accepts the candidate, otherwise it keeps waiting;
   * `applyToIdentical` lists the re-pointed ends whose identical mentions the reviewer asked to re-point too.
   */
  onSave: (patch: RelationPatch, accept: boolean, applyToIdentical: RelationEnd[]) => void;
  onCancel: () => void;
}

/**
 * The edit form of a candidate (key `e`): its type, direction (swap), either end (chosen with a
 * search box), hedge and time. Only what changed goes into the patch. An end re-pointed to another
 * entity offers to re-point its identical mentions too (unchecked).
 */
export function editForm(item: ReviewItemFragment, ctx: EditContext): HTMLFormElement {
  let from = { id: item.fromId, label: item.from.label };
  let to = { id: item.toId, label: item.to.label };
  const type = h('select', {}, ...ctx.types.map((t) => h('option', { value: t.id, text: t.label, selected: t.id === item.type })));
  const hedge = h('select', {}, h('option', { value: '', text: 'none' }), ...ctx.hedges.map((id) => h('option', { value: id, text: id, selected: id === item.hedge })));
  const ends = h('p', { class: 'edit-ends', 'aria-live': 'polite' });
  const identicalCtx = { find: ctx.identical, onError: ctx.onError };
  const identical = {
    from: new IdenticalOption('FROM', from, item.toId, identicalCtx),
    to: new IdenticalOption('TO', to, item.fromId, identicalCtx),
  };
  const showEnds = () => {
    ends.textContent = `${from.label} → ${to.label}`;
    void identical.from.pointsAt(from.id);
    void identical.to.pointsAt(to.id);
  };
  const endBox = (label: string, set: (hit: { id: string; label: string }) => void) =>
    new SearchBox({ label, placeholder: 'Search entities', search: ctx.search, kindLabel: ctx.kindLabel, onError: ctx.onError, onChoose: (hit) => (set(hit), showEnds()) });
  const fromBox = endBox('From (subject)', (hit) => (from = hit));
  const toBox = endBox('To (object)', (hit) => (to = hit));
  const swap = h('button', { type: 'button', text: 'Swap direction', onclick: () => (([from, to] = [to, from]), showEnds()) });
  const time = (label: string, value: string | null) => field(label, h('input', { type: 'text', value: value ?? '', placeholder: 'YYYY-MM-DD' }));
  const point = time('Point in time', item.pointInTime);
  const start = time('Start', item.start);
  const end = time('End', item.end);
  showEnds();

  const patch = (): RelationPatch | null => {
    const p: RelationPatch = {};
    if (type.value !== item.type) p.type = type.value;
    if (from.id !== item.fromId) p.from = from.id;
    if (to.id !== item.toId) p.to = to.id;
    if ((hedge.value || null) !== item.hedge) p.hedge = hedge.value || null;
    let valid = true;
    for (const [f, key, old] of [[point, 'pointInTime', item.pointInTime], [start, 'start', item.start], [end, 'end', item.end]] as const) {
      const v = (f.control as HTMLInputElement).value.trim();
      f.error(v && !isPartialDate(v) ? 'YYYY, YYYY-MM or YYYY-MM-DD' : null);
      if (v && !isPartialDate(v)) valid = false;
      else if ((v || null) !== old) p[key] = v || null;
    }
    return valid ? p : null;
  };
  const save = (accept: boolean) => {
    const p = patch();
    if (!p) return;
    const asked = [identical.from, identical.to].filter((o) => o.checked && (o.end === 'FROM' ? p.from : p.to)).map((o) => o.end);
    ctx.onSave(p, accept, asked);
  };
  const labelled = (text: string, control: HTMLElement) => {
    const id = uid('edit');
    control.id = id;
    return h('div', { class: 'field' }, h('label', { for: id, text }), control);
  };
  const form = h(
    'form',
    { class: 'review-edit', 'aria-label': 'Edit the candidate', onsubmit: (e) => (e.preventDefault(), save(true)), onkeydown: (e) => (e as KeyboardEvent).key === 'Escape' && (e.preventDefault(), e.stopPropagation(), ctx.onCancel()) },
    h('div', { class: 'field-row' }, labelled('Type', type), labelled('Hedge', hedge)),
    ends,
    h('div', { class: 'field-row' }, swap),
    h('div', { class: 'field-row' }, h('div', { class: 'field' }, h('span', { class: 'field-label', text: 'New subject' }), fromBox.el), h('div', { class: 'field' }, h('span', { class: 'field-label', text: 'New object' }), toBox.el)),
    identical.from.el,
    identical.to.el,
    h('div', { class: 'field-row' }, point.el, start.el, end.el),
    h(
      'div',
      { class: 'dialog-actions' },
      h('button', { type: 'submit', class: 'primary', text: 'Save and accept' }),
      h('button', { type: 'button', text: 'Save, keep waiting', onclick: () => save(false) }),
      h('button', { type: 'button', text: 'Cancel', onclick: () => ctx.onCancel() }),
    ),
  );
  queueMicrotask(() => type.focus());
  return form;
}
