import type { CompactIndex } from '../graph/compact-index.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Budget } from '../graph/types.js';
import type { GraphStore } from '../store/graph-store.js';
import type { Actor, TokenBook } from './auth.js';
import type { ApiLimits } from './limits/settings.js';
import type { Traversals } from './traversals.js';

/** What every resolver gets: the graph as it was when the request started, the store for writes, the caller. */
export interface ApiContext {
  kg: KnowledgeGraph;
  store: GraphStore;
  limits: ApiLimits;
  tokens: TokenBook;
  /** The caller, when a valid token was sent. */
  actor: Actor | null;
  /** Why no actor: no Authorization header, or a token that matched none. */
  authProblem: 'missing' | 'invalid' | null;
  /** Budget shared by all traversals of this request. */
  budget: Budget;
  /**
   * The traversal index as it was when the request first asked for it: every traversal and listing of
   * the request reads this version, whatever commits meanwhile. A method, not a property: Envelop
   * copies context properties when it builds the context, which would read it at the request's start,
   * and a write request would then build an index it never uses.
   */
  pinnedIndex(): CompactIndex;
  /** Who is asking, for fair queueing and the CPU budget: the token's name, else the client address. */
  client: string;
  traversals: Traversals;
}

/**
 * The context of one request: the graph as it stands now (its traversal index pinned), the caller
 * from the Authorization header, a fresh traversal budget. `address` is the client address the HTTP
 * layer determined (absent for in-process requests).
 */
export function createContext(store: GraphStore, limits: ApiLimits, tokens: TokenBook, traversals: Traversals, authorization: string | null, address: string | null): ApiContext {
  const auth = tokens.size > 0 ? tokens.fromHeader(authorization) : { actor: null, problem: null };
  let pinned: CompactIndex | null = null;
  return {
    kg: store.kg,
    store,
    limits,
    tokens,
    actor: auth.actor,
    authProblem: auth.problem,
    budget: { maxVisited: limits.maxVisited, deadline: Date.now() + limits.deadlineMs },
    // Pinned at first use (a traversal, a listing), so requests that never read it — writes among
    // them — do not make the graph build an index after every commit.
    pinnedIndex: () => (pinned ??= store.kg.index),
    client: clientKey(auth.actor, address),
    traversals,
  };
}

/** A client's key for fairness and budgets: its token's name when it sent a valid one, else its address. */
export function clientKey(actor: Actor | null, address: string | null): string {
  return actor ? `token:${actor.name}` : `address:${address ?? 'local'}`;
}
