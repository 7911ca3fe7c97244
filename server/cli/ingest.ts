import { readdirSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { validateDataset } from '../model/dataset.js';
import { DataValidationError, formatIssue } from '../model/issues.js';
import { formatOfFile } from '../ingest/document.js';
import { decodeDocumentBytes } from '../ingest/document-bytes.js';
import { IngestError } from '../ingest/errors.js';
import { ingestDocument, publicReport, type PublicReport } from '../ingest/ingest-document.js';
import type { IngestMeta } from '../ingest/pipeline.js';
import { readDatasetFiles } from '../store/read-files.js';
import { ChangeRejectedError, type GraphStore } from '../store/graph-store.js';
import { openStore } from '../store/open-store.js';

const USAGE = `Usage: npm run ingest -- <file|folder> [options]

Reads a plain text (.txt), Markdown (.md) or HTML (.html, .htm) file — or every such file of a
folder — runs the ingest pipeline and commits the source, its proposed entities and candidate
relations (status extracted) to the data folder, one commit per file.

  --title <t>        title (default: the HTML <title>, first Markdown heading, or first line)
  --id <id>          source id (default: derived from the title)
  --publisher <p>    publisher
  --published <d>    publication date: YYYY, YYYY-MM or YYYY-MM-DD
  --url <u>          where it can be read
  --language <l>     BCP 47 language tag (default: the HTML lang, else en)
  --dry-run          report only; write nothing
  --format <f>       json (the IngestReport, alone on stdout) or text (default)
  --data <dir>       data folder (default: CORRIDOR_DATA or graph-data)`;

type Outcome = { file: string; ok: true; report: PublicReport } | { file: string; ok: false; error: { code: string; message: string; field?: string } };

function fail(message: string): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        id: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string' },
        'dry-run': { type: 'boolean' },
        format: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${USAGE}`);
  }
}

/** The files to ingest and those refused up front (unsupported type), from a file or a folder argument. */
function listInputs(target: string): { files: string[]; refused: Outcome[]; folder: boolean } {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    fail(`${target}: no such file or folder`);
  }
  const unsupported = (f: string): Outcome => ({
    file: f,
    ok: false,
    error: { code: 'UNSUPPORTED_FILE', message: `${f}: unsupported file type "${path.extname(f) || '(none)'}"; ingest reads .txt, .md, .markdown, .html and .htm` },
  });
  if (!stat.isDirectory()) return formatOfFile(target) ? { files: [target], refused: [], folder: false } : { files: [], refused: [unsupported(target)], folder: false };
  const names = readdirSync(target, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => path.join(target, d.name))
    .sort();
  return { files: names.filter((f) => formatOfFile(f)), refused: names.filter((f) => !formatOfFile(f)).map(unsupported), folder: true };
}

/** The graph of the data folder, read without opening a writer (a dry run writes nothing, not even a recovery). */
async function readGraph(dataDir: string): Promise<KnowledgeGraph> {
  const { files, relative } = await readDatasetFiles(dataDir);
  const result = validateDataset(files);
  if (!result.dataset) throw new DataValidationError(result.issues);
  return KnowledgeGraph.fromDataset(result.dataset, result.dataset.relationFileOf.map((f) => relative.get(f) ?? f));
}

function describe(o: Outcome): string {
  if (!o.ok) return `✗ ${o.file}: ${o.error.message}`;
  const r = o.report;
  const c = r.counts;
  const lines = [
    `✓ ${o.file} → source "${r.source.id}" (${r.source.title}): ${r.source.sentences} sentences, ${r.source.words} words`,
    `  ${c.mentions} mentions (${c.linked} linked, ${c.ambiguous} ambiguous), ${c.proposedEntities} proposed entities, ${c.candidates} candidates, ${c.corroborations} corroborations, ${c.skipped} skipped`,
    ...r.candidates.map((k) => `  ${k.confidence.toFixed(2)}  ${k.from} —${k.type}→ ${k.to}  "${k.evidence.quote.length > 90 ? k.evidence.quote.slice(0, 89) + '…' : k.evidence.quote}"`),
    r.committed ? `  committed: graph version ${r.version}` : '  dry run: nothing written',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (positionals.length !== 1) fail(`give one file or folder (got ${positionals.length})\n\n${USAGE}`);
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') fail(`--format: "${format}" is not json or text`);
  const dataDir = path.resolve(values.data ?? process.env.CORRIDOR_DATA ?? 'graph-data');
  const dryRun = Boolean(values['dry-run']);
  const inputs = listInputs(positionals[0]!);
  if (inputs.folder && (values.title || values.id || values.url)) fail('--title, --id and --url name one document; they cannot be given for a folder');

  const meta: Partial<IngestMeta> = {};
  for (const k of ['title', 'id', 'publisher', 'published', 'url', 'language'] as const) if (values[k] !== undefined) meta[k] = values[k];
  const log = (m: string) => process.stderr.write(m + '\n');
  let store: GraphStore | null = null;
  let kg: KnowledgeGraph;
  try {
    if (dryRun) kg = await readGraph(dataDir);
    else kg = (store = await openStore({ dataDir, databaseUrl: process.env.CORRIDOR_DATABASE_URL, watch: false, log })).kg;
  } catch (e) {
    fail(e instanceof DataValidationError ? `the data folder ${dataDir} is not valid:\n${e.issues.map((i) => '  ' + formatIssue(i)).join('\n')}` : (e as Error).message);
  }

  const actor = `cli:${userInfo().username}`;
  const bar = inputs.folder && process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }) : null;
  bar?.start(inputs.files.length, 0, { file: '' });
  const outcomes: Outcome[] = [...inputs.refused];
  for (const file of inputs.files) {
    bar?.update({ file: path.basename(file) });
    outcomes.push(await ingestFile(file));
    bar?.increment();
  }
  bar?.stop();
  await store?.close();

  async function ingestFile(file: string): Promise<Outcome> {
    try {
      const content = decodeDocumentBytes(readFileSync(file));
      const { report, changes } = ingestDocument(store?.kg ?? kg, { content, format: formatOfFile(file)!, fileName: path.basename(file) }, meta);
      if (dryRun) return { file, ok: true, report: publicReport(report, false, null) };
      const { version } = await store!.apply(changes, actor);
      return { file, ok: true, report: publicReport(report, true, version) };
    } catch (e) {
      if (e instanceof IngestError) return { file, ok: false, error: { code: e.code, message: `${e.field}: ${e.message}`, field: e.field } };
      if (e instanceof ChangeRejectedError) return { file, ok: false, error: { code: e.code, message: e.issues.map(formatIssue).join('\n    ') } };
      return { file, ok: false, error: { code: 'ERROR', message: (e as Error).message } };
    }
  }

  const refused = outcomes.filter((o) => !o.ok);
  const ingested = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
  const summary = { ingested: ingested.length, refused: refused.length, candidates: ingested.reduce((n, o) => n + o.report.counts.candidates, 0) };
  if (format === 'json') {
    if (!inputs.folder && ingested[0]) process.stdout.write(JSON.stringify(ingested[0].report, null, 2) + '\n');
    else if (inputs.folder) process.stdout.write(JSON.stringify({ files: outcomes, summary }, null, 2) + '\n');
  } else {
    for (const o of ingested) process.stdout.write(describe(o) + '\n');
    if (inputs.folder) process.stdout.write(`\n${summary.ingested} ingested, ${summary.refused} refused, ${summary.candidates} candidates${dryRun ? ' (dry run: nothing written)' : ''}\n`);
  }
  for (const o of refused) process.stderr.write(describe(o) + '\n');
  if (refused.length > 0) process.exitCode = 1;
}

await main();
