import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './data-dir.js';

export interface ChildServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Ends the process: SIGKILL (a crash) or SIGTERM (a clean stop). */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `server/http/main.ts` as its own process, as `npm start` would, and waits until it listens. */
export async function startChildServer(dataDir: string, env: Record<string, string> = {}, flags: string[] = []): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'http', 'main.ts'), '--port', '0', '--data', dataDir, '--api-only', ...flags], {
    cwd: ROOT,
    env: { ...process.env, CORRIDOR_RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const check = () => {
      const m = /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
