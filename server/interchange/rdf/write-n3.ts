import { Writer } from 'n3';
import type { ExportStream } from '../export/chunks.js';
import type { ExportView } from '../export/view.js';
import { quadGroups } from './write-triples.js';
import { NS } from './write-terms.js';

/**
 * Turtle or N-Triples through n3's Writer, fed one record's quads at a time; the writer's output is
 * collected by a small sink and handed on after each record, so the document is never whole in memory.
 */
function* n3Document(view: ExportView, format: 'Turtle' | 'N-Triples'): Generator<string> {
  const pending: string[] = [];
  let size = 0;
  const sink = {
    write(chunk: string, _encoding?: string, done?: () => void) {
      pending.push(chunk);
      size += chunk.length;
      done?.();
      return true;
    },
    end(done?: () => void) {
      done?.();
    },
  };
  const writer = new Writer(sink as unknown as NodeJS.WritableStream, { format, prefixes: format === 'Turtle' ? { ...NS } : {} });
  for (const group of quadGroups(view)) {
    writer.addQuads(group);
    if (size >= 64 * 1024) {
      yield pending.splice(0).join('');
      size = 0;
    }
  }
  writer.end();
  if (pending.length > 0) yield pending.join('');
}

/** Turtle, with the prefixes of write-terms.ts. */
export function writeTurtle(view: ExportView): ExportStream {
  return n3Document(view, 'Turtle');
}

/** N-Triples: one triple a line, full IRIs. */
export function writeNTriples(view: ExportView): ExportStream {
  return n3Document(view, 'N-Triples');
}
