import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../src/modules/identity/index.js';
import { createIdentityStore } from '../src/modules/identity/identity.store.js';
import { randomToken, sha256 } from '../src/shared/secrets.js';

const YEAR_MS = 365 * 86_400_000;

export interface TestSession {
  /** The raw token, as the server's cookie carries it. */
  token: string;
  /** A `Cookie` header value for HTTP requests. */
  cookie: string;
}

/**
 * A session for this user written directly, no password needed: the one way API, e2e and browser
 * tests sign someone in. It lasts ten years, so it outlives any clock move a test makes; a test whose
 * clock goes back (a consultation timeline) starts it earlier with `at`; `userAgent` is what the
 * person's list of sessions shows.
 */
export async function writeSession(
  ds: DataSource,
  userId: string,
  { at = new Date(), userAgent = 'test' }: { at?: Date; userAgent?: string } = {},
): Promise<TestSession> {
  const token = randomToken();
  await createIdentityStore(ds).insertSession(
    {
      id: sha256(token),
      userId,
      idleSeconds: (10 * YEAR_MS) / 1000,
      expiresAt: new Date(at.getTime() + 10 * YEAR_MS),
      userAgent,
    },
    at,
  );
  return { token, cookie: `${SESSION_COOKIE}=${token}` };
}
