import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/data-dir.js';

const run = promisify(execFile);

/**
 * The environment of an operator's shell: without what vitest and an outer `npm`/`npx` set
 * (NODE_ENV=test, npm_config_*), which would change how npm installs and Vite builds.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|npm_|TEST$)/i.test(k)));
  return { ...env, ...extra };
}

/** Runs a command in `cwd`; a failure carries the command's output. */
async function sh(cwd: string, file: string, args: string[]): Promise<void> {
  try {
    await run(file, args, { cwd, env: shellEnv(), maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** The files a commit of this checkout would hold: tracked ones and new ones git does not ignore. */
async function projectFiles(): Promise<string[]> {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return [...new Set(stdout.split('\0').filter(Boolean))].filter((f) => existsSync(path.join(ROOT, f)));
}

/**
 * A deployable copy of the project in a temp folder, made as a deploy pipeline would: the project's
 * files, `npm run build` (with the checkout's dev tools, linked in for the build only, so the
 * checkout's own dist/ and client/dist stay untouched while other tests serve them), then a
 * production install, `npm ci --omit=dev`. Returns the copy's folder; the caller removes `parent`.
 */
export async function deployableCopy(): Promise<{ parent: string; dir: string }> {
  const parent = mkdtempSync(path.join(tmpdir(), 'corridor-deploy-'));
  const dir = path.join(parent, 'corridor');
  for (const file of await projectFiles()) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  const modules = path.join(dir, 'node_modules');
  symlinkSync(path.join(ROOT, 'node_modules'), modules, 'dir');
  try {
    await sh(dir, 'npm', ['run', 'build']);
  } finally {
    unlinkSync(modules); // the link only, never the checkout's node_modules
  }
  await sh(dir, 'npm', ['ci', '--omit=dev', '--no-audit', '--no-fund']);
  return { parent, dir };
}
