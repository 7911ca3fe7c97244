import { DATASET_FORMATS } from '../../model/records.js';
import { ImportInputError } from './errors.js';

export type ImportFormat = (typeof DATASET_FORMATS)[number];

const BY_EXTENSION: Record<string, ImportFormat> = {
  gexf: 'gexf', graphml: 'graphml', xml: 'graphml', csv: 'csv', tsv: 'csv', txt: 'csv', nt: 'ntriples', ttl: 'turtle',
  srj: 'sparql-json', cyjs: 'cytoscape', jsonld: 'jsonld',
};

/**
 * The format of a file: given, or from its extension, or from its first characters (<gexf, <graphml,
 * a JSON document's shape). JSON is told apart later by its shape (graphology, Cytoscape, SPARQL).
 */
export function detectFormat(fileName: string, text: string, given?: string): ImportFormat | 'json' {
  if (given) {
    if (given === 'neo4j-csv') return 'csv';
    if (!(DATASET_FORMATS as readonly string[]).includes(given)) {
      throw new ImportInputError(`unknown format "${given}" (known: ${DATASET_FORMATS.join(', ')}, neo4j-csv)`, fileName, '--format', 'IMPORT_FORMAT');
    }
    return given as ImportFormat;
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const head = text.replace(/^\uFEFF/, '').slice(0, 2048).trimStart();
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/.test(head)) return 'gexf';
    if (/<graphml[\s>]/.test(head)) return 'graphml';
  }
  if (BY_EXTENSION[ext]) return BY_EXTENSION[ext]!;
  if (ext === 'json' || head.startsWith('{') || head.startsWith('[')) return 'json';
  throw new ImportInputError('cannot tell the format from the name or the content; give --format', fileName, '', 'IMPORT_FORMAT');
}
