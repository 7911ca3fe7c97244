import type { Source } from './records.js';

/**
 * Record evidence points into a dataset source's stored file by a locator instead of a quote:
 *   node:<id> / edge:<id>   an element of a GEXF or GraphML file, an element of a graphology or
 *                           Cytoscape JSON file (by key or data.id), or edge:#<n> for the n-th edge
 *                           (0-based) of a JSON file whose edges have no ids
 *   row:<n>                 the line (1-based, as an editor counts) where a CSV record starts
 *   triple:<s> <p> <o>      an RDF statement, written as one N-Triples line without the final " ."
 *   result:<n>              the n-th (0-based) binding of a SPARQL JSON result
 * Validation checks that every locator resolves in the stored file, as it checks quotes at their
 * offsets. Resolvers are registered per format by the interchange readers (the model layer does not
 * parse formats itself); a locator whose format has no resolver is reported, never silently passed.
 */
/** Where a record lies in the file: its span (UTF-16 offsets) when it has one, or just that it exists. */
export type RecordPlace = { start: number; end: number } | 'found' | null;
export type LocatorResolver = (text: string) => (locator: string) => RecordPlace;

const resolvers = new Map<string, LocatorResolver>();
/** One prepared lookup per stored text (parsing a dataset once, not once per relation). */
const prepared = new WeakMap<Source, (locator: string) => RecordPlace>();

export function registerLocatorResolver(format: string, resolver: LocatorResolver): void {
  resolvers.set(format, resolver);
}

function lookupFor(source: Source): ((locator: string) => RecordPlace) | string {
  if (source.kind !== 'dataset' || !source.format) {
    return `record evidence needs a dataset source; "${source.id}" is ${source.kind === 'dataset' ? 'a dataset without a "format"' : `of kind "${source.kind}"`} (quote it instead)`;
  }
  let lookup = prepared.get(source);
  if (!lookup) {
    const resolver = resolvers.get(source.format);
    if (!resolver) return `no reader is registered for dataset format "${source.format}"`;
    lookup = resolver(source.text);
    prepared.set(source, lookup);
  }
  return lookup;
}

/** Null when the locator names a record of the source's file; otherwise what is wrong. */
export function locatorProblem(locator: string, source: Source): string | null {
  const lookup = lookupFor(source);
  if (typeof lookup === 'string') return `${lookup}, so locator "${locator}" cannot be checked`;
  return lookup(locator) ? null : `locator "${locator}" names no record of source "${source.id}" (${source.format})`;
}

/** The record's span in the stored file, or null when it has none (or does not resolve). */
export function recordSpan(locator: string, source: Source): { start: number; end: number } | null {
  const lookup = lookupFor(source);
  if (typeof lookup === 'string') return null;
  const place = lookup(locator);
  return place && place !== 'found' ? place : null;
}
