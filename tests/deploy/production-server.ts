import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildServer } from '../helpers/child-server.js';
import { shellEnv } from './production-copy.js';

/**
 * Starts a built project's production server as `npm run start:prod -- <flags>` does (the script's
 * own command, run without npm in between so the test stops the server itself), on a free port, and
 * waits until it listens.
 */
export async function startProductionServer(dir: string, flags: string[]): Promise<ChildServer> {
  const scripts = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = scripts['start:prod']!.split(' ');
  if (program !== 'node') throw new Error(`package.json: start:prod should run node, not "${program}"`);
  const child = spawn(process.execPath, [...args, '--port', '0', ...flags], { cwd: dir, env: shellEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the production server did not start:\n${out}`)), 30_000);
    child.stdout.on('data', () => {
      const m = /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the production server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
