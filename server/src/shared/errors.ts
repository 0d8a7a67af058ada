/** Codes mirrored from `enum ErrorCode` in schema/base.graphql. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'CONSULTATION_CLOSED'
  | 'DEADLINE_PASSED'
  | 'SERVICE_UNAVAILABLE';

/** What a request is told while the database is out of reach (HTTP 503). */
export const SERVICE_UNAVAILABLE_MESSAGE = 'Service momentanément indisponible, réessayez dans un instant.';

/** An expected business failure: its French message is safe to show to the user. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
