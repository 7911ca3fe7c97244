import type { Store } from './store.js';
import { decodeView, differsBeyondCamera, encodeView } from './url-state.js';
import type { ViewState } from './view-state.js';

/** How long the camera must rest before the URL follows it (camera moves happen every frame). */
const CAMERA_SETTLE_MS = 300;

/**
 * Keeps the URL and the view in step: a meaningful change pushes a history entry, a camera move
 * replaces the current one, and back/forward (popstate) restore the view they point at.
 */
export function syncWithHistory<R extends string>(view: Store<ViewState, R>, reasons: { history: R; replace: R[] }): void {
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  const urlFor = (v: ViewState) => `${location.pathname}${encodeView(v, location.search)}${location.hash}`;
  const write = (push: boolean) => {
    const url = urlFor(view.get());
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  view.subscribe((next, prev, reason) => {
    if (reason === reasons.history) return;
    if (reasons.replace.includes(reason) || !differsBeyondCamera(prev, next)) {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => write(false), CAMERA_SETTLE_MS);
      return;
    }
    clearTimeout(cameraTimer);
    write(true);
  });
  window.addEventListener('popstate', () => {
    clearTimeout(cameraTimer);
    view.set(decodeView(location.search), reasons.history);
  });
}
