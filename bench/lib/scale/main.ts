/** Runs the scale section alone: `npx tsx bench/lib/scale/main.ts [--quick]` (--quick: 500k only). */
import { scaleSection } from './section.js';

const started = performance.now();
const { table } = await scaleSection({
  quick: process.argv.includes('--quick'),
  log: (m) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`),
});
console.log(table);
