import { unzipSync } from 'fflate';
import { decodeUtf8 } from './bytes.js';
import { ImportInputError } from './errors.js';
import type { ImportFile } from './run.js';

/**
 * The CSV files of a zip (Corridor's `csv` export: entities.csv, evidence.csv, relations.csv), in
 * name order, each decoded as UTF-8 exactly; other entries (its README.txt) are not data. An entry
 * larger than the import limit is refused before it is inflated.
 */
export function filesOfZip(file: string, bytes: Uint8Array, limit: number): ImportFile[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > limit) throw new ImportInputError(`entry ${f.name} has ${f.originalSize} bytes, more than the import limit of ${limit} bytes`, file, '', 'IMPORT_TOO_LARGE');
        return /\.(csv|tsv)$/i.test(f.name);
      },
    });
  } catch (e) {
    if (e instanceof ImportInputError) throw e;
    throw new ImportInputError(`is not a readable zip: ${(e as Error).message}`, file, '', 'IMPORT_PARSE');
  }
  return Object.keys(entries).sort().map((name) => ({ fileName: name, text: decodeUtf8(`${file}:${name}`, entries[name]!) }));
}
