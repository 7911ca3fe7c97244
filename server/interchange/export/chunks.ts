/** What an exporter produces: text or bytes, one piece after another, to be streamed as they come. */
export type ExportChunk = string | Uint8Array;
export type ExportStream = Iterable<ExportChunk>;

const CHUNK_CHARS = 64 * 1024;

/**
 * Joins many small strings into pieces of about 64 KiB: a stream of one-line writes costs a syscall
 * (and a promise) each, while one big string would hold the whole document in memory.
 */
export function* chunked(parts: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const p of parts) {
    buffer.push(p);
    length += p.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
