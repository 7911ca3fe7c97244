/**
 * The operations the throughput and write benchmarks send, shared by the load generator, the
 * GraphQL servers and the raw server (which dispatches on operationName and does the same work).
 */
export const LOOKUP = 'query Lookup($id: ID!) { entity(id: $id) { id label kind } }';

export const HOOD =
  'query Hood($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { entities { id label kind } relations { id type fromId toId } } }';

export interface GraphQLBody {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

export const lookupBody = (id: string): GraphQLBody => ({ query: LOOKUP, operationName: 'Lookup', variables: { id } });
/** The API default limit (200) given explicitly, so the raw server needs no schema defaults. */
export const hoodBody = (id: string, limit = 200): GraphQLBody => ({ query: HOOD, operationName: 'Hood', variables: { id, depth: 2, limit } });

export const CREATE_RELATION = 'mutation Create($input: CreateRelationInput!) { createRelation(input: $input) { id } }';
export const UPDATE_RELATION = 'mutation Update($id: ID!, $patch: RelationPatch!) { updateRelation(id: $id, patch: $patch) { id } }';
export const REVIEW_RELATION = 'mutation Review($id: ID!, $note: String) { reviewRelation(id: $id, status: REVIEWED, note: $note) { id } }';
export const VERSION = 'query Version { stats { version relationCount } }';

export const JSON_HEADERS = { 'content-type': 'application/json' };
