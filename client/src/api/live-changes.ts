import { GRAPHQL_URL } from './client.js';
import type { ChangesSubscription as ChangesData } from './generated/graphql.js';
import { ChangesSubscription } from './operations.js';

export type ChangeEvent = ChangesData['changes'];

/**
 * Follows the API's change feed (GraphQL subscription over Server-Sent Events; EventSource sends
 * GET with Accept: text/event-stream and reconnects by itself). After a reconnect, events may have
 * been missed, so `onResync` asks for a full refetch. Returns a function that stops listening.
 */
export function followChanges(onEvent: (e: ChangeEvent) => void, onResync: () => void, onConnected: (connected: boolean) => void = () => {}): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const url = `${GRAPHQL_URL}?query=${encodeURIComponent(ChangesSubscription.toString())}`;
  const source = new EventSource(url);
  let lost = false;
  source.addEventListener('next', (m: MessageEvent<string>) => {
    try {
      const body = JSON.parse(m.data) as { data?: ChangesData | null };
      if (body.data?.changes) onEvent(body.data.changes);
    } catch {
      /* a malformed event is skipped; the next RELOAD or resync corrects the view */
    }
  });
  source.addEventListener('error', () => {
    lost = true;
    onConnected(false);
  });
  source.addEventListener('open', () => {
    onConnected(true);
    if (lost) {
      lost = false;
      onResync();
    }
  });
  return () => source.close();
}
