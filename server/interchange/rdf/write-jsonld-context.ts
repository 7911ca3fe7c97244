import type { RemoteDocument } from 'jsonld/jsonld-spec.js';
import { CORRIDOR_BASE, NS } from './write-terms.js';

/** Where the bundled context is published (by name: nothing is fetched from there). */
export const CONTEXT_URL = `${CORRIDOR_BASE}context.jsonld`;

/** The JSON-LD context of Corridor's export: the prefixes of write-terms.ts, nothing else. */
export const CORRIDOR_CONTEXT = { '@context': { ...NS } };

/**
 * A jsonld.js documentLoader that serves the bundled context and refuses every other URL: the
 * default loader fetches remote contexts, which fails offline and lets a document make the reader
 * fetch arbitrary URLs.
 */
export async function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  if (url === CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: CORRIDOR_CONTEXT };
  throw new Error(`JSON-LD: refusing to load remote document ${url} (only the bundled ${CONTEXT_URL} is served)`);
}
