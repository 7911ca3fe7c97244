/** `npx tsx bench/lib/cluster/main.ts [--quick]`: the cluster section alone (also `npm run bench -- --only=cluster`). */
import { clusterSection } from './section.js';

const started = performance.now();
const { table } = await clusterSection({ quick: process.argv.includes('--quick'), log: (m) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`) });
console.log(table);
