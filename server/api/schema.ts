import { readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';

export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

/** The executable schema: schema.graphql (the contract) with its resolvers. */
export function buildSchema(): GraphQLSchema {
  return createSchema({ typeDefs: readFileSync(SCHEMA_FILE, 'utf8'), resolvers: resolvers as never });
}
