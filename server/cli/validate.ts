import path from 'node:path';
import { validateDataset } from '../model/dataset.js';
import { formatIssue } from '../model/issues.js';
import { readDatasetFiles } from '../store/read-files.js';

/** `npm run validate [-- <data folder>]`: checks every file of a data folder; exit code 1 on any issue. */
const dir = path.resolve(process.argv[2] ?? process.env.CORRIDOR_DATA ?? 'graph-data');
const { files } = await readDatasetFiles(dir);
const result = validateDataset(files);
if (result.dataset) {
  const d = result.dataset;
  console.log(`${path.basename(dir)}: valid — ${d.entities.length} entities, ${d.relations.length} relations, ${d.sources.size} sources.`);
} else {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(`\n${path.basename(dir)}: ${result.issues.length} error${result.issues.length === 1 ? '' : 's'}.`);
  process.exitCode = 1;
}
