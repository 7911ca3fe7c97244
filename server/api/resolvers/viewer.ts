import type { QueryResolvers } from '../generated/resolvers-types.js';

/** Query.viewer: who the bearer token belongs to, or null (no token, an unknown one, or a server without tokens). */
export const viewer: NonNullable<QueryResolvers['viewer']> = (_, __, ctx) => (ctx.actor ? { name: ctx.actor.name, role: ctx.actor.role } : null);
