import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { GraphStore } from '../store/graph-store.js';
import type { TokenBook } from './auth.js';
import { createContext, type ApiContext } from './context.js';
import { EXAMPLE_QUERY } from './examples.js';
import { useTraversalCost } from './limits/cost.js';
import { useCsrfForWrites } from './limits/csrf.js';
import type { ApiLimits } from './limits/settings.js';
import { useJitPerOperation } from './jit-per-operation.js';
import { buildSchema } from './schema.js';
import { createTraversals, type Traversals } from './traversals.js';

export interface ApiOptions {
  store: GraphStore;
  limits: ApiLimits;
  tokens: TokenBook;
  /** Production hides error details (stack traces, field suggestions); on unless NODE_ENV=development. */
  production: boolean;
  /** Request log lines (off in tests and benchmarks). */
  logging: boolean;
  /** The traversal pool and CPU budget; without it, traversals run in the request thread (tests, tools). */
  traversals?: Traversals;
}

/**
 * graphql-armor's rules throw by default, which Yoga answers as an execution error with status 200;
 * reported as validation errors instead, they get GRAPHQL_VALIDATION_FAILED and HTTP 400 as the
 * GraphQL-over-HTTP spec asks.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export type CorridorYoga = YogaServerInstance<Record<string, unknown>, ApiContext>;

/**
 * The GraphQL API: schema.graphql with its resolvers, each request on the graph as it stands when the
 * request starts, and every limit of ApiLimits as a plugin. The request body limit is not Yoga's:
 * Yoga 5's check pipes every body through a web stream; the http layer enforces it while reading
 * (see http/server.ts), so Yoga's is off.
 */
export function createApi(opts: ApiOptions): CorridorYoga {
  const { store, limits, tokens } = opts;
  const traversals = opts.traversals ?? createTraversals(limits, 0);
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maxRequestBodySize: false,
    batching: false,
    logging: opts.logging ? 'info' : false,
    maskedErrors: opts.production ? true : { isDev: true },
    graphiql: { title: 'Corridor — GraphQL', defaultQuery: EXAMPLE_QUERY },
    renderGraphiQL,
    // The HTTP layer puts the client address it determined (see http/client-address.ts) on the request.
    context: ({ request, req }: { request: Request; req?: { corridorAddress?: string } }) =>
      createContext(store, limits, tokens, traversals, request.headers.get('authorization'), req?.corridorAddress ?? null),
    plugins: [
      maxTokensPlugin({ n: limits.maxTokens }),
      maxDepthPlugin({ n: limits.maxQueryDepth, ignoreIntrospection: true, flattenFragments: true, ...asValidationError }),
      maxAliasesPlugin({ n: limits.maxAliases, ...asValidationError }),
      maxDirectivesPlugin({ n: limits.maxDirectives, ...asValidationError }),
      ...(opts.production ? [blockFieldSuggestionsPlugin()] : []),
      useTraversalCost(limits.maxCost),
      useCsrfForWrites(),
      // Compiles each operation once into plain functions: execution of list-heavy answers
      // (neighbourhoods, graphs) costs a third of graphql-js's (see README, Performance).
      useJitPerOperation(),
    ],
  });
}
