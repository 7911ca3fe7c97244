import { decodeUtf8Exactly } from '../../model/utf8.js';
import { ImportInputError } from './errors.js';

/** Default largest file an import reads (CORRIDOR_MAX_IMPORT_BYTES). */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The size limit from CORRIDOR_MAX_IMPORT_BYTES, or the default. */
export function maxImportBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CORRIDOR_MAX_IMPORT_BYTES;
  if (raw === undefined || raw === '') return DEFAULT_MAX_IMPORT_BYTES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`CORRIDOR_MAX_IMPORT_BYTES must be a positive whole number of bytes (got "${raw}")`);
  return n;
}

/** Refuses a file over the limit before anything reads it. */
export function checkSize(file: string, size: number, limit: number): void {
  if (size > limit) {
    throw new ImportInputError(`the file has ${size} bytes, more than the import limit of ${limit} bytes (CORRIDOR_MAX_IMPORT_BYTES)`, file, '', 'IMPORT_TOO_LARGE');
  }
}

/** Decodes UTF-8 exactly (a byte order mark is kept, so the stored text re-encodes to the same bytes); refuses UTF-16 and invalid bytes, naming the byte offset. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    throw new ImportInputError(`not UTF-8 (looks like UTF-16 ${utf16}, as Excel's "Unicode text" saves it); save the file as UTF-8 ("CSV UTF-8") and import it again`, file, 'byte 0', 'IMPORT_ENCODING');
  }
  const decoded = decodeUtf8Exactly(bytes);
  if ('text' in decoded) return decoded.text;
  throw new ImportInputError(`not valid UTF-8 at byte ${decoded.invalidAt} (${decoded.byte}); save the file as UTF-8 and import it again`, file, `byte ${decoded.invalidAt}`, 'IMPORT_ENCODING');
}

/**
 * "LE" or "BE" when the bytes look like UTF-16: a UTF-16 byte order mark, or (without one) zero
 * bytes at every other position of the first characters, as ASCII text in UTF-16 has.
 */
function utf16Kind(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd === n / 2 && even === 0) return 'LE';
  if (even === n / 2 && odd === 0) return 'BE';
  return null;
}
