import { parsePartialDate } from '../model/dates.js';
import type { Entity } from '../model/records.js';
import { STATUSES } from '../model/records.js';
import { suggestion } from '../model/rules.js';
import type { CompactIndex } from '../graph/compact-index.js';
import { CompiledFilter, type GraphFilterInput } from '../graph/filter.js';
import { decodeCursor, type Cursor } from '../graph/listing.js';
import type { ApiContext } from './context.js';
import { apiError, badInput } from './errors.js';

/** Checks an integer argument against its range; the message names the argument and the setting. */
export function inRange(value: number | null | undefined, fallback: number, min: number, max: number, name: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max} (got ${v})`, name);
  }
  return v;
}

export function pageSize(ctx: ApiContext, first: number | null | undefined, fallback: number): number {
  return inRange(first, fallback, 0, ctx.limits.maxPageSize, 'first');
}

export function cursorArg(after: string | null | undefined): Cursor | null {
  if (after === null || after === undefined) return null;
  const c = decodeCursor(after);
  if (!c) throw badInput(`after: "${after}" is not a cursor returned by this API`, 'after');
  return c;
}

/** An entity by id or alias; unknown names get a NOT_FOUND error with the closest id. */
export function entityArg(ctx: ApiContext, idOrAlias: string, name: string): Entity {
  const e = ctx.kg.resolveEntity(idOrAlias);
  if (!e) throw apiError('NOT_FOUND', `${name}: no entity "${idOrAlias}"${suggestion(idOrAlias, ctx.kg.entityIds())}`, { argument: name });
  return e;
}

/**
 * An entity's number in the request's pinned index. An entity created after the request started is
 * not in that version of the graph: NOT_FOUND, as it would have been a moment earlier.
 */
export function nodeNumber(ctx: ApiContext, entity: Entity, name: string): number {
  const n = ctx.pinnedIndex().nodeIndex.get(entity.id);
  if (n === undefined || n >= ctx.pinnedIndex().nodeCount || ctx.pinnedIndex().nodeIds[n] !== entity.id) {
    throw apiError('NOT_FOUND', `${name}: "${entity.id}" was created after this request started; run it again`, { argument: name });
  }
  return n;
}

export type FilterArgs = GraphFilterInput;

/** Checks every filter value against the vocabulary (unknown ones get a suggestion) and compiles it for the index. */
export function compileFilter(ctx: ApiContext, f: FilterArgs | null | undefined, extraTypes?: readonly string[] | null, index: CompactIndex = ctx.pinnedIndex()): CompiledFilter {
  const vocab = ctx.kg.vocabulary;
  const types = extraTypes && f?.types ? f.types.filter((t) => extraTypes.includes(t)) : (extraTypes ?? f?.types ?? null);
  const check = (values: readonly string[] | null | undefined, known: Iterable<string>, what: string, arg: string) => {
    const set = new Set(known);
    for (const v of values ?? []) if (!set.has(v)) throw badInput(`${arg}: unknown ${what} "${v}"${suggestion(v, set)}`, arg);
  };
  check(extraTypes, vocab.types.keys(), 'relation type', 'types');
  check(f?.types, vocab.types.keys(), 'relation type', 'filter.types');
  check(f?.kinds, vocab.kinds, 'entity kind', 'filter.kinds');
  check(f?.status, STATUSES, 'status', 'filter.status');
  if (f?.source && !ctx.kg.source(f.source)) throw badInput(`filter.source: unknown source "${f.source}"${suggestion(f.source, ctx.kg.sourceIds())}`, 'filter.source');
  if (f?.minConfidence !== null && f?.minConfidence !== undefined && (f.minConfidence < 0 || f.minConfidence > 1)) {
    throw badInput(`filter.minConfidence must be between 0 and 1 (got ${f.minConfidence})`, 'filter.minConfidence');
  }
  if (f?.validAt && !parsePartialDate(f.validAt)) throw badInput(`filter.validAt: "${f.validAt}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, 'filter.validAt');
  const input: GraphFilterInput = { ...f, types };
  return new CompiledFilter(index, ctx.kg.relations, input);
}
