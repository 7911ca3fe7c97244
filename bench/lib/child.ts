import { fork, type ChildProcess } from 'node:child_process';

export interface ChildOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Extra node flags (e.g. --expose-gc). */
  nodeFlags?: string[];
  /** How long to wait for the child's first message. */
  timeoutMs?: number;
  /** Keep the child's stdout (off: its log lines would interleave with the table). */
  showOutput?: boolean;
}

export interface Child<T> {
  process: ChildProcess;
  /** The child's first IPC message. */
  message: Promise<T>;
  /** SIGTERM, then SIGKILL after 5 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/**
 * Runs a bench module (TypeScript, through tsx) as a child process and hands back its first IPC
 * message: a server's port once it is ready, or an in-process measurement's results. The child's
 * stderr is passed through, so a crash shows its stack.
 */
export function startChild<T>(file: string, opts: ChildOptions = {}): Child<T> {
  const proc = fork(file, opts.args ?? [], {
    execArgv: [...(opts.nodeFlags ?? []), '--import', 'tsx'],
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', opts.showOutput ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const message = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file}: no message within ${opts.timeoutMs ?? 300_000} ms`)), opts.timeoutMs ?? 300_000);
    proc.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as T);
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (code ${code}, signal ${signal}) before it reported`));
    });
  });
  message.catch(() => {}); // a caller that stops early need not wait for it
  return {
    process: proc,
    message,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** What a server child reports once it listens and its derived values have settled. */
export interface ServerReady {
  type: 'ready';
  variant: string;
  port: number;
  entities: number;
  relations: number;
  /** Milliseconds from process start of the module to ready. */
  readyMs: number;
}
