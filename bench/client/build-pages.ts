import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ensureClient } from '../../scripts/ensure-client.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

/**
 * The two pages the client benchmark compares, in one folder the server serves: the built explorer
 * at / (client/dist, rebuilt when stale) and the bare sigma page at /bare/bare.html, built by Vite
 * with the same production settings.
 */
export async function buildBenchPages(outDir: string): Promise<{ app: string; bare: string }> {
  ensureClient();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(root, 'client', 'dist'), outDir, { recursive: true });
  await build({
    configFile: false,
    root: here,
    base: './',
    logLevel: 'warn',
    build: { outDir: path.join(outDir, 'bare'), emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(here, 'bare.html') } },
  });
  return { app: '/', bare: '/bare/bare.html' };
}
