import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { createInputGuard } from './input-guard.js';

type Data = Record<string, unknown>;
type Compiled = ReturnType<typeof compileQuery<Data, Data>>;

/**
 * Operations run through graphql-jit: each parsed document (Apollo caches them by query hash) is
 * compiled once into a function that resolves and serialises its fields without graphql-js's
 * per-field interpretation; on the programmation page that is a quarter of the server's CPU.
 * Apollo's gateway interface is its hook for a custom executor: parsing, validation, limits,
 * plugins and error formatting stay Apollo's. Resolvers, and the authorization wrapped around
 * them, are the schema's own.
 */
function compiledExecutor(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const guard = createInputGuard(schema);
  function compile(document: DocumentNode, operationName: string | null): Compiled {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const cached = byOperation.get(operationName ?? '');
    if (cached) return cached;
    const fresh = compileQuery<Data, Data>(schema, document, operationName ?? undefined);
    byOperation.set(operationName ?? '', fresh);
    return fresh;
  }
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({
      executor: async ({ document, operation, operationName, context, request }) => {
        const variables = request.variables ?? {};
        guard.normalise(variables);
        // graphql-js coerces the variables, so that a wrong one is Apollo's usual 400 BAD_USER_INPUT.
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
        if (coerced.errors) return { errors: coerced.errors };
        const refused = guard.check(document, operation, coerced.coerced);
        if (refused.length) return { errors: refused };
        const query = compile(document, operationName);
        const result = isCompiledQuery(query) ? await query.query(undefined, context, variables) : query;
        return withGraphQLErrors(result);
      },
    }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit wraps resolver errors in a look-alike of GraphQLError (read-only message, no
 * extensions); Apollo, its plugins and formatError expect graphql-js errors.
 */
function withGraphQLErrors(result: ExecutionResult<Data>): ExecutionResult<Data> {
  if (!result.errors) return result;
  const errors = result.errors.map((e) => {
    // The look-alike bears graphql-js's name; an ESM import of its class would be another copy.
    if (e.constructor === GraphQLError || e.constructor.name !== 'GraphQLError') return e;
    const error = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError ?? undefined,
      extensions: e.extensions,
    });
    return Object.assign(error, { locations: e.locations });
  });
  return { ...result, errors };
}

/** Execution and serialisation options shared by the server and the API tests. */
export function executionOptions(schema: GraphQLSchema) {
  return {
    gateway: compiledExecutor(schema),
    // Apollo pretty-prints answers by default: twice the bytes to build and send.
    stringifyResult: (result: unknown) => JSON.stringify(result),
  };
}
