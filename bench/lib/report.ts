import type { InprocResult } from './inproc/result.js';
import { int, ms, pct, table, us } from './table.js';
import type { GraphThroughput } from './throughput.js';
import type { GraphWrites } from './writes.js';
import { VARIANT_LABELS } from './servers/variants.js';

export function loadTable(results: InprocResult[]): string {
  return table(
    'LOAD AND MEMORY (Store.open, watch off; memory after full GC minus the same before loading)',
    ['graph', 'entities', 'relations', 'hub degree', 'median degree', 'queries ready s', 'derived settled s', 'heap B/relation', 'arrayBuffers B/relation', 'heap MB', 'rss MB'],
    results.map((r) => [
      r.graph,
      int(r.entities),
      int(r.relations),
      int(r.hub.degree),
      int(r.median.degree),
      ms(r.openMs / 1000, 2),
      ms(r.settledMs / 1000, 2),
      int(r.memory.heapBytesPerRelation),
      int(r.memory.arrayBufferBytesPerRelation),
      int(r.memory.heapMB),
      int(r.memory.rssMB),
    ]),
  );
}

export function latencyTable(r: InprocResult): string {
  return table(
    `LATENCY, in process, ${r.graph} (µs per call; hub ${r.hub.id}, median entity ${r.median.id})`,
    ['case', 'p50 µs', 'p99 µs', 'samples', 'answer'],
    r.latency.map((c) => [c.name, us(c.latency.p50), us(c.latency.p99), `${c.latency.n}${c.latency.batch > 1 ? ` ×${c.latency.batch}` : ''}`, c.note ?? '']),
  );
}

export function pathsTable(results: InprocResult[]): string {
  return table(
    'SHORTEST PATHS vs graphology-shortest-path bidirectional (k=1, maxLength 4, random pairs; BOTH uses an undirected copy)',
    ['graph', 'direction', 'pairs', 'same length', 'connected ≤4', 'ours p50 µs', 'graphology p50 µs', 'copy ms', 'disagreements'],
    results.flatMap((r) =>
      r.paths.map((p) => [r.graph, p.direction, p.pairs, p.agree, p.connected, us(p.oursMedianUs), us(p.graphologyMedianUs), p.copyMs ? int(p.copyMs) : '-', p.disagreements.join('; ') || 'none']),
    ),
  );
}

export function phasesTable(r: InprocResult): string {
  const rows = (r.phases ?? []).map((c) => [c.name, us(c.latency.p50), us(c.latency.p99), c.note ?? '']);
  const load = (r.loadPhases ?? []).map((p) => [`load: ${p.name}`, ms(p.ms * 1000, 0), '', '']);
  return table(`WHERE A GRAPHQL 2-HOP REQUEST SPENDS ITS TIME, in process, ${r.graph} (µs; load steps in µs too)`, ['phase', 'p50 µs', 'p99 µs', ''], [...rows, ...load]);
}

export function throughputTable(results: GraphThroughput[]): string {
  const rows = results.flatMap((g) =>
    g.queries.flatMap((q) =>
      q.runs.map((v) => [
        `${g.graph}: ${q.query === 'lookup' ? 'entity by id' : `2-hop of ${g.center.id} (limit 200)`}`,
        VARIANT_LABELS[v.variant],
        int(v.medianRps),
        v.rps.map(int).join(' / '),
        ms(v.p50ms),
        ms(v.p99ms),
        ms(v.serverCores, 2),
        q.ratioToRaw[v.variant] !== undefined ? pct(q.ratioToRaw[v.variant]!) : '-',
        v.identical ? 'yes' : 'NO',
        v.failures ? String(v.failures) : '',
      ]),
    ),
  );
  const notes = results.map((g) => `  ${g.graph}: 2-hop answer ${g.hood.entities} entities, ${g.hood.relations} relations, ${int(g.queries[1]?.bytes ?? 0)} bytes; centre degree ${g.center.degree}`);
  return (
    table(
      'THROUGHPUT over loopback (server in a child process, autocannon in this one; medians over rounds, ratio measured within each round)',
      ['operation', 'server', 'req/s', 'rounds', 'p50 ms', 'p99 ms', 'server cores', 'vs raw', 'same bytes', 'failures'],
      rows,
    ) +
    '\n' +
    notes.join('\n')
  );
}

export function writesTable(results: GraphWrites[]): string {
  const rows = results.flatMap((g) =>
    g.runs.map((r) => [
      g.graph,
      r.op,
      r.clients,
      ms(r.perSecond),
      ms(r.p50ms),
      ms(r.p99ms),
      r.commits,
      ms(r.writesPerCommit, 2),
      r.filesWritten,
      r.fsyncs,
      ms(r.ok ? r.fsyncs / r.ok : 0, 2),
      ms(r.serverCores, 2),
      r.failed ? `${r.failed}: ${r.firstError?.slice(0, 80)}` : '',
    ]),
  );
  const facts = results.map(
    (g) =>
      `  ${g.graph}: ${int(g.relations)} relations in ${g.relationFiles} relation files of ${int(g.relationFileKB)} KB on average (a lone write rewrites its file; a burst goes to the change log, folded into the files when writes pause); ` +
      `write+fsync on this disk: 4 KiB ${ms(g.fsyncMs, 2)} ms, ${int(g.relationFileKB)} KB ${ms(g.fsyncFileMs, 2)} ms; after the run the server counted ${int(g.durable.served)} relations, the files hold ${int(g.durable.inFiles)}`,
  );
  return (
    table(
      'WRITES through the GraphQL API (acknowledged = durable; fsyncs inferred from the files each commit wrote)',
      ['graph', 'operation', 'clients', 'writes/s', 'p50 ms', 'p99 ms', 'commits', 'writes/commit', 'files written', 'fsyncs', 'fsyncs/write', 'server cores', 'failures'],
      rows,
    ) +
    '\n' +
    facts.join('\n')
  );
}

export function readsUnderWritesTable(results: GraphWrites[]): string {
  return table(
    'READ LATENCY of a 2-hop query (limit 200), one sequential reader, alone and while 8 writers run (mixed create/update/review)',
    ['graph', 'centre', 'idle p50 ms', 'idle p99 ms', 'with writes p50 ms', 'with writes p99 ms', 'writes/s meanwhile', 'commits', 'server cores'],
    results.map((g) => [
      g.graph,
      g.reads.center,
      ms(g.reads.idle.p50ms, 2),
      ms(g.reads.idle.p99ms, 2),
      ms(g.reads.underWrites.p50ms, 2),
      ms(g.reads.underWrites.p99ms, 2),
      ms(g.reads.writes.perSecond),
      g.reads.writes.commits,
      ms(g.reads.writes.serverCores, 2),
    ]),
  );
}

export function targetsTable(inproc: InprocResult[], tput: GraphThroughput[]): string {
  const rows: Array<Array<string>> = [];
  for (const r of inproc) {
    const full = r.latency.find((c) => c.name.startsWith('2-hop of hub') && c.name.endsWith('full'));
    if (full && r.relations >= 400_000) rows.push([`hub 2-hop, full, ${r.graph}`, '< 5 ms', `${ms(full.latency.p50 / 1000, 2)} ms p50`, full.latency.p50 < 5000 ? 'met' : 'MISSED']);
    rows.push([`heap per relation, ${r.graph}`, '≤ 500 B', `${int(r.memory.heapBytesPerRelation)} B`, r.memory.heapBytesPerRelation <= 500 ? 'met' : 'MISSED']);
  }
  for (const g of tput) {
    const ratio = g.queries.find((q) => q.query === 'hood')?.ratioToRaw.yoga;
    if (ratio !== undefined) rows.push([`GraphQL 2-hop vs raw, ${g.graph}`, '≥ 60 %', pct(ratio), ratio >= 0.6 ? 'met' : 'MISSED']);
  }
  return table('TARGETS', ['target', 'goal', 'measured', ''], rows);
}
