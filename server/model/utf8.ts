/**
 * Stored texts are UTF-8 files kept byte for byte, so every reader of outside files (ingest,
 * import) decodes them exactly the same way: strictly, a byte order mark kept, and on failure the
 * byte offset of the first byte that is not UTF-8.
 */
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The text, or the offset and value of the first byte that is not UTF-8. */
export function decodeUtf8Exactly(bytes: Uint8Array): { text: string } | { invalidAt: number; byte: string } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    return { invalidAt: at, byte: `0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}` };
  }
}

/** Where the lenient decoder put a U+FFFD that the file does not hold as EF BF BD. */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = lenient.decode(bytes);
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at), 'utf8');
    from = at + 1;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    offset += 3;
  }
  return offset;
}
