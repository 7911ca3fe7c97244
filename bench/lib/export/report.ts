import { int, ms, table } from '../table.js';
import type { ExportBenchResult } from './result.js';

const mb = (bytes: number) => ms(bytes / 1024 / 1024, 1);

/** Time and memory per export format, against the size of the graph in memory. */
export function exportTable(r: ExportBenchResult): string {
  return (
    table(
      `Export: ${r.graph} (${int(r.entities)} entities, ${int(r.relations)} relations; loaded in ${ms(r.loadMs / 1000)} s, graph ${mb(r.graphHeap)} MB heap, child peak RSS ${mb(r.maxRss)} MB)`,
      ['format', 'seconds', 'output MB', 'MB/s', 'peak heap growth MB', 'peak RSS growth MB'],
      r.runs.map((f) => [f.format, ms(f.millis / 1000, 2), mb(f.bytes), ms(f.bytes / 1024 / 1024 / (f.millis / 1000)), mb(f.peakHeapGrowth), mb(f.peakRssGrowth)]),
    ) + '\nPeak growth is sampled every ~1 MB of output; a growth well below the graph heap means the export streams rather than copying the graph.'
  );
}
