import type { Filters } from './view-state.js';

/** The server's export formats (`GET /export/<format>`), with what each is for. */
export const EXPORT_FORMATS = [
  { id: 'gexf', label: 'GEXF', description: 'Gephi (typed attributes, colours, positions, timeline)' },
  { id: 'graphml', label: 'GraphML', description: 'networkx, igraph, Cytoscape, yEd' },
  { id: 'csv', label: 'CSV', description: 'entities, relations and evidence as three CSV files (zip)' },
  { id: 'neo4j-csv', label: 'Neo4j CSV', description: 'Neo4j admin-import files (zip)' },
  { id: 'graphology', label: 'graphology JSON', description: 'graphology’s JSON, opens in Gephi Lite' },
  { id: 'cytoscape', label: 'Cytoscape JSON', description: 'Cytoscape.js elements' },
  { id: 'turtle', label: 'Turtle', description: 'RDF, in Wikidata’s statement model' },
  { id: 'ntriples', label: 'N-Triples', description: 'RDF, one triple a line' },
  { id: 'jsonld', label: 'JSON-LD', description: 'RDF as JSON-LD' },
] as const;

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

/**
 * The export URL of what the explorer shows: the view's filters as the export's query parameters
 * (hidden kinds and types become the kinds and types kept, out of all the vocabulary's), and focus
 * mode as the neighbourhood of the selected entity (`around`, `depth`). Pure.
 */
export function exportUrl(format: ExportFormatId, filters: Filters, vocabulary: { kinds: string[]; types: string[] }, focus?: { entity: string; depth: number } | null): string {
  const p = new URLSearchParams();
  if (filters.hiddenKinds.length) p.set('kinds', vocabulary.kinds.filter((k) => !filters.hiddenKinds.includes(k)).join(','));
  if (filters.hiddenTypes.length) p.set('types', vocabulary.types.filter((t) => !filters.hiddenTypes.includes(t)).join(','));
  p.set('status', filters.statuses.join(','));
  if (filters.minConfidence > 0) p.set('minConfidence', String(filters.minConfidence));
  if (filters.asOf) p.set('validAt', filters.asOf);
  if (focus && focus.depth > 0) {
    p.set('around', focus.entity);
    p.set('depth', String(focus.depth));
  }
  const query = p.toString().replace(/%2C/g, ',');
  return `/export/${format}${query ? `?${query}` : ''}`;
}
