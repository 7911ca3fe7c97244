import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';

/**
 * Traversal cost of an operation, from the real argument values (literals, variables or schema
 * defaults). Written by hand because graphql-armor's cost limit counts static weights and does not
 * see variable values, so `neighborhood(limit: $n)` would pass whatever $n is.
 *
 *   search / entities / relations / Entity.relations (first: n)  costs n, and multiplies what is inside by n
 *   neighborhood(depth: d, limit: l)                               costs l·d, multiplies what is inside by l
 *   paths(first: k, maxLength: m)                                  costs k·m, multiplies what is inside by k·(m+1)
 *   graph(limit: l)                                                costs min(l, entities), multiplies by the same
 * Every other field costs 0. Nested lists multiply: entities(first: 100) { … relations(first: 100) } = 100 + 100·100.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, entityCount: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation = null;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return 0;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const walk = (set: SelectionSetNode, parent: GraphQLObjectType, multiplier: number): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = parent.getFields()[sel.name.value];
        if (!def) continue; // __typename and introspection fields cost nothing
        const key = `${parent.name}.${sel.name.value}`;
        let args: Record<string, unknown> = {};
        if (COSTED.has(key)) {
          try {
            args = getArgumentValues(def, sel, variables);
          } catch {
            // Invalid variables fail in execution with their own error; cost them as defaults here.
          }
        }
        const [own, inner] = fieldCost(key, args, entityCount);
        total += multiplier * own;
        const type = getNamedType(def.type);
        if (sel.selectionSet && isObjectType(type)) total += walk(sel.selectionSet, type, multiplier * inner);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (t && isObjectType(t)) total += walk(sel.selectionSet, t, multiplier);
      } else {
        const frag = fragments.get(sel.name.value);
        const t = frag && schema.getType(frag.typeCondition.name.value);
        if (frag && t && isObjectType(t)) total += walk(frag.selectionSet, t, multiplier);
      }
    }
    return total;
  };
  return walk(operation.selectionSet, root, 1);
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback);

const COSTED = new Set(['Query.search', 'Query.entities', 'Query.relations', 'Entity.relations', 'Query.neighborhood', 'Query.paths', 'Query.graph']);

/** [own cost, multiplier for the field's selections]. */
function fieldCost(key: string, args: Record<string, unknown>, entityCount: number): [number, number] {
  switch (key) {
    case 'Query.search':
    case 'Query.entities':
    case 'Query.relations':
    case 'Entity.relations': {
      const first = num(args.first, 0);
      return [first, first];
    }
    case 'Query.neighborhood': {
      const limit = num(args.limit, 0);
      return [limit * num(args.depth, 1), limit];
    }
    case 'Query.paths': {
      const k = num(args.first, 0);
      const m = num(args.maxLength, 1);
      return [k * m, k * (m + 1)];
    }
    case 'Query.graph': {
      const n = Math.min(num(args.limit, 0), entityCount);
      return [n, n];
    }
    default:
      return [0, 1];
  }
}

/** Refuses operations over the cost limit before they run (COST_LIMIT_EXCEEDED, HTTP 400). */
export function useTraversalCost(maxCost: number): Plugin<ApiContext> {
  const cache = new WeakMap<DocumentNode, { version: number; cost: number }>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as ApiContext;
      const vars = (args.variableValues ?? {}) as Record<string, unknown>;
      const noVars = Object.keys(vars).length === 0;
      let cost: number;
      const cached = noVars ? cache.get(args.document) : undefined;
      if (cached && cached.version === ctx.kg.version) cost = cached.cost;
      else {
        cost = operationCost(args.schema, args.document, args.operationName, vars, ctx.kg.graph.order);
        if (noVars) cache.set(args.document, { version: ctx.kg.version, cost });
      }
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            apiError(
              'COST_LIMIT_EXCEEDED',
              `operation cost ${cost} exceeds the limit of ${maxCost}: lower first/limit/depth/maxLength, or nest fewer lists (see README, Limits)`,
              { cost, maxCost },
              400,
            ),
          ],
        });
      }
    },
  };
}
