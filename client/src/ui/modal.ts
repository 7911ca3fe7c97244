import { ApiError } from '../api/client.js';
import { AlertBanner } from './alert.js';
import { h, uid, type Child } from './dom.js';

/** An error in words, as the page's alert says it. */
export const describeError = (e: unknown): string => (e instanceof ApiError ? e.describe() : `Something went wrong: ${(e as Error).message}`);

/**
 * A modal dialog (<dialog>, so focus stays inside and Escape closes it) with a title and a Close
 * button; `body` takes the content, and errors show in the dialog's own alert (the page's alert sits
 * beneath the modal). Shared by sign-in, Add source, Import and the Review view.
 */
export class Modal {
  readonly el: HTMLDialogElement;
  readonly body: HTMLDivElement;
  private readonly heading: HTMLHeadingElement;
  private readonly alert = new AlertBanner();

  constructor(title: string, className = '') {
    const titleId = uid('dialog-title');
    this.heading = h('h2', { id: titleId, text: title });
    this.body = h('div', { class: 'dialog-body' });
    this.el = h(
      'dialog',
      { class: `modal ${className}`.trim(), 'aria-labelledby': titleId },
      h('div', { class: 'dialog-head' }, this.heading, h('button', { type: 'button', class: 'close', text: 'Close', onclick: () => this.close() })),
      this.alert.el,
      this.body,
    );
    document.body.append(this.el);
  }

  setTitle(title: string): void {
    this.heading.textContent = title;
  }

  open(): void {
    if (!this.el.open) this.el.showModal();
  }

  /** Shows an error (network, HTTP 429/503, a refused write) in the dialog, with Retry when given. */
  showError(e: unknown, retry?: () => void): void {
    this.alert.show(describeError(e), retry);
  }

  clearError(): void {
    this.alert.clear();
  }

  close(): void {
    this.alert.clear();
    if (this.el.open) this.el.close();
  }
}

/** A labelled form field: label, control, hint and a place for its error (aria-describedby links them). */
export interface Field {
  el: HTMLDivElement;
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  /** Shows an error next to the field (content may hold links); null clears it. */
  error: (message: Child | null) => void;
}

export function field(label: string, control: Field['control'], hint?: string): Field {
  const id = control.id || uid('field');
  control.id = id;
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  control.setAttribute('aria-describedby', [hintEl?.id, errorEl.id].filter(Boolean).join(' '));
  const el = h('div', { class: 'field' }, h('label', { for: id, text: label }), control, hintEl, errorEl);
  return {
    el,
    control,
    error: (message) => {
      errorEl.replaceChildren();
      if (message === null) {
        errorEl.hidden = true;
        control.removeAttribute('aria-invalid');
        return;
      }
      errorEl.append(typeof message === 'string' ? message : (message as Node));
      errorEl.hidden = false;
      control.setAttribute('aria-invalid', 'true');
    },
  };
}
