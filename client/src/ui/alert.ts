import { h, replace } from './dom.js';

/**
 * The page's error banner: what failed, in words, and a Retry button that re-runs what failed.
 * role="alert" makes screen readers announce it as soon as it appears.
 */
export class AlertBanner {
  readonly el: HTMLDivElement;
  private readonly body: HTMLDivElement;

  constructor() {
    this.body = h('div', { class: 'alert-body' });
    this.el = h('div', { class: 'alert', role: 'alert', hidden: true }, this.body);
  }

  show(message: string, retry?: () => void | Promise<void>): void {
    const retryButton =
      retry &&
      h('button', {
        type: 'button',
        class: 'primary',
        text: 'Retry',
        onclick: () => {
          this.clear();
          void retry();
        },
      });
    replace(
      this.body,
      h('p', { text: message }),
      h('div', { class: 'alert-actions' }, retryButton, h('button', { type: 'button', text: 'Dismiss', onclick: () => this.clear() })),
    );
    this.el.hidden = false;
    retryButton?.focus({ preventScroll: true });
  }

  clear(): void {
    this.el.hidden = true;
    this.body.replaceChildren();
  }
}
