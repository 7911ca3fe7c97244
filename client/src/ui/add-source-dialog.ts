import { request } from '../api/client.js';
import type { IngestSourceMutation as IngestData } from '../api/generated/graphql.js';
import { IngestSourceMutation } from '../api/write-operations.js';
import { h, replace } from './dom.js';
import { showFieldErrors } from './form-errors.js';
import { field, Modal, type Field } from './modal.js';

export type IngestReport = IngestData['ingestSource'];

export interface AddSourceEvents {
  /** The source was added: go to its review. */
  onAdded: (report: IngestReport) => void;
  /** Open a source the graph already has (a duplicate's link). */
  onOpenSource: (id: string) => void;
}

const FORMATS: Record<string, string> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };

/**
 * "Add source": paste a text or choose a .txt/.md/.html file, fill in its metadata; "Preview" runs
 * the ingest as a dry run and shows what it would find, "Add" commits it and opens its review.
 * Refusals show next to the field they concern (a duplicate names the source, with a link to it).
 */
export class AddSourceDialog {
  private readonly modal = new Modal('Add source', 'add-source');
  private readonly fields: Record<string, Field>;
  private readonly file = h('input', { type: 'file', accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html' });
  private readonly format = h('select', {}, h('option', { value: 'text', text: 'Plain text' }), h('option', { value: 'markdown', text: 'Markdown' }), h('option', { value: 'html', text: 'HTML' }));
  private readonly result = h('div', { class: 'dialog-result', 'aria-live': 'polite' });
  private readonly buttons: HTMLButtonElement[];

  constructor(private readonly events: AddSourceEvents) {
    const input = (type = 'text', extra: Record<string, string> = {}) => h('input', { type, ...extra });
    this.fields = {
      text: field('Text', h('textarea', { rows: 10, placeholder: 'Paste the article here, or choose a file below' })),
      fileName: field('…or a file', this.file, '.txt, .md or .html; its text replaces what is pasted above'),
      format: field('Format', this.format),
      title: field('Title', input()),
      publisher: field('Publisher', input()),
      published: field('Published', input('text', { placeholder: 'YYYY-MM-DD' }), 'YYYY, YYYY-MM or YYYY-MM-DD'),
      url: field('URL', input('url', { placeholder: 'https://…' })),
      language: field('Language', input('text', { value: 'en' }), 'BCP 47, e.g. en'),
    };
    this.file.addEventListener('change', () => void this.readFile());
    const preview = h('button', { type: 'button', text: 'Preview', onclick: () => void this.run(true) });
    const add = h('button', { type: 'submit', class: 'primary', text: 'Add' });
    this.buttons = [preview, add];
    const f = this.fields;
    this.modal.body.append(
      h(
        'form',
        { class: 'dialog-form', onsubmit: (e) => (e.preventDefault(), void this.run(false)) },
        f.text!.el,
        h('div', { class: 'field-row' }, f.fileName!.el, f.format!.el),
        f.title!.el,
        h('div', { class: 'field-row' }, f.publisher!.el, f.published!.el, f.language!.el),
        f.url!.el,
        this.result,
        h('div', { class: 'dialog-actions' }, preview, add),
      ),
    );
  }

  open(): void {
    this.modal.open();
    (this.fields.text!.control as HTMLTextAreaElement).focus();
  }

  private value(name: string): string {
    return (this.fields[name]!.control as HTMLInputElement).value.trim();
  }

  private async readFile(): Promise<void> {
    const file = this.file.files?.[0];
    if (!file) return;
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    const format = FORMATS[ext];
    if (!format) return this.fields.fileName!.error(`“${file.name}” is not a .txt, .md or .html file.`);
    this.fields.fileName!.error(null);
    (this.fields.text!.control as HTMLTextAreaElement).value = await file.text();
    this.format.value = format;
  }

  private async run(dryRun: boolean): Promise<void> {
    const optional = (name: string) => this.value(name) || null;
    const file = this.file.files?.[0];
    const input = {
      text: (this.fields.text!.control as HTMLTextAreaElement).value,
      format: this.format.value,
      title: optional('title'),
      publisher: optional('publisher'),
      published: optional('published'),
      url: optional('url'),
      language: optional('language'),
      fileName: file?.name ?? null,
    };
    this.modal.clearError();
    replace(this.result, h('p', { class: 'muted', text: dryRun ? 'Reading the text…' : 'Adding the source…' }));
    for (const b of this.buttons) b.disabled = true;
    try {
      const { ingestSource: report } = await request(IngestSourceMutation, { input, dryRun });
      showFieldErrors(null, this.fields);
      if (dryRun) return replace(this.result, summary(report));
      this.modal.close();
      this.events.onAdded(report);
    } catch (e) {
      replace(this.result);
      const rest = showFieldErrors(e, this.fields, (d) => (d.code === 'DUPLICATE_SOURCE' ? this.duplicate(d.message, d.extensions) : d.message));
      if (rest === null) this.modal.showError(e, () => void this.run(dryRun));
      else if (rest.length) replace(this.result, h('p', { class: 'field-error' }, ...rest));
    } finally {
      for (const b of this.buttons) b.disabled = false;
    }
  }

  /** "Already in the graph as source X" with a link that opens X. */
  private duplicate(message: string, extensions: Record<string, unknown>): HTMLElement {
    const id = typeof extensions.source === 'string' ? extensions.source : /source "([^"]+)"/.exec(message)?.[1];
    return h(
      'span',
      {},
      `${message}. `,
      id ? h('button', { type: 'button', class: 'link', text: `Open “${id}”`, onclick: () => (this.modal.close(), this.events.onOpenSource(id)) }) : null,
    );
  }
}

/** What a dry run found, in numbers. */
function summary(r: IngestReport): HTMLElement {
  const c = r.counts;
  const row = (term: string, value: number | string) => [h('dt', { text: term }), h('dd', { text: String(value) })];
  return h(
    'div',
    { class: 'preview' },
    h('p', { text: `“${r.source.title}”: ${r.source.words} words in ${r.source.sentences} sentences. Nothing is stored until you press Add.` }),
    h(
      'dl',
      { class: 'metrics' },
      ...row('Candidate relations', c.candidates),
      ...row('Evidence for relations already held', c.corroborations),
      ...row('Mentions (linked)', `${c.mentions} (${c.linked})`),
      ...row('Ambiguous mentions', c.ambiguous),
      ...row('Proposed entities', c.proposedEntities),
      ...row('Skipped', c.skipped),
    ),
  );
}
