/** The derived-values section alone: `npx tsx bench/lib/derived/main.ts [--quick]` (prints its tables). */
import { parseArgs } from 'node:util';
import { derivedSection } from './section.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const started = performance.now();
const log = (m: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
const { table } = await derivedSection({ quick: Boolean(values.quick), log });
console.log(table);
