/** Runs the shortest-paths section alone: `npx tsx bench/lib/paths/main.ts [--quick]`. */
import { pathsSection } from './section.js';

const started = performance.now();
const { table } = await pathsSection({
  quick: process.argv.includes('--quick'),
  log: (m) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`),
});
console.log(table);
