import type { ErrorCode } from '../../../ui-kit/src/__generated__/catalogue.js';

/** Every code the server emits, from `enum ErrorCode` of schema/base.graphql (the generated catalogue). */
export type { ErrorCode };

/** What a request is told while the database is out of reach (HTTP 503). */
export const SERVICE_UNAVAILABLE_MESSAGE = 'Service momentanément indisponible, réessayez dans un instant.';

/**
 * An expected business failure: its French message is safe to show to the user. `fields` names the
 * inputs at fault; `details` are further keys of `extensions` a client acts on (e.g. `conflict`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
