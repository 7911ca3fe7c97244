import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: URL | null = null;

/**
 * The traversal worker as one plain ESM module (a data: URL). The server runs under tsx, whose loader
 * a worker does not inherit; registering tsx in each worker costs ~10 MB per worker, while the bundled
 * worker (the traversal code only, no graphology, no GraphQL) starts in ~2 MB. Bundled once per process
 * by esbuild (the compiler tsx itself uses), in a few tens of milliseconds. From the build in dist/,
 * the prebuilt dist/server/traversal-worker.js.
 */
export function traversalWorkerUrl(): URL {
  // Built by `npm run build` (scripts/build-server.ts), this code runs from a .js bundle, and the
  // worker was bundled beside it ahead of time.
  if (!import.meta.url.endsWith('.ts')) return new URL('./traversal-worker.js', import.meta.url);
  if (cached) return cached;
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const out = buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, minify: false, legalComments: 'none' });
  const code = out.outputFiles[0]!.text;
  cached = new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return cached;
}
