import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApiContext } from '../../api/context.js';
import { operationCost } from '../../api/limits/cost.js';

/**
 * One valid query or mutation (a document and the operation picked by its name), with everything
 * that depends only on its text done once: parsed, validated (by the caller, through Yoga's
 * pipeline), compiled by graphql-jit as `useJitPerOperation()` compiles it. What depends on the
 * request — variables, the caller, the graph version — stays per request: `cost` and `run`.
 */
export class PreparedOperation {
  /** The cost when it does not depend on the variables, for the graph version it was computed on. */
  private constantCost: { version: number; cost: number } | null = null;

  /** Whether the traversal cost reads any variable; when not, it is the same for every request. */
  private readonly costReadsVariables: boolean;

  private constructor(
    private readonly schema: GraphQLSchema,
    readonly document: DocumentNode,
    readonly operationName: string | undefined,
    private readonly compiled: CompiledQuery,
  ) {
    this.costReadsVariables = costReadsVariables(schema, document, operationName);
  }

  /** The operation compiled, or null when graphql-jit cannot compile it (Yoga's pipeline then runs it as before). */
  static compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): PreparedOperation | null {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? new PreparedOperation(schema, document, operationName, compiled) : null;
  }

  /**
   * The traversal cost of this request (see api/limits/cost.ts): computed from the variables' values
   * each time when it reads them; otherwise once per graph version, as the cost plugin caches the
   * cost of requests without variables.
   */
  cost(ctx: ApiContext, variables: Record<string, unknown> | null | undefined): number {
    const vars = variables ?? {};
    if (this.costReadsVariables && Object.keys(vars).length > 0) return operationCost(this.schema, this.document, this.operationName, vars, ctx.kg.graph.order);
    const cached = this.constantCost;
    if (cached && cached.version === ctx.kg.version) return cached.cost;
    const cost = operationCost(this.schema, this.document, this.operationName, vars, ctx.kg.graph.order);
    this.constantCost = { version: ctx.kg.version, cost };
    return cost;
  }

  /** Executes the compiled operation (root value `{}` as Yoga's pipeline passes it); errors unmasked. */
  run(ctx: ApiContext, variables: Record<string, unknown> | null | undefined): ExecutionResult | Promise<ExecutionResult> {
    return this.compiled.query({}, ctx, variables ?? {}) as ExecutionResult | Promise<ExecutionResult>;
  }
}

/**
 * True when computing the operation's cost looks up any variable: operationCost reads variables
 * only for the arguments of the fields it costs, so an operation whose costed arguments are all
 * literals (or that has no costed field, like `entity(id: $id)`) costs the same whatever the
 * variables are. Found by running operationCost once on a variables object that records lookups.
 */
function costReadsVariables(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): boolean {
  let read = false;
  const recorder = new Proxy({} as Record<string, unknown>, {
    get: () => ((read = true), undefined),
    has: () => ((read = true), false),
    getOwnPropertyDescriptor: () => ((read = true), undefined),
  });
  operationCost(schema, document, operationName, recorder, 0);
  return read;
}
