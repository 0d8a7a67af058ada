import {
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
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
        const refusal = unrunnable(operation, request.operationName);
        if (refusal) return { errors: [refusal] };
        const variables = request.variables ?? {};
        guard.normalise(variables);
        const coerced = coerceVariables(schema, operation, variables);
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
 * Apollo resolves the operation before calling the executor; when it finds none (an unknown name,
 * or several operations and none named) it still calls it, and answers the error returned as a 400
 * OPERATION_RESOLUTION_FAILURE. The schema has no subscriptions: one gets a coded 400 too.
 */
function unrunnable(
  // Typed as always present by the gateway interface, which Apollo does not honour.
  operation: OperationDefinitionNode | undefined,
  requestedName: string | undefined,
): GraphQLError | undefined {
  if (!operation)
    return new GraphQLError(
      requestedName
        ? `Le document ne contient pas d’opération nommée « ${requestedName} ».`
        : 'Le document contient plusieurs opérations : indiquez laquelle exécuter (operationName).',
    );
  if (operation.operation === 'subscription')
    return new GraphQLError('Les abonnements ne sont pas pris en charge.', {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  return undefined;
}

/** At most this many errors for the variables, the last one saying that coercion stopped there. */
const MAX_VARIABLE_ERRORS = 50;

/**
 * graphql-js coerces the variables, so that a wrong one is Apollo's usual 400 BAD_USER_INPUT; it
 * stops at the error limit (without it, a list of 20 000 wrong items was 20 000 errors and seconds).
 */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
) {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: MAX_VARIABLE_ERRORS - 1,
  });
  const { errors } = result;
  if (!errors || errors.length < MAX_VARIABLE_ERRORS) return result;
  // graphql-js's own last error ("Too many errors…") has no code.
  const stopped = new GraphQLError('Trop d’erreurs dans les variables : les suivantes n’ont pas été vérifiées.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
  return { errors: [...errors.slice(0, -1), stopped] };
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
