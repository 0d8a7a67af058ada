import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, SERVICE_UNAVAILABLE_MESSAGE, type ErrorCode } from '../shared/errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

/** The HTTP status a code deserves when it is the only error of a response. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'BAD_USER_INPUT':
      return 400;
    case 'CONFLICT':
    case 'CONSULTATION_CLOSED':
    case 'DEADLINE_PASSED':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

const PUBLIC_APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * DomainError → its code and French message; the database out of reach → SERVICE_UNAVAILABLE;
 * Apollo's own request errors pass through; anything else is logged with the request id and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.fields ? { fields: original.fields } : {}) },
    };
  }
  if (isDatabaseUnavailable(original)) {
    console.error('[graphql] database unavailable', { path: formatted.path, error: String(original) });
    return { message: SERVICE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_APOLLO_CODES.has(code)) return formatted;
  if (original instanceof GraphQLError && !original.originalError && !formatted.path) return formatted;
  console.error('[graphql] internal error', { path: formatted.path, error: original });
  return {
    message: 'Une erreur interne est survenue. Réessayez plus tard.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * The error a request gets when its context cannot be built because the database is out of
 * reach: Apollo answers such a failure with the status in `extensions.http` (500 otherwise).
 */
export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: httpStatusOf('SERVICE_UNAVAILABLE') } },
  });
}

/**
 * A response whose errors say the database is out of reach answers 503, so that clients, load
 * balancers and monitoring retry rather than report a fault. Apollo takes the status from errors
 * thrown with `extensions.http`, but a resolver's error comes from pg or TypeORM: it is known to
 * be one only once formatted.
 */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE'))
          response.http.status = httpStatusOf('SERVICE_UNAVAILABLE');
      },
    };
  },
};
