import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, SERVICE_UNAVAILABLE_MESSAGE, type ErrorCode } from '../shared/errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

/** The HTTP status each code deserves when it is the only error of a response (a new code must say). */
const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  CONSULTATION_CLOSED: 409,
  DEADLINE_PASSED: 409,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
  BAD_REQUEST: 400,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
};

export const httpStatusOf = (code: ErrorCode): number => HTTP_STATUS[code];

const PUBLIC_APOLLO_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] satisfies ErrorCode[]);

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
      extensions: { ...original.details, code: original.code, ...(original.fields ? { fields: original.fields } : {}) },
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
