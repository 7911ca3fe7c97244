import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

export const CSRF_HEADER = 'x-corridor-csrf';

/**
 * CSRF prevention for requests a browser could send cross-site without a preflight: POSTs with a
 * "simple" content type (form or text/plain) must carry the x-corridor-csrf header. GET is left
 * alone: it never runs a mutation (Yoga answers 405), and plain GET links and EventSource
 * subscriptions cannot set headers.
 */
export function useCsrfForWrites(): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }) as Plugin & { onRequestParse: NonNullable<Plugin['onRequestParse']> };
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return;
      return inner.onRequestParse(payload);
    },
  };
}
