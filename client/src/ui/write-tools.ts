import { canWrite, onSession } from '../state/session.js';
import { h } from './dom.js';

export interface WriteToolsEvents {
  onAddSource: () => void;
  onImport: () => void;
  onReview: () => void;
}

/**
 * The header's write actions — Add source, Import, Review — shown only to a signed-in editor (the
 * explorer stays read-only otherwise), beside the sign-in control.
 */
export class WriteTools {
  readonly el: HTMLDivElement;

  constructor(signIn: HTMLElement, events: WriteToolsEvents) {
    const actions = h(
      'div',
      { class: 'tool-group', role: 'group', 'aria-label': 'Curate' },
      h('button', { type: 'button', text: 'Add source', onclick: () => events.onAddSource() }),
      h('button', { type: 'button', text: 'Import', onclick: () => events.onImport() }),
      h('button', { type: 'button', text: 'Review…', onclick: () => events.onReview() }),
    );
    this.el = h('div', { class: 'tool-group write-tools' }, actions, signIn);
    const sync = () => (actions.hidden = !canWrite());
    onSession(sync);
    sync();
  }
}
