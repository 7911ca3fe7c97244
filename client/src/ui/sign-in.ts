import { ApiError, request } from '../api/client.js';
import { ViewerQuery } from '../api/write-operations.js';
import { onSession, sessionToken, sessionViewer, signIn, signOut, type Viewer } from '../state/session.js';
import { h, replace } from './dom.js';
import { field, Modal } from './modal.js';

/**
 * Sign-in: a "Sign in" button opening a dialog that takes a token; the token is checked (Query.viewer)
 * and kept in sessionStorage. Signed in, the header shows who and a "Sign out" button.
 */
export class SignIn {
  readonly el: HTMLDivElement;
  private readonly modal = new Modal('Sign in', 'sign-in');
  private readonly token = h('input', { type: 'password', autocomplete: 'off', spellcheck: 'false' });
  private readonly tokenField = field('Token', this.token, 'The editor token the server was started with (CORRIDOR_TOKENS or --tokens-file). It is kept in this tab only.');

  constructor(private readonly onError: (e: unknown) => void) {
    this.el = h('div', { class: 'tool-group sign-in-tools' });
    const form = h(
      'form',
      { onsubmit: (e) => (e.preventDefault(), void this.submit()) },
      this.tokenField.el,
      h('div', { class: 'dialog-actions' }, h('button', { type: 'submit', class: 'primary', text: 'Sign in' })),
    );
    this.modal.body.append(form);
    onSession((v) => this.render(v));
    this.render(null);
  }

  /** Checks a token kept from earlier in this tab (a reload keeps the session). */
  async restore(): Promise<void> {
    const token = sessionToken();
    if (!token) return;
    try {
      const data = await request(ViewerQuery, {});
      if (data.viewer) signIn(token, data.viewer);
      else signOut();
    } catch (e) {
      this.onError(e);
    }
  }

  open(): void {
    this.tokenField.error(null);
    this.modal.clearError();
    this.token.value = '';
    this.modal.open();
    this.token.focus();
  }

  private async submit(): Promise<void> {
    const token = this.token.value.trim();
    if (!token) return this.tokenField.error('Paste a token.');
    let data;
    try {
      data = await request(ViewerQuery, {}, undefined, token);
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'graphql') return this.tokenField.error(e.messages.join('; '));
      return this.modal.showError(e, () => void this.submit());
    }
    if (!data.dataStatus.writable) return this.tokenField.error('This server is read-only (started with --read-only and no tokens). Restart it without --read-only to get a token printed, or with CORRIDOR_TOKENS (see the README).');
    if (!data.viewer) return this.tokenField.error('This token is not one the server knows.');
    signIn(token, data.viewer);
    this.modal.close();
  }

  private render(viewer: Viewer | null = sessionViewer()): void {
    if (!viewer) {
      replace(this.el, h('button', { type: 'button', text: 'Sign in', onclick: () => this.open() }));
      return;
    }
    replace(
      this.el,
      h('span', { class: 'tool-label signed-in', text: `Signed in as ${viewer.name} (${viewer.role})` }),
      h('button', { type: 'button', text: 'Sign out', onclick: () => signOut() }),
    );
  }
}
