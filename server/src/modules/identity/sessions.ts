import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import type { Queryable } from '../../shared/sql.js';
import { randomToken, sha256 } from '../../shared/secrets.js';
import { anonymous, type Viewer } from '../../authz/index.js';
import { createIdentityStore } from './identity.store.js';
import type { UserRow } from './identity.types.js';
import type { RequestMeta } from '../contract.js';

export const SESSION_COOKIE = 'quartiers_session';
/** On a shared phone a session ends after 2 idle hours; "stay signed in" keeps it 14 days idle. */
const IDLE_SECONDS = { shared: 2 * 3600, remembered: 14 * 24 * 3600 };
/** Whatever the activity, a session lasts at most 30 days. */
const ABSOLUTE_SECONDS = 30 * 24 * 3600;
/** last_seen_at is written at most once a minute per session, not on every request. */
const TOUCH_AFTER_MS = 60_000;

/** Opens a session in `tx` and sets its cookie: remembered sessions persist, others end with the browser. */
export async function openSession(tx: Queryable, clock: Clock, meta: RequestMeta, userId: string, remember: boolean) {
  const token = randomToken();
  const now = clock.now();
  await createIdentityStore(tx).insertSession(
    {
      id: sha256(token),
      userId,
      idleSeconds: remember ? IDLE_SECONDS.remembered : IDLE_SECONDS.shared,
      expiresAt: new Date(now.getTime() + ABSOLUTE_SECONDS * 1000),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
    now,
  );
  meta.cookie.set(token, remember ? ABSOLUTE_SECONDS : null);
}

/** The viewer of a request: anonymous without a live session (no statement at all without a cookie). */
export async function resolveViewer(
  ds: DataSource,
  clock: Clock,
  token: string | null,
): Promise<{ viewer: Viewer; user: UserRow | null }> {
  if (!token) return { viewer: anonymous, user: null };
  const store = createIdentityStore(ds);
  const id = sha256(token);
  const now = clock.now();
  const found = await store.sessionWithUser(id, now);
  if (!found) return { viewer: anonymous, user: null };
  if (now.getTime() - new Date(found.lastSeenAt).getTime() > TOUCH_AFTER_MS) await store.touchSession(id, now);
  return {
    viewer: { kind: 'user', user: found.user, sessionId: id, memberships: found.memberships },
    user: found.user,
  };
}
