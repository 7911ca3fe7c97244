import { build, type Metafile } from 'esbuild';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build:server`: the server as plain JavaScript in dist/server/, for `npm run start:prod` on
 * a machine installed with `npm ci --omit=dev` (no tsx, no vite).
 *
 * esbuild (a runtime dependency already) bundles each entry into one ESM file, npm packages left as
 * imports (`packages: 'external'`) so node_modules serves them at run time, as under tsx. Chosen over
 * `tsc --outDir`: the sources import each other with `.js` names resolved the bundler way and include
 * a `.ts` worker entry, which tsc's emitted files could not load in Node as they are.
 *
 * The layout is flat on purpose: every bundle sits in dist/server/, two folders below the project as
 * server/<layer>/*.ts is, so paths the code resolves from its own location work the same from source
 * and from the build: `../../schema.graphql`, the files in RUNTIME_FILES (copied beside the bundles),
 * and the two worker threads (traversal-worker.js, derived-worker.js; see worker-script.ts and
 * derived-runner.ts, which pick these when running from a .js file).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'server');
const src = (...p: string[]) => path.join(root, 'server', ...p);

/**
 * Files the server reads at run time next to its own module (`new URL('./…', import.meta.url)`),
 * which a bundler cannot see: source folder -> folder in dist/server, and which files.
 */
const RUNTIME_FILES = [
  { from: 'server/ingest/gazetteer', to: '.', pick: (f: string) => f.endsWith('.json') }, // gazetteer/index.ts
  { from: 'server/store/postgres/migrations', to: 'migrations', pick: (f: string) => f.endsWith('.sql') }, // postgres/migrate.ts
];

const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies?: Record<string, string> };

/**
 * The server, the derived-values worker, and every CLI an npm script runs with tsx
 * (`npm run validate` is `tsx server/cli/validate.ts`; built, `node dist/server/validate.js`).
 */
function serverEntries(): Record<string, string> {
  const entries: Record<string, string> = { main: src('http', 'main.ts'), 'derived-worker': src('graph', 'derived-worker.ts') };
  for (const script of Object.values(packageJson.scripts)) {
    const cli = /\btsx (server\/cli\/[\w-]+)\.ts\b/.exec(script)?.[1];
    if (!cli) continue;
    const name = path.basename(cli);
    if (entries[name] && entries[name] !== path.join(root, `${cli}.ts`)) throw new Error(`${cli}.ts: its bundle would overwrite dist/server/${name}.js`);
    entries[name] = path.join(root, `${cli}.ts`);
  }
  return entries;
}

/** Copies RUNTIME_FILES into dist/server; a folder missing from the source is an error naming it. */
function copyRuntimeFiles(): void {
  for (const { from, to, pick } of RUNTIME_FILES) {
    const dir = path.join(root, from);
    if (!existsSync(dir)) throw new Error(`scripts/build-server.ts: RUNTIME_FILES names ${from}, which does not exist`);
    for (const file of readdirSync(dir).filter(pick)) cpSync(path.join(dir, file), path.join(out, to, file));
  }
}

/** npm package name of a bare import ("@scope/pkg/sub" -> "@scope/pkg"), or null for Node's own modules. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/**
 * Every package the bundles import must be a runtime dependency: `npm ci --omit=dev` installs no
 * other. Fails naming the package and the bundle that needs it.
 */
function checkRuntimeDependencies(meta: Metafile): void {
  const runtime = new Set(Object.keys(packageJson.dependencies ?? {}));
  const missing: string[] = [];
  for (const [file, output] of Object.entries(meta.outputs)) {
    for (const imp of output.imports) {
      const name = imp.external ? packageOf(imp.path) : null;
      if (name && !runtime.has(name)) missing.push(`${name} (imported by ${file})`);
    }
  }
  if (missing.length) {
    throw new Error(`package.json: move to "dependencies" (a production install omits devDependencies):\n  ${[...new Set(missing)].join('\n  ')}`);
  }
}

const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' } as const;

const t0 = performance.now();
rmSync(out, { recursive: true, force: true });
const server = await build({
  ...common,
  entryPoints: serverEntries(),
  outdir: out,
  packages: 'external',
  // Code shared by the server and the CLIs goes to chunks beside them (flat, so the layout above holds).
  splitting: true,
  chunkNames: 'chunk-[hash]',
  metafile: true,
});
// The traversal worker bundled whole, exactly as worker-script.ts bundles it at run time from source.
const worker = await build({ ...common, entryPoints: { 'traversal-worker': src('graph', 'pool', 'worker.ts') }, outdir: out, metafile: true });
checkRuntimeDependencies(server.metafile);
checkRuntimeDependencies(worker.metafile);
copyRuntimeFiles();

const bytes = [server, worker].flatMap((r) => Object.values(r.metafile.outputs)).reduce((n, o) => n + o.bytes, 0);
console.log(`Built dist/server: ${readdirSync(out).length} files, ${(bytes / 1e6).toFixed(1)} MB of JavaScript, in ${Math.round(performance.now() - t0)} ms`);
