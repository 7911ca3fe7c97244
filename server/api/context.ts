import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Budget } from '../graph/types.js';
import type { Store } from '../store/store.js';
import type { Actor, TokenBook } from './auth.js';
import type { ApiLimits } from './limits/settings.js';

/** What every resolver gets: the graph as it was when the request started, the store for writes, the caller. */
export interface ApiContext {
  kg: KnowledgeGraph;
  store: Store;
  limits: ApiLimits;
  tokens: TokenBook;
  /** The caller, when a valid token was sent. */
  actor: Actor | null;
  /** Why no actor: no Authorization header, or a token that matched none. */
  authProblem: 'missing' | 'invalid' | null;
  /** Budget shared by all traversals of this request. */
  budget: Budget;
}

/** The context of one request: the graph as it stands now, the caller from the Authorization header, a fresh traversal budget. */
export function createContext(store: Store, limits: ApiLimits, tokens: TokenBook, authorization: string | null): ApiContext {
  const auth = tokens.size > 0 ? tokens.fromHeader(authorization) : { actor: null, problem: null };
  return {
    kg: store.kg,
    store,
    limits,
    tokens,
    actor: auth.actor,
    authProblem: auth.problem,
    budget: { maxVisited: limits.maxVisited, deadline: Date.now() + limits.deadlineMs },
  };
}
