import { decodeUtf8Exactly } from '../model/utf8.js';
import { IngestError } from './errors.js';

/** Control characters no prose holds (all C0 controls but tab, line feed, vertical tab, form feed and carriage return). */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;

/**
 * Decodes a file's bytes as UTF-8, refusing what is not text: a NUL or other control byte (a binary
 * file, or UTF-16) and bytes that are not UTF-8 (Windows-1252, Latin-1), naming the byte offset of
 * the first one. A byte order mark is kept here; readDocument drops it.
 */
export function decodeDocumentBytes(bytes: Uint8Array): string {
  const decoded = decodeUtf8Exactly(bytes);
  if ('invalidAt' in decoded) throw new IngestError('NOT_TEXT', `not valid UTF-8 at byte ${decoded.invalidAt} (${decoded.byte}): save the file as UTF-8 and ingest it again`, 'text');
  const text = decoded.text;
  const control = CONTROL.exec(text);
  if (control) {
    const offset = Buffer.byteLength(text.slice(0, control.index), 'utf8');
    throw new IngestError('NOT_TEXT', `not a text file: control byte 0x${hex(bytes[offset])} at byte ${offset} (a binary file, or text not saved as UTF-8)`, 'text');
  }
  return text;
}

const hex = (b: number | undefined) => (b ?? 0).toString(16).padStart(2, '0');

/** Refuses a text holding control characters (binary content pasted or sent as text), naming the character offset. */
export function assertProse(text: string): void {
  const control = CONTROL.exec(text);
  if (control) {
    throw new IngestError('NOT_TEXT', `not text: control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at character ${control.index} (binary content?)`, 'text');
  }
}
