/**
 * Every limit the API enforces, with its default. Each is a setting (flag or environment variable,
 * see http/config.ts and the README) and each refusal is a GraphQL error with its own code.
 */
export interface ApiLimits {
  /** Largest `first` of lists and connections, and of `paths`. Error: BAD_USER_INPUT. */
  maxPageSize: number;
  /** Largest `limit` of `neighborhood`. Error: BAD_USER_INPUT. */
  maxNodeLimit: number;
  /** Largest `limit` of `graph`. Error: BAD_USER_INPUT. */
  maxGraphLimit: number;
  /** Largest neighbourhood `depth`. Error: BAD_USER_INPUT. */
  maxDepth: number;
  /** Largest `paths` maxLength. Error: BAD_USER_INPUT. */
  maxPathLength: number;
  /** Largest traversal cost of an operation. Error: COST_LIMIT_EXCEEDED (HTTP 400). */
  maxCost: number;
  /** Most entities one traversal expands; past it the answer is truncated (VISIT_BUDGET). */
  maxVisited: number;
  /** Per-request time for traversals; past it answers are truncated (DEADLINE). */
  deadlineMs: number;
  /** Deepest selection nesting. Error: GRAPHQL_VALIDATION_FAILED (HTTP 400). */
  maxQueryDepth: number;
  /** Most aliases per operation. Error: GRAPHQL_VALIDATION_FAILED (HTTP 400). */
  maxAliases: number;
  /** Most tokens per document. Error: GRAPHQL_PARSE_FAILED (HTTP 400). */
  maxTokens: number;
  /** Most directives per operation. Error: GRAPHQL_VALIDATION_FAILED (HTTP 400). */
  maxDirectives: number;
  /** Largest request body in bytes. Error: HTTP 413. */
  maxBodyBytes: number;
  /** Requests per minute per client address (0 = unlimited). Error: HTTP 429 with Retry-After. */
  rateLimitPerMinute: number;
  /** Longest document `ingestSource` reads, in characters. Error: TEXT_TOO_LARGE (HTTP 413). */
  maxIngestChars: number;
  /** Traversal CPU milliseconds per client per window (0 = unlimited). Error: HTTP 429 RATE_LIMITED with Retry-After. */
  cpuBudgetMs: number;
  /** The window of cpuBudgetMs, in seconds (the budget refills continuously over it). */
  cpuWindowSeconds: number;
  /** Traversals of one client running at once; more wait their turn (round-robin across clients). */
  maxTraversalsPerClient: number;
  /** Traversals waiting for a worker, all clients together. Error: HTTP 503 OVERLOADED with Retry-After. */
  maxQueuedTraversals: number;
  /** A worker still busy this long past its request's deadline is terminated and replaced. Error: DEADLINE_EXCEEDED. */
  traversalKillGraceMs: number;
  /** PostgreSQL: a server lagging the database longer than this is unhealthy (/healthz 503) and not ready (/readyz 503). */
  maxLagMs: number;
  /** PostgreSQL: longest a request with `x-corridor-min-seq` waits for the server to apply that change. Error: HTTP 503 NOT_CAUGHT_UP with Retry-After. */
  minSeqWaitMs: number;
  /** PostgreSQL: a database statement not answered in this long fails; a write then gets DATABASE_UNAVAILABLE (retryable, HTTP 503). */
  dbStatementTimeoutMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxPageSize: 100,
  maxNodeLimit: 2000,
  maxGraphLimit: 20_000,
  maxDepth: 3,
  maxPathLength: 6,
  maxCost: 50_000,
  maxVisited: 100_000,
  deadlineMs: 2_000,
  maxQueryDepth: 15,
  maxAliases: 30,
  maxTokens: 3_000,
  maxDirectives: 20,
  maxBodyBytes: 2 * 1024 * 1024,
  rateLimitPerMinute: 1_200,
  maxIngestChars: 2_000_000,
  cpuBudgetMs: 30_000,
  cpuWindowSeconds: 60,
  maxTraversalsPerClient: 2,
  maxQueuedTraversals: 64,
  traversalKillGraceMs: 1_000,
  maxLagMs: 10_000,
  minSeqWaitMs: 5_000,
  dbStatementTimeoutMs: 5_000,
};
