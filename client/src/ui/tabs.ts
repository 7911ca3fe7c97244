import { h } from './dom.js';

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs, which activate
 * on focus; only the active panel is shown.
 */
export class Tabs {
  readonly el: HTMLDivElement;
  private readonly tabs = new Map<string, HTMLButtonElement>();
  private readonly panels = new Map<string, HTMLElement>();
  private readonly listeners = new Set<(id: string) => void>();
  active: string;

  constructor(label: string, specs: TabSpec[]) {
    const list = h('div', { role: 'tablist', 'aria-label': label, class: 'tablist' });
    const panels = h('div', { class: 'tabpanels' });
    for (const s of specs) {
      const tab = h('button', {
        type: 'button',
        role: 'tab',
        id: `tab-${s.id}`,
        'aria-controls': `panel-${s.id}`,
        text: s.label,
        onclick: () => this.select(s.id),
        onkeydown: (e) => this.onKey(e as KeyboardEvent, s.id),
      });
      const panel = h('div', { role: 'tabpanel', id: `panel-${s.id}`, 'aria-labelledby': `tab-${s.id}`, class: 'tabpanel' }, s.panel);
      this.tabs.set(s.id, tab);
      this.panels.set(s.id, panel);
      list.append(tab);
      panels.append(panel);
    }
    this.el = h('div', { class: 'tabs' }, list, panels);
    this.active = specs[0]!.id;
    this.select(this.active);
  }

  select(id: string, focus = false): void {
    this.active = id;
    for (const [tid, tab] of this.tabs) {
      const on = tid === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      this.panels.get(tid)!.hidden = !on;
      if (on && focus) tab.focus();
    }
    for (const l of this.listeners) l(id);
  }

  onSelect(listener: (id: string) => void): void {
    this.listeners.add(listener);
  }

  private onKey(e: KeyboardEvent, id: string): void {
    const ids = [...this.tabs.keys()];
    const i = ids.indexOf(id);
    const next = e.key === 'ArrowRight' ? ids[(i + 1) % ids.length] : e.key === 'ArrowLeft' ? ids[(i - 1 + ids.length) % ids.length] : e.key === 'Home' ? ids[0] : e.key === 'End' ? ids[ids.length - 1] : undefined;
    if (next) {
      e.preventDefault();
      this.select(next, true);
    }
  }
}
