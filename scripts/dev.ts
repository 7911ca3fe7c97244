import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run dev`: the API (restarted on server changes, `tsx watch … --api-only`, port 4000) and Vite's
 * dev server for the explorer (hot reload, http://localhost:5173, forwarding /graphql to the API).
 * Extra arguments go to the API (e.g. `npm run dev -- --data my-data`). Ctrl-C stops both; when either
 * exits, the other is stopped too.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (p: string) => path.join(root, 'node_modules', p);

const children: ChildProcess[] = [
  spawn(process.execPath, [bin('tsx/dist/cli.mjs'), 'watch', '--clear-screen=false', 'server/http/main.ts', '--api-only', '--port', '4000', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(process.execPath, [bin('vite/bin/vite.js'), '--config', 'client/vite.config.ts'], { cwd: root, stdio: 'inherit' }),
];

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const exit = () => process.exit(code);
  let left = children.filter((c) => c.exitCode === null && c.signalCode === null).length;
  if (left === 0) exit();
  for (const child of children) child.once('exit', () => --left === 0 && exit());
  setTimeout(exit, 5_000).unref();
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
