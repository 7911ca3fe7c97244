import { EXPORT_FORMATS, type ExportFormatId } from '../state/export-query.js';
import { h, uid } from './dom.js';

export interface ExportMenuEvents {
  /** The URL that downloads `format` with the view's current filters. */
  urlFor: (format: ExportFormatId) => string;
  /** The PNG image of the view (drawn in the browser). */
  onPng: () => void;
  /** The server refused the export (a bad filter, 429, 503…): what it said. */
  onError: (message: string) => void;
}

/**
 * The Export menu: the PNG image of the view, and the server's nine formats, each a download link to
 * `/export/<format>` carrying the current filters (what the explorer shows is what is exported).
 * A disclosure button opens the list; Escape closes it. Before downloading, a HEAD request asks the
 * server whether it will answer, so a refusal shows as an alert rather than a downloaded error.
 */
export class ExportMenu {
  readonly el: HTMLDivElement;
  private readonly button: HTMLButtonElement;
  private readonly list: HTMLUListElement;

  constructor(private readonly events: ExportMenuEvents) {
    const listId = uid('export-menu');
    this.button = h('button', { type: 'button', text: 'Export ▾', 'aria-expanded': 'false', 'aria-controls': listId, onclick: () => this.toggle() });
    this.list = h('ul', { id: listId, class: 'menu', hidden: true, 'aria-label': 'Export formats' });
    this.el = h('div', { class: 'tool-group menu-host', onkeydown: (e) => (e as KeyboardEvent).key === 'Escape' && this.toggle(false) }, this.button, this.list);
    document.addEventListener('click', (e) => {
      if (!this.el.contains(e.target as Node)) this.toggle(false);
    });
  }

  private toggle(open = this.list.hidden): void {
    if (open) this.render();
    this.list.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (!open && this.el.contains(document.activeElement)) this.button.focus();
  }

  /** Links are built when the menu opens, so they carry the filters of that moment. */
  private render(): void {
    this.list.replaceChildren(
      h('li', {}, h('button', { type: 'button', class: 'menu-item', text: 'PNG image of the view', onclick: () => (this.toggle(false), this.events.onPng()) })),
      ...EXPORT_FORMATS.map((f) =>
        h(
          'li',
          {},
          h(
            'a',
            { class: 'menu-item', href: this.events.urlFor(f.id), download: '', 'data-format': f.id, onclick: (e) => this.download(e, f.id) },
            h('span', { class: 'menu-label', text: f.label }),
            h('span', { class: 'menu-hint', text: f.description }),
          ),
        ),
      ),
    );
  }

  private download(e: Event, format: ExportFormatId): void {
    e.preventDefault();
    this.toggle(false);
    const url = this.events.urlFor(format);
    void checkExport(url).then((problem) => {
      if (problem) return this.events.onError(problem);
      const a = h('a', { href: url, download: '', hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
    });
  }
}

/** Null when the server will serve the export, else what it said (its JSON error, or the HTTP status). */
async function checkExport(url: string): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'HEAD' });
  } catch {
    return 'The Corridor API cannot be reached. Is the server running?';
  }
  if (res.ok) return null;
  // HEAD has no body: ask again with GET for the server's words (errors are small JSON).
  try {
    const body = (await (await fetch(url)).json()) as { errors?: Array<{ message: string }> };
    const said = body.errors?.map((x) => x.message).join('; ');
    if (said) return `The export failed (HTTP ${res.status}): ${said}`;
  } catch {
    /* no JSON: the status says it */
  }
  return `The export failed: the server answered HTTP ${res.status}.`;
}
