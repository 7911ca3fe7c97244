import type { GraphQLError } from 'graphql';
import type { ApiContext } from '../../api/context.js';
import type { CorridorYoga } from '../../api/yoga.js';

/** Yoga's error masking as configured (production: "Unexpected error."; development: with details). */
export interface ErrorMasking {
  maskError(error: unknown, message: string): GraphQLError;
  errorMessage: string;
}

/**
 * The masking Yoga applies to execution errors: its own `maskedErrorsOpts` (message, dev mode and
 * its logging of the original error), read from the instance because Yoga 5 does not export it.
 * `null` means masking is off; `undefined` means the field is not there as expected (another Yoga
 * version), and then the fast path leaves execution to Yoga's pipeline.
 */
export function errorMaskingOf(yoga: CorridorYoga): ErrorMasking | null | undefined {
  const opts = (yoga as unknown as { maskedErrorsOpts?: unknown }).maskedErrorsOpts;
  if (opts === null) return null;
  const o = opts as Partial<ErrorMasking> | undefined;
  return typeof o?.maskError === 'function' && typeof o.errorMessage === 'string' ? (o as ErrorMasking) : undefined;
}

/** The per-server arguments of createContext, as createApi passes them (see api/yoga.ts). */
export type ServerParts = Pick<ApiContext, 'store' | 'limits' | 'tokens' | 'traversals'>;

/**
 * The server's parts, from a context Yoga's own factory built: createApi's context option calls
 * createContext(store, limits, tokens, traversals, authorization, address), so with these the fast
 * path builds the same context without Yoga's context pipeline. Should that option ever do more,
 * this is the place to follow it (or createApi could hand out its context function).
 */
export function serverPartsOf(ctx: ApiContext): ServerParts {
  return { store: ctx.store, limits: ctx.limits, tokens: ctx.tokens, traversals: ctx.traversals };
}
