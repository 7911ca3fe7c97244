/**
 * A record file's new canonical text made from its old one, re-serialising only the records that
 * changed: what a fold costs when a few records of a 1 MB file changed. Written by hand because the
 * shortcut rests on our own canonical layout (serialize.ts: two-space JSON, `id` first), which no
 * JSON library knows about: each record of the list starts with `\n    {\n      "id": ` and ends
 * at the next `\n    }` (deeper lines are indented further), so old records are found by a scan and
 * copied as they are. The result equals serialising the whole list when the old text was canonical;
 * callers pass only texts they wrote themselves, and get null (serialise in full) when the text does
 * not have the expected shape.
 */
export function patchRecordsText(
  oldText: string,
  key: 'entities' | 'relations',
  ids: readonly string[],
  changed: ReadonlySet<string>,
  recordText: (id: string) => string,
): string | null {
  const open = `\n  "${key}": [`;
  const headerEnd = oldText.indexOf(open);
  if (headerEnd < 0 || ids.length === 0) return null;
  const chunks = chunksOf(oldText, headerEnd + open.length);
  if (!chunks) return null;
  const parts: string[] = [];
  for (const id of ids) {
    if (changed.has(id)) parts.push(recordText(id));
    else {
      const at = chunks.get(id);
      if (!at) return null;
      parts.push(oldText.slice(at[0], at[1]));
    }
  }
  return `${oldText.slice(0, headerEnd + open.length)}\n${parts.join(',\n')}\n  ]\n}\n`;
}

const START = '\n    {\n      "id": ';
const END = '\n    }';

/** Record id -> [start, end) of its text (from its indentation to its closing brace) in a canonical list. */
function chunksOf(text: string, from: number): Map<string, [number, number]> | null {
  const chunks = new Map<string, [number, number]>();
  let pos = text.indexOf(START, from);
  while (pos >= 0) {
    const idStart = pos + START.length;
    const idEnd = text.indexOf(',\n', idStart);
    const end = text.indexOf(END, idStart);
    if (idEnd < 0 || end < 0) return null;
    const literal = text.slice(idStart, idEnd);
    const id = literal.includes('\\') ? parseString(literal) : literal.slice(1, -1);
    if (id === null) return null;
    chunks.set(id, [pos + 1, end + END.length]);
    pos = text.indexOf(START, end);
  }
  return chunks;
}

function parseString(literal: string): string | null {
  try {
    const v: unknown = JSON.parse(literal);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** One record as it stands in a canonical list file (four spaces in). */
export function recordText(record: object): string {
  return '    ' + JSON.stringify(record, null, 2).replace(/\n/g, '\n    ');
}
