import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { FilterParameterError, parseExportFilter, type FilterParameter } from '../interchange/export/filter-params.js';
import { EXPORT_FORMATS, exportFormat, FORMAT_NAMES } from '../interchange/export/formats.js';
import { loadGraphForExport } from '../interchange/export/load.js';
import { ExportView } from '../interchange/export/view.js';
import { DataValidationError } from '../model/issues.js';

const HELP = `Usage: npm run export -- --format <format> [filter] [--out <file>] [--data <dir>]

  --format <f>            one of: ${FORMAT_NAMES.join(', ')}
  --out <file>            file to write (default: standard output)
  --data <dir>            data folder (default CORRIDOR_DATA, else graph-data)
  --no-layout             skip the layout: positions are seed positions (faster on large graphs)
Filter (as GraphQL's GraphFilter; lists are comma-separated):
  --types <t,…>  --kinds <k,…>  --status <s,…>  --min-confidence <0..1>
  --source <id>  --valid-at <YYYY[-MM[-DD]]>  --hide-isolated
  --omit-sources <id,…>   leave these sources' evidence (and relations resting on nothing else) out
  --around <entity> [--depth <n>]   only entities within n hops (default 1) of an entity (id, label or alias)
Formats:
${EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(12)}${f.description}`).join('\n')}`;

const kebab = (p: string) => p.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** `npm run export`: writes the graph (or a filtered part) in one format to a file or stdout. */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      'no-layout': { type: 'boolean' },
      types: { type: 'string' },
      kinds: { type: 'string' },
      status: { type: 'string' },
      'min-confidence': { type: 'string' },
      source: { type: 'string' },
      'valid-at': { type: 'string' },
      'hide-isolated': { type: 'boolean' },
      'omit-sources': { type: 'string' },
      around: { type: 'string' },
      depth: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.format) throw new UsageError(`--format is required (one of ${FORMAT_NAMES.join(', ')})`);
  const format = exportFormat(values.format);
  if (!format) throw new UsageError(`--format: unknown format "${values.format}"; the formats are ${FORMAT_NAMES.join(', ')}`);
  const dataDir = path.resolve(values.data ?? process.env.CORRIDOR_DATA ?? 'graph-data');
  const kg = await loadGraphForExport(dataDir, { layout: !values['no-layout'] });
  const filter = parseExportFilter(
    {
      types: values.types,
      kinds: values.kinds,
      status: values.status,
      minConfidence: values['min-confidence'],
      source: values.source,
      validAt: values['valid-at'],
      hideIsolated: values['hide-isolated'] ? 'true' : undefined,
      omitSources: values['omit-sources'],
      around: values.around,
      depth: values.depth,
    },
    kg,
    (p: FilterParameter) => `--${kebab(p)}`,
  );
  const view = new ExportView(kg, filter);
  if (!values.out) {
    await pipeline(Readable.from(format.write(view)), process.stdout as Writable);
    return 0;
  }
  // Written beside the target and renamed when complete: a failed export leaves no half file.
  const out = path.resolve(values.out);
  const partial = `${out}.partial`;
  try {
    await pipeline(Readable.from(format.write(view)), createWriteStream(partial));
    await rename(partial, out);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  console.error(`${path.relative(process.cwd(), out) || out}: ${format.name}, ${view.entityCount} entities, ${view.relationCount} relations (${view.describeFilter()})`);
  return 0;
}

class UsageError extends Error {}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof DataValidationError) {
    console.error(`corridor export: invalid data\n${e.message}`);
    process.exitCode = 1;
  } else {
    const usage = e instanceof UsageError || e instanceof FilterParameterError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`corridor export: ${(e as Error).message}${usage ? ' (see --help)' : ''}`);
    process.exitCode = usage ? 2 : 1;
  }
}
