/** `npx tsx bench/lib/fairness/main.ts [--quick]`: the fairness section alone (also `npm run bench -- --only=fairness`). */
import { fairnessSection } from './section.js';

const started = performance.now();
const { table } = await fairnessSection({ quick: process.argv.includes('--quick'), log: (m) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`) });
console.log(table);
