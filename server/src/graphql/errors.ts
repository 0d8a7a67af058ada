import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type ErrorCode } from '../shared/errors.js';

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
 * DomainError → its code and French message; Apollo's own request errors pass through;
 * anything else is logged with the request id and masked.
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
