/**
 * npm run eval:extract [-- --set <name>] [--format json|text]
 * Runs the ingest pipeline on every gold set (or the named ones) as if each text were new, and
 * reports extraction quality. A report, not a gate: exits 0 unless the run itself fails.
 */
import { parseArgs } from 'node:util';
import { goldSetNames } from './gold-sets.js';
import { formatText } from './report-text.js';
import { evaluateGold } from './run-eval.js';

function main(): void {
  const { values } = parseArgs({
    options: { set: { type: 'string', multiple: true }, format: { type: 'string', default: 'text' } },
    allowPositionals: false,
  });
  if (values.format !== 'text' && values.format !== 'json') throw new Error(`--format must be "text" or "json", not "${values.format}"`);
  const known = goldSetNames();
  const unknown = (values.set ?? []).filter((s) => !known.includes(s));
  if (unknown.length > 0) throw new Error(`unknown gold set ${unknown.map((s) => `"${s}"`).join(', ')}; the sets are ${known.join(', ')}`);
  const results = evaluateGold(values.set);
  process.stdout.write(values.format === 'json' ? JSON.stringify(results, null, 2) + '\n' : formatText(results));
}

try {
  main();
} catch (e) {
  process.stderr.write(`eval:extract: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
