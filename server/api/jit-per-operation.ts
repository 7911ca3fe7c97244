import type { Plugin } from 'graphql-yoga';
import type { DocumentNode, ExecutionArgs } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Compiled = Pick<CompiledQuery, 'query' | 'stringify'> | null;

/**
 * graphql-jit compilation per document AND operation name. `@envelop/graphql-jit` caches one
 * compiled query per parsed document, whatever operation it was compiled for, so a document with two
 * operations (GraphiQL sends such documents) ran the first one for every operationName. Same approach
 * otherwise: compile on first execution, keep it while the document is cached, fall back to graphql-js
 * when compilation fails. Subscriptions keep graphql-js.
 */
export function useJitPerOperation(): Plugin {
  const byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (args: ExecutionArgs): Compiled => {
    let byOperation = byDocument.get(args.document);
    if (!byOperation) byDocument.set(args.document, (byOperation = new Map()));
    const key = args.operationName ?? '';
    let compiled = byOperation.get(key);
    if (compiled === undefined) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      compiled = isCompiledQuery(result) ? result : null;
      byOperation.set(key, compiled);
    }
    return compiled;
  };
  return {
    onExecute({ args, setExecuteFn }) {
      const compiled = compiledFor(args);
      if (!compiled) return; // graphql-js reports why (unknown operation, invalid variables…)
      setExecuteFn((a: ExecutionArgs) => compiled.query(a.rootValue, a.contextValue, a.variableValues));
    },
  };
}
