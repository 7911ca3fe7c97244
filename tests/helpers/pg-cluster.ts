import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
const AS_ROOT = process.getuid?.() === 0;

export type StopMode = 'fast' | 'immediate';

export interface PgClusterOptions {
  /** The database created for the tests (default `corridor`). */
  database?: string;
  /** Extra server settings (`-c name=value`); fsync and synchronous_commit stay on. */
  settings?: Record<string, string>;
}

export interface PgQueryOptions {
  /** Connect and query timeout in ms (default 15 s), so that a hung server fails the query instead of hanging it. */
  timeoutMs?: number;
}

export interface PgCluster {
  /** Connection URL of the test database over TCP on 127.0.0.1. */
  url: string;
  port: number;
  dataDir: string;
  /** The server's log file (pg_ctl -l). */
  logFile: string;
  /** The postmaster's pid, read from postmaster.pid. */
  pid(): number;
  /** `pg_ctl stop -m fast|immediate` (resumes a paused server first). */
  stop(mode?: StopMode): Promise<void>;
  /** Starts the stopped server again on the same port and data. */
  start(): Promise<void>;
  restart(mode?: StopMode): Promise<void>;
  /** SIGSTOP to the postmaster and all its descendants: a hung server that still accepts TCP connections. */
  pause(): void;
  /** SIGCONT to the processes `pause` stopped. */
  resume(): void;
  /** Runs one statement on a short-lived connection to the test database. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[], options?: PgQueryOptions): Promise<pg.QueryResult<R>>;
  /** Stops the server (immediate) if it runs and removes its folder. */
  destroy(): Promise<void>;
}

/** The newest `/usr/lib/postgresql/<version>/bin` holding initdb and pg_ctl, or a clear error naming what to install. */
export function postgresBinDir(): string {
  const versions = existsSync(PG_ROOT) ? readdirSync(PG_ROOT).filter((v) => /^\d+(\.\d+)?$/.test(v)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => path.join(PG_ROOT, v, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!bin) throw new Error(`PostgreSQL server binaries not found (no ${PG_ROOT}/*/bin/initdb): install Debian's postgresql package; .ci/run does.`);
  return bin;
}

/** A port that was free a moment ago (listen on port 0, read it, close). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs a PostgreSQL binary as the cluster's owner: the `postgres` OS user under root (initdb refuses root). */
async function runAsOwner(bin: string, args: string[], cwd: string): Promise<string> {
  const [file, argv] = AS_ROOT ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    const { stdout } = await run(file, argv, { cwd });
    return stdout;
  } catch (e) {
    const err = e as Error & { stderr?: string; stdout?: string };
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed: ${err.stderr || err.stdout || err.message}`);
  }
}

/** Gives the folder to the `postgres` OS user when running as root. */
function giveToOwner(dir: string): void {
  if (!AS_ROOT) return;
  let ids: number[];
  try {
    ids = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
  } catch {
    throw new Error("running as root, but there is no 'postgres' OS user to own the cluster (initdb refuses root): install Debian's postgresql package; .ci/run does.");
  }
  chownSync(dir, ids[0]!, ids[1]!);
}

/**
 * Descendants of a process, read from /proc (Linux). Written by hand because PostgreSQL backends call
 * setsid(), so no process group covers them, and a `pgrep -P` per level would fork once per level.
 */
function descendantsOf(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may itself hold spaces or ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // The process ended while we listed /proc.
    }
  }
  const found: number[] = [];
  const frontier = [root];
  while (frontier.length > 0) {
    const parent = frontier.pop()!;
    for (const [pid, ppid] of parentOf) {
      if (ppid !== parent) continue;
      found.push(pid);
      frontier.push(pid);
    }
  }
  return found;
}

const live = new Set<{ dataDir: string; pgCtl: string; root: string; paused: number[] }>();
process.once('exit', () => {
  // Last resort when a test run ends without destroy(): no server outlives the run, no folder stays.
  for (const c of live) {
    for (const pid of c.paused) {
      try { process.kill(pid, 'SIGCONT'); } catch { /* already gone */ }
    }
    try {
      execFileSync(AS_ROOT ? 'runuser' : c.pgCtl, [...(AS_ROOT ? ['-u', 'postgres', '--', c.pgCtl] : []), '-D', c.dataDir, '-m', 'immediate', '-w', 'stop'], { stdio: 'ignore', cwd: c.root });
    } catch { /* not running */ }
    rmSync(c.root, { recursive: true, force: true });
  }
});

/**
 * Starts a throwaway PostgreSQL cluster: initdb into a fresh temp folder (trust auth, UTF8, C locale),
 * a free port on 127.0.0.1, the Unix socket inside the folder, fsync and synchronous_commit on (asserted
 * with SHOW fsync), and an empty database. Call `destroy()` when done.
 */
export async function startPgCluster(opts: PgClusterOptions = {}): Promise<PgCluster> {
  const database = opts.database ?? 'corridor';
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`startPgCluster: database name "${database}" must match [a-z_][a-z0-9_]*`);
  const bin = postgresBinDir();
  const pgCtl = path.join(bin, 'pg_ctl');
  const root = mkdtempSync(path.join(tmpdir(), 'corridor-pg-'));
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'socket');
  const logFile = path.join(root, 'postgres.log');
  mkdirSync(socketDir);
  giveToOwner(root);
  giveToOwner(socketDir);
  const entry = { dataDir, pgCtl, root, paused: [] as number[] };
  live.add(entry);
  let running = false;
  let port = 0;

  const logTail = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '(no log)');
  const settings = { listen_addresses: '127.0.0.1', ...opts.settings, fsync: 'on', synchronous_commit: 'on' };
  // pg_ctl hands -o to a shell: quote every value.
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const serverOptions = () => [`-p ${port}`, `-k ${quote(socketDir)}`, ...Object.entries(settings).map(([k, v]) => `-c ${quote(`${k}=${v}`)}`)].join(' ');
  const start = async () => {
    try {
      await runAsOwner(pgCtl, ['-D', dataDir, '-o', serverOptions(), '-w', '-l', logFile, 'start'], root);
    } catch (e) {
      throw new Error(`${(e as Error).message}\nserver log:\n${logTail()}`);
    }
    running = true;
  };
  const urlFor = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  const query = async <R extends pg.QueryResultRow>(db: string, sql: string, params: unknown[] = [], { timeoutMs = 15_000 }: PgQueryOptions = {}) => {
    const client = new pg.Client({ connectionString: urlFor(db), connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
    client.on('error', () => {}); // a late error after the query settled (server stopped, connection cut)
    try {
      await client.connect();
      const result = await client.query<R>(sql, params);
      await client.end();
      return result;
    } catch (e) {
      void client.end().catch(() => {}); // not awaited: a hung server never answers the goodbye
      throw e;
    }
  };

  try {
    await runAsOwner(path.join(bin, 'initdb'), ['-D', dataDir, '--auth=trust', '-U', 'postgres', '--encoding=UTF8', '--locale=C'], root);
    // The free port can be taken between finding and binding it (parallel test files): try a few.
    for (let attempt = 1; !running; attempt++) {
      port = await freePort();
      try {
        await start();
      } catch (e) {
        if (attempt >= 3 || !/could not bind|already in use/i.test((e as Error).message)) throw e;
      }
    }
    const { rows } = await query<{ fsync: string }>('postgres', 'SHOW fsync');
    if (rows[0]?.fsync !== 'on') throw new Error(`startPgCluster: fsync is "${rows[0]?.fsync}", durability tests need it on`);
    await query('postgres', `CREATE DATABASE ${database}`);
  } catch (e) {
    await cluster().destroy();
    throw e;
  }
  return cluster();

  function cluster(): PgCluster {
    const self: PgCluster = {
      url: urlFor(database),
      port,
      dataDir,
      logFile,
      pid() {
        const pidFile = path.join(dataDir, 'postmaster.pid');
        if (!existsSync(pidFile)) throw new Error(`the cluster in ${dataDir} is not running (no postmaster.pid)`);
        return Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      },
      async stop(mode = 'fast') {
        if (!running) return;
        self.resume();
        await runAsOwner(pgCtl, ['-D', dataDir, '-m', mode, '-w', 'stop'], root);
        running = false;
      },
      async start() {
        if (!running) await start();
      },
      async restart(mode = 'fast') {
        await self.stop(mode);
        await start();
      },
      pause() {
        if (entry.paused.length > 0) return;
        const postmaster = self.pid();
        // The postmaster first, so that it forks no new child while its children are being stopped.
        process.kill(postmaster, 'SIGSTOP');
        entry.paused = [postmaster, ...descendantsOf(postmaster)];
        for (const pid of entry.paused.slice(1)) process.kill(pid, 'SIGSTOP');
      },
      resume() {
        for (const pid of entry.paused.reverse()) {
          try { process.kill(pid, 'SIGCONT'); } catch { /* ended meanwhile */ }
        }
        entry.paused = [];
      },
      query: (sql, params, options) => query(database, sql, params, options),
      async destroy() {
        try {
          await self.stop('immediate');
        } finally {
          rmSync(root, { recursive: true, force: true });
          live.delete(entry);
        }
      },
    };
    return self;
  }
}
