/** `npx tsx bench/lib/healthz/main.ts [--quick]`: issue 10 row 8 alone (also `npm run bench -- --only=healthz`). */
import { healthzSection } from './section.js';

const { table } = await healthzSection({ quick: process.argv.includes('--quick'), log: (m) => console.error(m) });
console.log(table);
