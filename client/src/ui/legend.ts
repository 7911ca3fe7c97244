import type { Vocabulary } from '../graph/graph-model.js';
import { PATH_COLOR } from '../graph/styles.js';
import { h, replace, swatch } from './dom.js';

/** The "Legend" region over the graph: what each colour and mark means. It can be collapsed. */
export class Legend {
  readonly el: HTMLElement;
  private readonly body: HTMLDivElement;
  private readonly toggle: HTMLButtonElement;

  constructor() {
    this.body = h('div', { class: 'legend-body', id: 'legend-body' });
    this.toggle = h('button', {
      type: 'button',
      class: 'small legend-toggle',
      'aria-expanded': 'true',
      'aria-controls': 'legend-body',
      text: 'Hide',
      onclick: () => this.setOpen(this.body.hidden),
    });
    this.el = h('section', { class: 'legend', 'aria-label': 'Legend' }, h('div', { class: 'legend-head' }, h('h2', { text: 'Legend' }), this.toggle), this.body);
    // On a phone the legend would cover most of the graph: it starts folded.
    if (window.matchMedia('(max-width: 760px)').matches) this.setOpen(false);
  }

  setVocabulary(vocab: Vocabulary, kindsInUse: Set<string>): void {
    const line = (color: string, cls: string) => {
      const s = h('span', { class: `legend-line ${cls}`, 'aria-hidden': 'true' });
      s.style.background = color;
      return s;
    };
    replace(
      this.body,
      h('ul', { class: 'legend-kinds' }, ...vocab.kinds.filter((k) => kindsInUse.has(k.id)).map((k) => h('li', {}, swatch(k.color), k.label))),
      h(
        'ul',
        { class: 'legend-edges' },
        h('li', {}, line('#7b8794', 'thick'), 'reviewed relation'),
        h('li', {}, line('#b7c0c9', ''), 'extracted (unchecked)'),
        h('li', {}, line(PATH_COLOR, 'thick'), 'on the found path'),
        h('li', {}, h('span', { class: 'legend-arrow', 'aria-hidden': 'true', text: '→' }), 'direction (none: reads both ways)'),
        h('li', { class: 'muted', text: 'Node size: the chosen centrality. Zoom in for relation labels.' }),
      ),
    );
  }

  private setOpen(open: boolean): void {
    this.body.hidden = !open;
    this.toggle.textContent = open ? 'Hide' : 'Show';
    this.toggle.setAttribute('aria-expanded', String(open));
  }
}
