import { DATASET_FORMATS } from '../../model/records.js';
import { sniffDelimiter } from '../csv/read-table.js';
import { ImportInputError } from './errors.js';

export type ImportFormat = (typeof DATASET_FORMATS)[number];

const BY_EXTENSION: Record<string, ImportFormat> = {
  gexf: 'gexf', graphml: 'graphml', xml: 'graphml', csv: 'csv', tsv: 'csv', txt: 'csv', nt: 'ntriples', ttl: 'turtle',
  srj: 'sparql-json', cyjs: 'cytoscape', jsonld: 'jsonld',
};

/**
 * The format of a file: given, or from its first characters (<gexf, <graphml — whatever the
 * extension), or from its extension, or from its content when the extension says nothing (N-Triples
 * lines, a JSON document, Turtle's @prefix, a delimiter that splits every line the same way). An XML
 * file that is neither GraphML nor GEXF is refused naming its root element. JSON is told apart later
 * by its shape (graphology, Cytoscape, SPARQL).
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
  if (/^<[^>\s]+>\s+<[^>\s]+>\s+\S/.test(head) && !BY_EXTENSION[ext]) return 'ntriples';
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/.test(head)) return 'gexf';
    if (/<graphml[\s>]/.test(head)) return 'graphml';
    if (ext === 'xml' || !BY_EXTENSION[ext]) {
      const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, ''))?.[1];
      throw new ImportInputError(`is XML whose root element is <${root ?? '?'}>, neither <graphml> nor <gexf>; only GraphML and GEXF are imported as XML`, fileName, 'line 1', 'IMPORT_FORMAT');
    }
  }
  if (BY_EXTENSION[ext]) return BY_EXTENSION[ext]!;
  if (ext === 'json' || head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^(@prefix|@base|prefix\s|base\s)/i.test(head)) return 'turtle';
  if (sniffDelimiter(text) !== undefined) return 'csv';
  throw new ImportInputError('cannot tell the format from the name or the content; give --format', fileName, '', 'IMPORT_FORMAT');
}
