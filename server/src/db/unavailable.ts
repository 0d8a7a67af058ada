/** Socket errors of a database that cannot be reached, or that went away mid-statement. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * SQLSTATEs of a server that cannot serve now: statement timeout (57014), shutdown (57P01–57P03),
 * idle-in-transaction timeout (25P03), too many connections (53300); class 08 is connection failure.
 */
const SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '25P03', '53300']);

/** pg and pg-pool say these in words only: a frozen server, a pool that waited too long, a dropped link. */
const MESSAGES = [
  /^Query read timeout$/,
  /^timeout exceeded when trying to connect$/,
  /^Connection terminated/,
  /is not queryable$/,
];

/**
 * Whether an error (as thrown by pg, pg-pool or TypeORM, possibly wrapped) means that PostgreSQL
 * is unreachable or stalled, rather than that a statement was wrong: the request may succeed later.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08...$/.test(code))) return true;
  if (MESSAGES.some((m) => m.test(error.message))) return true;
  // TypeORM keeps pg's error as driverError; graphql and Node wrap theirs as originalError, cause, errors.
  const inner = error as { driverError?: unknown; originalError?: unknown; errors?: unknown };
  const wrapped = [
    inner.driverError,
    inner.originalError,
    error.cause,
    ...(Array.isArray(inner.errors) ? inner.errors : []),
  ];
  return wrapped.some((e) => e !== error && isDatabaseUnavailable(e, depth + 1));
}
