import type { Change, ChangeResult } from '../../store/changes.js';
import { ChangeRejectedError, type Applied } from '../../store/graph-store.js';
import { CommitUnknownError } from '../../store/postgres/write.js';
import type { Place } from '../../model/rules.js';
import { requireEditor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { apiError, rejected } from '../errors.js';
import type { ChangeInput, MutationResolvers } from '../generated/resolvers-types.js';

/** Runs changes through the store's single writer; resolves once durable. Refusals become BAD_USER_INPUT with every issue. */
export async function write(ctx: ApiContext, changes: Change[], place: (i: number) => Place): Promise<Applied> {
  const actor = requireEditor(ctx);
  try {
    const out = await ctx.store.apply(changes, actor.name, place);
    ctx.kg = ctx.store.kg; // the answer shows the graph as the write left it
    return out;
  } catch (e) {
    if (e instanceof ChangeRejectedError) throw rejected(e.issues, e.code);
    if (e instanceof CommitUnknownError) throw apiError(e.code, e.message, { seq: e.seq, retryable: false }, 503);
    if ((e as { retryable?: boolean }).retryable) throw apiError('DATABASE_UNAVAILABLE', (e as Error).message, { retryable: true }, 503);
    throw apiError('WRITE_FAILED', (e as Error).message);
  }
}

const at = (...path: Array<string | number>) => () => ({ file: '(input)', path });
const REVIEW = { REVIEWED: 'reviewed', REJECTED: 'rejected', EXTRACTED: 'extracted' } as const;

/** GraphQL gives absent fields as undefined and explicit nulls as null; plain objects keep that difference for patches. */
export const plain = <T>(v: T): T => ({ ...(v as object) }) as T;

function toChange(c: ChangeInput, i: number): Change {
  const set = Object.entries(c).filter(([, v]) => v !== null && v !== undefined);
  if (set.length !== 1) {
    throw rejected([{ code: 'SCHEMA', file: '(input)', path: `$.changes[${i}]`, message: `set exactly one operation (got ${set.length}: ${set.map(([k]) => k).join(', ') || 'none'})` }]);
  }
  const [op, v] = set[0]! as [string, Record<string, unknown>];
  switch (op) {
    case 'createEntity':
    case 'createRelation':
    case 'createSource':
      return { op, input: plain(v) } as Change;
    case 'updateEntity':
    case 'updateRelation':
      return { op, id: v.id as string, patch: plain(v.patch) } as Change;
    case 'deleteEntity':
      return { op, id: v.id as string, cascade: Boolean(v.cascade) };
    case 'deleteRelation':
      return { op, id: v.id as string };
    case 'reviewRelation':
      return { op, id: v.id as string, status: REVIEW[v.status as keyof typeof REVIEW], note: v.note as string | null };
    default:
      throw rejected([{ code: 'SCHEMA', file: '(input)', path: `$.changes[${i}]`, message: `unknown operation ${op}` }]);
  }
}

export const Mutation: MutationResolvers = {
  createEntity: async (_, { input }, ctx) => {
    const { results } = await write(ctx, [{ op: 'createEntity', input: plain(input) }], at('input'));
    return ctx.kg.entity(results[0]!.id)!;
  },
  updateEntity: async (_, { id, patch }, ctx) => {
    await write(ctx, [{ op: 'updateEntity', id, patch: plain(patch) }], at());
    return ctx.kg.entity(id)!;
  },
  deleteEntity: async (_, { id, cascade }, ctx) => {
    const { version, results } = await write(ctx, [{ op: 'deleteEntity', id, cascade: cascade ?? false }], at());
    return { id, deletedRelations: results[0]!.deletedRelationIds, version };
  },
  createRelation: async (_, { input }, ctx) => {
    const { results } = await write(ctx, [{ op: 'createRelation', input: plain(input) }], at('input'));
    return ctx.kg.relation(results[0]!.id)!;
  },
  updateRelation: async (_, { id, patch }, ctx) => {
    await write(ctx, [{ op: 'updateRelation', id, patch: plain(patch) }], at());
    return ctx.kg.relation(id)!;
  },
  reviewRelation: async (_, { id, status, note }, ctx) => {
    await write(ctx, [{ op: 'reviewRelation', id, status: REVIEW[status], note }], at());
    return ctx.kg.relation(id)!;
  },
  deleteRelation: async (_, { id }, ctx) => {
    const { version } = await write(ctx, [{ op: 'deleteRelation', id }], at());
    return { id, version };
  },
  createSource: async (_, { input }, ctx) => {
    const { results } = await write(ctx, [{ op: 'createSource', input: plain(input) }], at('input'));
    return ctx.kg.source(results[0]!.id)!;
  },
  applyChanges: async (_, { changes }, ctx) => {
    requireEditor(ctx);
    const list = changes.map(toChange);
    const opName = (i: number) => Object.keys(changes[i]!).find((k) => changes[i]![k as keyof ChangeInput] != null)!;
    return write(ctx, list, (i) => ({ file: '(input)', path: ['changes', i, opName(i)] }));
  },
};
