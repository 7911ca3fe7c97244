import { request, type ApiErrorDetail } from '../api/client.js';
import type { ImportGraphMutation as ImportData } from '../api/generated/graphql.js';
import { ImportGraphMutation } from '../api/write-operations.js';
import { h, replace } from './dom.js';
import { showFieldErrors } from './form-errors.js';
import { field, Modal, type Field } from './modal.js';

type ImportReport = ImportData['importGraph'];

/** Formats the server reads, and the file name endings that suggest each. */
const FORMATS: Array<{ id: string; label: string; endings: string[] }> = [
  { id: 'gexf', label: 'GEXF', endings: ['.gexf'] },
  { id: 'graphml', label: 'GraphML', endings: ['.graphml', '.xml'] },
  { id: 'csv', label: 'CSV (needs a mapping)', endings: ['.csv', '.tsv'] },
  { id: 'graphology', label: 'graphology JSON', endings: ['.graphology.json', '.json'] },
  { id: 'cytoscape', label: 'Cytoscape JSON', endings: ['.cyjs'] },
  { id: 'ntriples', label: 'N-Triples', endings: ['.nt'] },
  { id: 'turtle', label: 'Turtle', endings: ['.ttl'] },
  { id: 'sparql-json', label: 'SPARQL JSON results', endings: ['.srj'] },
];

/** The format a file name suggests (the longest matching ending), or '' to let the server guess. */
export const guessFormat = (name: string): string =>
  FORMATS.flatMap((f) => f.endings.map((e) => ({ id: f.id, e }))).filter(({ e }) => name.toLowerCase().endsWith(e)).sort((a, b) => b.e.length - a.e.length)[0]?.id ?? '';

/**
 * "Import": a graph file (GEXF, GraphML, CSV, JSON, RDF) with its format (guessed from the name), an
 * optional mapping (JSON), the status of its relations and whether unknown kinds and types join the
 * vocabulary. "Dry run" shows what would be imported and lost; "Import" commits it in one go (the
 * graph then shows it through the live change feed).
 */
export class ImportDialog {
  private readonly modal = new Modal('Import a graph file', 'import');
  private readonly file = h('input', { type: 'file', accept: '.gexf,.graphml,.xml,.csv,.tsv,.json,.cyjs,.nt,.ttl,.srj' });
  private readonly format = h('select', {}, h('option', { value: '', text: 'Guess from the file' }), ...FORMATS.map((f) => h('option', { value: f.id, text: f.label })));
  private readonly status = h('select', {}, h('option', { value: 'extracted', text: 'extracted (to be reviewed)' }), h('option', { value: 'reviewed', text: 'reviewed' }));
  private readonly addToVocabulary = h('input', { type: 'checkbox' });
  private readonly fields: Record<string, Field>;
  private readonly result = h('div', { class: 'dialog-result', 'aria-live': 'polite' });
  private readonly buttons: HTMLButtonElement[];

  constructor() {
    this.fields = {
      text: field('File', this.file),
      format: field('Format', this.format),
      mapping: field('Mapping (JSON, optional)', h('textarea', { rows: 5, spellcheck: 'false', class: 'mono', placeholder: '{ "defaultKind": "Topic", "nodes": { "label": "name" }, "kinds": { … }, "types": { … } }' }), 'Which attributes give the id, label, kind, type, time; how foreign kinds and types map onto the vocabulary. See the README’s Import section.'),
      status: field('Status of imported relations', this.status),
      title: field('Title of the dataset', h('input', { type: 'text', placeholder: 'the file name when left empty' })),
      publisher: field('Publisher', h('input', { type: 'text' })),
    };
    this.file.addEventListener('change', () => (this.format.value = guessFormat(this.file.files?.[0]?.name ?? '')));
    const dry = h('button', { type: 'button', text: 'Dry run', onclick: () => void this.run(true) });
    const commit = h('button', { type: 'submit', class: 'primary', text: 'Import' });
    this.buttons = [dry, commit];
    const f = this.fields;
    this.modal.body.append(
      h(
        'form',
        { class: 'dialog-form', onsubmit: (e) => (e.preventDefault(), void this.run(false)) },
        h('div', { class: 'field-row' }, f.text!.el, f.format!.el),
        f.mapping!.el,
        h('div', { class: 'field-row' }, f.status!.el, f.title!.el, f.publisher!.el),
        h('label', { class: 'check' }, this.addToVocabulary, ' Add unknown kinds and types to the vocabulary'),
        this.result,
        h('div', { class: 'dialog-actions' }, dry, commit),
      ),
    );
  }

  open(): void {
    this.modal.open();
    this.file.focus();
  }

  private async run(dryRun: boolean): Promise<void> {
    const file = this.file.files?.[0];
    const f = this.fields;
    showFieldErrors(null, f);
    if (!file) return f.text!.error('Choose a file.');
    const mapping = (f.mapping!.control as HTMLTextAreaElement).value.trim();
    if (mapping) {
      try {
        JSON.parse(mapping);
      } catch (e) {
        return f.mapping!.error(`Not JSON: ${(e as Error).message}`);
      }
    }
    const optional = (name: string) => (f[name]!.control as HTMLInputElement).value.trim() || null;
    const input = {
      text: await file.text(),
      fileName: file.name,
      format: this.format.value || null,
      mapping: mapping || null,
      status: this.status.value,
      addToVocabulary: this.addToVocabulary.checked,
      title: optional('title'),
      publisher: optional('publisher'),
    };
    this.modal.clearError();
    replace(this.result, h('p', { class: 'muted', text: dryRun ? 'Reading the file…' : 'Importing…' }));
    for (const b of this.buttons) b.disabled = true;
    try {
      const { importGraph: report } = await request(ImportGraphMutation, { input, dryRun });
      replace(this.result, reportView(report));
      // A dry run without a mapping shows the one it inferred, ready to edit and run again.
      const mappingBox = f.mapping!.control as HTMLTextAreaElement;
      if (dryRun && !mappingBox.value.trim()) mappingBox.value = report.mapping;
    } catch (e) {
      replace(this.result);
      // Import errors name the file they are about: the mapping, or the graph file (with its line or element).
      const rest = showFieldErrors(e, f, describeImportError, (d) => (d.extensions.file === 'mapping' ? 'mapping' : d.extensions.file ? 'text' : d.field));
      if (rest === null) this.modal.showError(e, () => void this.run(dryRun));
      else if (rest.length) replace(this.result, h('p', { class: 'field-error' }, ...rest));
    } finally {
      for (const b of this.buttons) b.disabled = false;
    }
  }
}

/** An import error with its place in the file, when the server names one. */
const describeImportError = (d: ApiErrorDetail): string => (typeof d.extensions.place === 'string' && !d.message.includes(d.extensions.place) ? `${d.extensions.place}: ${d.message}` : d.message);

/** A dry run's or an import's report: counts, mappings, losses (place and reason), merges. */
function reportView(r: ImportReport): HTMLElement {
  const row = (term: string, value: number | string) => [h('dt', { text: term }), h('dd', { text: String(value) })];
  const table = (caption: string, head: string[], rows: string[][]) =>
    rows.length
      ? h('table', { class: 'list-table' }, h('caption', { text: caption }), h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { text: x })))), h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((c) => h('td', { text: c }))))))
      : null;
  return h(
    'div',
    { class: 'import-report' },
    h('p', { class: 'report-headline', text: r.committed ? `Imported as source “${r.source}” (${r.format}).` : `Dry run (${r.format}): nothing is stored until you press Import.` }),
    h(
      'dl',
      { class: 'metrics' },
      ...row('Entities in the file', r.entitiesRead),
      ...row('Relations in the file', r.relationsRead),
      ...row('New entities', r.entitiesCreated),
      ...row('Matched to existing entities', r.entitiesMerged),
      ...row('New relations', r.relationsCreated),
      ...row('Not imported', r.losses.length),
    ),
    table('Mappings', ['What', 'In the file', 'Maps to', 'Count'], r.mappings.map((m) => [m.what, m.foreign, m.mapsTo ?? 'not mapped', String(m.count)])),
    table('Not imported', ['Where', 'Why'], r.losses.map((l) => [l.place, l.reason])),
    table('Matched entities', ['In the file', 'Existing entity', 'By'], r.merges.map((m) => [m.foreign, m.entity, m.by])),
  );
}
