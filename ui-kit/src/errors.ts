import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCode } from './__generated__/catalogue';

/**
 * What a form found wrong before sending, one French message per field: the same shape as the
 * server's `extensions.fields`, so that a form shows both the same way.
 */
export class FieldProblems extends Error {
  constructor(readonly fields: Readonly<Record<string, string>>) {
    super(CHECK_FIELDS);
    this.name = 'FieldProblems';
  }
}

const CHECK_FIELDS = 'Vérifiez les champs signalés.';
const INCOMPLETE = 'Certains champs sont manquants ou mal remplis : vérifiez le formulaire et réessayez.';
const REFUSED = 'Cette demande n’a pas pu être traitée. Rechargez la page et réessayez.';
const NO_ANSWER = 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.';

/**
 * For every code the server emits (`enum ErrorCode`, a new one must be classified here), whether
 * its message is the server's own French sentence (DomainError, input guard, executor, HTTP layer),
 * or graphql-js's and Apollo's English text about the query.
 */
const WORDED_BY_SERVER: Record<ErrorCode, boolean> = {
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  BAD_USER_INPUT: true,
  CONFLICT: true,
  RATE_LIMITED: true,
  CONSULTATION_CLOSED: true,
  DEADLINE_PASSED: true,
  SERVICE_UNAVAILABLE: true,
  INTERNAL_SERVER_ERROR: true,
  BAD_REQUEST: true,
  REQUEST_TIMEOUT: true,
  PAYLOAD_TOO_LARGE: true,
  UNSUPPORTED_MEDIA_TYPE: true,
  GRAPHQL_PARSE_FAILED: false,
  GRAPHQL_VALIDATION_FAILED: false,
  OPERATION_RESOLUTION_FAILURE: false,
  PERSISTED_QUERY_NOT_FOUND: false,
  PERSISTED_QUERY_NOT_SUPPORTED: false,
};

const isErrorCode = (code: string | undefined): code is ErrorCode =>
  code !== undefined && (ERROR_CODES as readonly string[]).includes(code);

/**
 * The wording of graphql-js and Apollo (variable coercion, validation, parsing), which also answer
 * BAD_USER_INPUT: English, and about the query rather than the person's input.
 */
const GRAPHQL_WORDING =
  /^(Variable "\$|Cannot |Syntax Error|Field "|Unknown |Expected |Argument "|(Int|Float|String|Boolean|ID) cannot|Enum "|Value "|Did you mean|Fragment "|Directive "|Must provide|GraphQL )/;

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

const codeOf = (e: ErrorLike) => (typeof e.extensions?.code === 'string' ? e.extensions.code : undefined);

function fieldsOf(e: ErrorLike): Record<string, string> {
  const fields = e.extensions?.fields;
  if (!fields || typeof fields !== 'object') return {};
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** One error in words for people: the server's own French sentence, never GraphQL's technical text. */
function messageOf(e: ErrorLike): string {
  const code = codeOf(e);
  if (isErrorCode(code) && WORDED_BY_SERVER[code] && !GRAPHQL_WORDING.test(e.message)) return e.message;
  return code === 'BAD_USER_INPUT' ? INCOMPLETE : REFUSED;
}

/** The message of a failed request or form, always a French sentence. */
export function errorMessage(error: unknown): string {
  if (error instanceof FieldProblems) return error.message;
  if (CombinedGraphQLErrors.is(error)) return [...new Set(error.errors.map(messageOf))].join(' ');
  return NO_ANSWER;
}

/** The French message of each field the server (or the form itself) refused, by field path (`email`, `sections.0.text`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (error instanceof FieldProblems) return { ...error.fields };
  if (!CombinedGraphQLErrors.is(error)) return {};
  return Object.assign({}, ...error.errors.map(fieldsOf)) as Record<string, string>;
}

/**
 * The fields left empty, each with its message, or null when all are filled: a form checks them
 * before sending, so that GraphQL's coercion of a missing value never answers instead.
 */
export function missingFields(
  values: Readonly<Record<string, string | undefined>>,
  messages: Readonly<Record<string, string>>,
): FieldProblems | null {
  const missing = Object.entries(messages).filter(([name]) => !values[name]?.trim());
  return missing.length ? new FieldProblems(Object.fromEntries(missing)) : null;
}

/**
 * Whether a page's query failed only because of its address: an unknown item (NOT_FOUND) or a
 * refused argument among those the URL gives (`id`, `code`…). Such a page is « introuvable »,
 * not an error to retry.
 */
export function isUnknownAddress(error: unknown, urlArguments: readonly string[]): boolean {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return false;
  return error.errors.every((e) => {
    const code = codeOf(e);
    if (code === 'NOT_FOUND') return true;
    const fields = Object.keys(fieldsOf(e));
    return code === 'BAD_USER_INPUT' && fields.length > 0 && fields.every((f) => urlArguments.includes(f));
  });
}

/** What the server says of an edit made on an older version (CONFLICT, `extensions.conflict` "STALE"). */
export interface EditConflict {
  message: string;
  changedFields: string[];
  changedBy: string | null;
  changedAt: string | null;
}

/** The stale-edit conflict of a refused save, or null when it was refused for another reason. */
export function editConflict(error: unknown): EditConflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors.find((x) => codeOf(x) === 'CONFLICT' && x.extensions?.conflict === 'STALE');
  if (!e) return null;
  const ext = e.extensions ?? {};
  const changedFields = Array.isArray(ext.changedFields) ? ext.changedFields.filter((f) => typeof f === 'string') : [];
  return {
    message: messageOf(e),
    changedFields,
    changedBy: typeof ext.changedBy === 'string' ? ext.changedBy : null,
    changedAt: typeof ext.changedAt === 'string' ? ext.changedAt : null,
  };
}
