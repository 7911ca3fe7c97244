import { Zip, ZipDeflate } from 'fflate';

/** A file inside a zip export: its name and its text, produced piece by piece. */
export interface ZipEntry {
  name: string;
  parts: () => Iterable<string>;
}

/** Every entry gets this time (local 2000-01-01 00:00, as zip stores local time), so the same graph gives the same bytes. */
const FIXED_MTIME = new Date(2000, 0, 1);

/**
 * A zip archive, streamed: each entry's text is deflated as it is produced (fflate's streaming Zip,
 * synchronous), and the compressed bytes are handed on at once, so no entry is held whole.
 */
export function* zipEntries(entries: ZipEntry[]): Generator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  const drain = function* () {
    if (failure) throw failure;
    yield* out.splice(0);
  };
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = FIXED_MTIME;
    zip.add(file);
    for (const text of entry.parts()) {
      file.push(encoder.encode(text));
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
