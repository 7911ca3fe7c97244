import { parsePartialDate } from '../../model/dates.js';
import { STATUSES } from '../../model/records.js';
import { suggestion } from '../../model/rules.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { ExportFilter } from './view.js';

/** A filter value that is not acceptable; `parameter` names it as the user wrote it. */
export class FilterParameterError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.name = 'FilterParameterError';
  }
}

/** The filter parameters, by their query-parameter name (the CLI's flags are their kebab-case forms). */
export const FILTER_PARAMETERS = ['types', 'kinds', 'status', 'minConfidence', 'source', 'validAt', 'hideIsolated', 'omitSources', 'around', 'depth'] as const;

/** Deepest `depth` an export's `around` accepts: past a few hops a neighbourhood is most of the graph. */
export const MAX_EXPORT_DEPTH = 6;
export type FilterParameter = (typeof FILTER_PARAMETERS)[number];

const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Reads a GraphFilter from text parameters (`types=part_of,member_of&minConfidence=0.8&…`) and checks
 * every value against the graph's vocabulary and sources; throws FilterParameterError naming the
 * parameter (with a suggestion for a near-miss). `name` turns a parameter name into the name the user
 * typed (a CLI flag, say).
 */
export function parseExportFilter(
  params: Partial<Record<FilterParameter, string>>,
  kg: KnowledgeGraph,
  name: (p: FilterParameter) => string = (p) => p,
): ExportFilter {
  const filter: ExportFilter = {};
  const known = (p: FilterParameter, values: string[], universe: Iterable<string>, what: string) => {
    const set = new Set(universe);
    for (const v of values) if (!set.has(v)) throw new FilterParameterError(name(p), `unknown ${what} "${v}"${suggestion(v, set)}`);
    return values;
  };
  if (params.types !== undefined) filter.types = known('types', list(params.types), kg.vocabulary.types.keys(), 'relation type');
  if (params.kinds !== undefined) filter.kinds = known('kinds', list(params.kinds), kg.vocabulary.kinds, 'entity kind');
  if (params.status !== undefined) filter.status = known('status', list(params.status), STATUSES, 'status');
  if (params.minConfidence !== undefined) {
    const n = Number(params.minConfidence);
    if (params.minConfidence.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
      throw new FilterParameterError(name('minConfidence'), `must be a number from 0 to 1 (got "${params.minConfidence}")`);
    }
    filter.minConfidence = n;
  }
  if (params.source !== undefined) {
    if (!kg.source(params.source)) throw new FilterParameterError(name('source'), `unknown source "${params.source}"${suggestion(params.source, kg.sourceIds())}`);
    filter.source = params.source;
  }
  if (params.validAt !== undefined) {
    if (!parsePartialDate(params.validAt)) throw new FilterParameterError(name('validAt'), `"${params.validAt}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    filter.validAt = params.validAt;
  }
  if (params.omitSources !== undefined) filter.omitSources = known('omitSources', list(params.omitSources), kg.sourceIds(), 'source');
  if (params.around !== undefined) {
    const entity = kg.resolveEntity(params.around);
    if (!entity) throw new FilterParameterError(name('around'), `no entity "${params.around}"${suggestion(params.around, kg.entityIds())}`);
    filter.around = entity.id;
  }
  if (params.depth !== undefined) {
    const n = Number(params.depth);
    if (!Number.isInteger(n) || n < 1 || n > MAX_EXPORT_DEPTH) throw new FilterParameterError(name('depth'), `must be a whole number from 1 to ${MAX_EXPORT_DEPTH} (got "${params.depth}")`);
    if (params.around === undefined) throw new FilterParameterError(name('depth'), `needs ${name('around')} (the entity to count hops from)`);
    filter.depth = n;
  }
  if (params.hideIsolated !== undefined) {
    if (!['true', 'false', ''].includes(params.hideIsolated)) throw new FilterParameterError(name('hideIsolated'), `must be true or false (got "${params.hideIsolated}")`);
    filter.hideIsolated = params.hideIsolated !== 'false';
  }
  return filter;
}
