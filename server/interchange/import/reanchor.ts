import { locatorProblem } from '../../model/locators.js';
import type { Evidence, Source } from '../../model/records.js';
import { quoteProblem } from '../../model/rules.js';
import type { FlatEvidence } from '../export/records.js';
import type { ImportLoss } from './foreign.js';

/**
 * The evidence a file states for an edge (a Corridor export's evidence list), re-anchored in the
 * graph: an item stands when the graph holds its source under the same id and the quote is verbatim
 * at its offsets in the stored text (or the record's locator resolves in the stored dataset), with
 * the same checks as `npm run validate`. Every item that cannot stand is a loss naming the edge, the
 * item and why; the import's own record evidence stands for the edge either way.
 */
export function reanchorEvidence(items: FlatEvidence[], sourceOf: (id: string) => Source | undefined, place: string, losses: ImportLoss[]): Evidence[] {
  const out: Evidence[] = [];
  items.forEach((item, i) => {
    const what = item.locator !== undefined ? `record "${item.locator}"` : `quote ${JSON.stringify(clip(item.quote ?? ''))}`;
    const fail = (why: string) => losses.push({ place, reason: `evidence ${i} (${what} of source "${item.source}") is not re-anchored: ${why}` });
    const source = sourceOf(item.source);
    if (!source) return fail('the graph has no such source');
    const extractor = item.extractorName && item.extractorVersion && item.extractorRule ? { extractor: { name: item.extractorName, version: item.extractorVersion, rule: item.extractorRule } } : {};
    if (item.locator !== undefined) {
      const problem = locatorProblem(item.locator, source);
      if (problem) return fail(problem);
      out.push({ source: source.id, locator: item.locator, ...extractor });
      return;
    }
    if (item.quote === undefined || item.start === undefined || item.end === undefined) return fail('it has neither a quote with offsets nor a locator');
    const problem = quoteProblem(item.quote, item.start, item.end, source);
    if (problem) return fail(problem.message);
    out.push({
      source: source.id, quote: item.quote, start: item.start, end: item.end,
      ...(item.prefix !== undefined ? { prefix: item.prefix } : {}), ...(item.suffix !== undefined ? { suffix: item.suffix } : {}), ...extractor,
    });
  });
  return out;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
