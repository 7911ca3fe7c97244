import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the explorer when its build is missing or older than any of its sources, so `npm start`
 * on a fresh clone (or after a pull) always serves the current client. Skips quickly otherwise.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const client = path.join(root, 'client');
const built = path.join(client, 'dist', 'index.html');

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) if (name !== 'dist' && name !== 'node_modules') max = Math.max(max, newest(path.join(p, name)));
  return max;
}

export function clientIsStale(): boolean {
  if (!existsSync(path.join(client, 'index.html'))) return false; // no explorer in this checkout
  if (!existsSync(built)) return true;
  return Math.max(newest(client), newest(path.join(root, 'schema.graphql'))) > statSync(built).mtimeMs;
}

export function ensureClient(): void {
  if (!clientIsStale()) return;
  console.log('Building the explorer (client/dist)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(client, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureClient();
