import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { copyOfDataDir } from './datasets.js';
import { dataOf, post } from './http.js';
import { hoodBody, VERSION } from './queries.js';
import { medianEntity } from './sample.js';
import { degreesVia, serverFlags, startServer } from './throughput.js';
import { closedLoop, type LoopResult } from './writes/clients.js';
import { CommitWatch, fsyncProbe, logFolded } from './writes/commit-watch.js';
import { readCorpus } from './writes/corpus.js';
import { withCpu } from './proc.js';
import { writeBodies, type WriteOp } from './writes/ops.js';

export const BENCH_TOKEN = 'bench-token-0123456789abcdef';
const AUTH = { authorization: `Bearer ${BENCH_TOKEN}` };

export interface WriteOptions {
  /** Seconds per write run. */
  seconds: number;
  /** Seconds per read-latency phase. */
  readSeconds: number;
}

export interface WriteRun extends LoopResult {
  op: WriteOp | 'mixed';
  commits: number;
  writesPerCommit: number;
  filesWritten: number;
  journaled: number;
  fsyncs: number;
  /** CPU cores the server process used meanwhile (main thread + derived-values worker). */
  serverCores: number;
  /**
   * Milliseconds after the run until the change log was folded into the data files (writes made
   * together are acknowledged from the log; see store/files/change-log.ts), and writes/s counting that time.
   */
  foldMs: number;
  perSecondFolded: number;
}

export interface GraphWrites {
  graph: string;
  entities: number;
  relations: number;
  relationFiles: number;
  relationFileKB: number;
  /** Write + fsync of 4 KiB, and of one relation file's size, on this disk (ms, median). */
  fsyncMs: number;
  fsyncFileMs: number;
  runs: WriteRun[];
  reads: { idle: LoopResult; underWrites: LoopResult; writes: WriteRun; center: string };
  /** Relations the server counted after the last acknowledged write, and relations in the files once it stopped. */
  durable: { served: number; inFiles: number };
}

/**
 * Acknowledged writes per second through the real server (a child process, fsync on, tokens from
 * CORRIDOR_TOKENS) on a private copy of a data folder, sequentially and with 8 concurrent clients,
 * and the latency of a 2-hop read with and without 8 writers running.
 */
export async function writesOn(graph: string, sourceDir: string, opts: WriteOptions, log: (m: string) => void): Promise<GraphWrites> {
  const copy = copyOfDataDir(sourceDir);
  execFileSync('sync'); // the copy's dirty pages would otherwise be flushed by the first commits' fsyncs
  const corpus = readCorpus(copy.dir);
  const fsyncMs = await fsyncProbe(path.dirname(copy.dir), 4096);
  const fsyncFileMs = await fsyncProbe(path.dirname(copy.dir), corpus.relationFileBytes);
  const child = startServer('yoga', serverFlags(copy.dir), { CORRIDOR_TOKENS: `bench:editor:${BENCH_TOKEN}` });
  const watcher = new CommitWatch(copy.dir);
  try {
    const ready = await child.message;
    const port = ready.port;
    const version = async () => dataOf<{ stats: { version: number; relationCount: number } }>(await post(port, { query: VERSION }), 'version').stats;
    const bodies = writeBodies(corpus, 'w', 5);
    const measured = async (op: WriteRun['op'], run: () => Promise<LoopResult>): Promise<WriteRun> => {
      const v0 = (await version()).version;
      watcher.take(0);
      const { value: r, cores } = await withCpu(child.process.pid, run);
      // Each run starts with the files current, and pays for folding its own writes into them.
      const foldMs = await logFolded(copy.dir);
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the last file events arrive
      const commits = (await version()).version - v0;
      const perSecondFolded = r.ok / (r.seconds + foldMs / 1000);
      return { op, ...r, commits, writesPerCommit: commits ? r.ok / commits : 0, ...watcher.take(commits), serverCores: cores, foldMs, perSecondFolded };
    };

    const center = medianEntity(await degreesVia(port)).id;
    const read = () => hoodBody(center);
    const idle = await closedLoop(port, read, {}, 1, opts.readSeconds);
    const mix: WriteOp[] = ['createRelation', 'updateRelation', 'reviewRelation'];
    let k = 0;
    let underWrites!: LoopResult;
    const writes = await measured('mixed', async () => {
      const [reads, w] = await Promise.all([closedLoop(port, read, {}, 1, opts.readSeconds), closedLoop(port, () => bodies(mix[k++ % 3]!), AUTH, 8, opts.readSeconds)]);
      underWrites = reads;
      return w;
    });
    log(`  ${graph} reads: ${idle.p50ms.toFixed(2)} ms p50 idle, ${underWrites.p50ms.toFixed(2)} ms under ${writes.perSecond.toFixed(0)} writes/s`);

    const runs: WriteRun[] = [];
    for (const op of mix) {
      for (const clients of [1, 8]) {
        const run = await measured(op, () => closedLoop(port, () => bodies(op), AUTH, clients, opts.seconds));
        runs.push(run);
        log(`  ${graph} ${op} × ${clients}: ${run.perSecond.toFixed(1)} writes/s, ${run.commits} commits, files current ${run.foldMs.toFixed(0)} ms after the last (${run.perSecondFolded.toFixed(1)} writes/s counting that)${run.failed ? `, ${run.failed} failed: ${run.firstError}` : ''}`);
      }
    }
    const final = await version();
    await child.stop();
    const found = readCorpus(copy.dir).relationIds.length;
    return {
      graph,
      entities: ready.entities,
      relations: ready.relations,
      relationFiles: corpus.relationFiles,
      relationFileKB: corpus.relationFileBytes / 1024,
      fsyncMs,
      fsyncFileMs,
      runs,
      reads: { idle, underWrites, writes, center },
      durable: { served: final.relationCount, inFiles: found },
    };
  } finally {
    watcher.close();
    await child.stop();
    copy.cleanup();
  }
}
