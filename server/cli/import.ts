import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../model/issues.js';
import { ChangeRejectedError } from '../store/graph-store.js';
import { openStore } from '../store/open-store.js';
import { checkSize, decodeUtf8, maxImportBytes } from '../interchange/import/bytes.js';
import { ImportInputError } from '../interchange/import/errors.js';
import { parseMapping } from '../interchange/import/mapping.js';
import { formatReport } from '../interchange/import/report-text.js';
import { importGraph, type ImportFile } from '../interchange/import/run.js';
import { filesOfZip } from '../interchange/import/zip.js';

const USAGE = `npm run import -- <file or folder…> [--format f] [--mapping m.json] [--write-mapping m.json]
  [--status reviewed] [--add-to-vocabulary] [--dry-run] [--format-out json|text] [--data dir]
  [--title t] [--publisher p] [--url u] [--description d]`;

/** The files named on the command line; a folder stands for the CSV files in it (a Neo4j import set). */
async function listFiles(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if ((await stat(a)).isDirectory()) out.push(...(await readdir(a)).filter((f) => /\.(csv|tsv)$/i.test(f)).sort().map((f) => path.join(a, f)));
    else out.push(a);
  }
  return out;
}

/**
 * Reads a file after checking its size against the limit, and decodes it as UTF-8 exactly. A zip
 * (Corridor's CSV export) stands for the CSV files in it; its README.txt is not data.
 */
async function readImportFiles(file: string, limit: number): Promise<ImportFile[]> {
  checkSize(file, (await stat(file)).size, limit);
  const bytes = await readFile(file);
  return /\.zip$/i.test(file) ? filesOfZip(file, bytes, limit) : [{ fileName: path.basename(file), text: decodeUtf8(file, bytes) }];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' }, mapping: { type: 'string' }, 'write-mapping': { type: 'string' }, status: { type: 'string' },
      'add-to-vocabulary': { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'format-out': { type: 'string' }, data: { type: 'string' },
      title: { type: 'string' }, publisher: { type: 'string' }, url: { type: 'string' }, description: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.status !== undefined && values.status !== 'reviewed' && values.status !== 'extracted') throw new ImportInputError(`--status must be "reviewed" or "extracted" (got "${values.status}")`, '(command line)', '--status');
  const mapping = parseMapping(values.mapping ? await readFile(values.mapping, 'utf8') : '{}', values.mapping ?? 'mapping');
  const limit = maxImportBytes();
  const files = (await Promise.all((await listFiles(positionals)).map((f) => readImportFiles(f, limit)))).flat();
  const store = await openStore({ dataDir: values.data ?? process.env.CORRIDOR_DATA ?? 'graph-data', databaseUrl: process.env.CORRIDOR_DATABASE_URL, watch: false, log: () => {} });
  try {
    const report = await importGraph(store, files, {
      mapping, actor: process.env.USER ? `import:${process.env.USER}` : 'import', dryRun: values['dry-run'] ?? false, addToVocabulary: values['add-to-vocabulary'] ?? false,
      ...(values.format ? { format: values.format } : {}), ...(values.status ? { status: values.status as 'reviewed' } : {}),
      ...(values.title ? { title: values.title } : {}), ...(values.publisher ? { publisher: values.publisher } : {}), ...(values.url ? { url: values.url } : {}),
      ...(values.description ? { description: values.description } : {}),
    });
    if (values['write-mapping']) await writeFile(values['write-mapping'], JSON.stringify(report.mapping, null, 2) + '\n');
    console.log(values['format-out'] === 'json' ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  if (e instanceof ChangeRejectedError) console.error(`import refused:\n${e.issues.map((i) => '  ' + formatIssue(i)).join('\n')}`);
  else if (e instanceof ImportInputError) console.error(`import refused: ${e.message}`);
  else console.error(`import failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
