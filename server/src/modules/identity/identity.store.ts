import { conditions, likeEscape, listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { Role } from '../../authz/index.js';
import type { InvitationRow, MemberRow, MembershipRow, SessionRow, TokenPurpose, UserRow } from './identity.types.js';

const USER = `u.id, u.email, u.display_name, u.password_hash, u.email_verified_at, u.notification_preferences,
  u.created_at, u.erased_at`;
const MEMBERSHIP = `m.id, m.territory_id, m.user_id, m.role, m.citizen_council_id, m.commune_id, m.granted_by,
  m.created_at, m.revoked_at, m.revoked_by, m.revoke_reason`;
const INVITATION = `i.id, i.territory_id, i.email, i.role, i.citizen_council_id, i.commune_id, i.invited_by,
  i.created_at, i.expires_at, i.accepted_at, i.accepted_by`;

/**
 * All SQL of the identity module. Users and sessions are not tenant rows (a person acts in several
 * territories); memberships and invitations are, and their statements filter on territory_id first.
 */
export function createIdentityStore(db: Queryable) {
  return {
    userByEmail: (email: string) =>
      one(query<UserRow>(db, 'identity.userByEmail', `SELECT ${USER} FROM users u WHERE u.email = $1`, [email])),

    userById: (id: string) =>
      one(query<UserRow>(db, 'identity.userById', `SELECT ${USER} FROM users u WHERE u.id = $1`, [id])),

    usersByIds: (ids: readonly string[]) =>
      query<UserRow>(db, 'identity.usersByIds', `SELECT ${USER} FROM users u WHERE u.id = ANY($1::uuid[])`, [ids]),

    /** Null when the email is taken. */
    insertUser: (u: { email: string; displayName: string; passwordHash: string | null; verifiedAt: Date | null }) =>
      one(
        query<UserRow>(
          db,
          'identity.insertUser',
          `INSERT INTO users AS u (email, display_name, password_hash, email_verified_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (email) DO NOTHING RETURNING ${USER}`,
          [u.email, u.displayName, u.passwordHash, u.verifiedAt],
        ),
      ),

    updateUser: (
      id: string,
      set: Partial<Pick<UserRow, 'displayName' | 'passwordHash' | 'emailVerifiedAt' | 'notificationPreferences'>>,
    ) =>
      one(
        query<UserRow>(
          db,
          'identity.updateUser',
          `UPDATE users AS u SET
             display_name = CASE WHEN $2 THEN $3 ELSE u.display_name END,
             password_hash = CASE WHEN $4 THEN $5 ELSE u.password_hash END,
             email_verified_at = CASE WHEN $6 THEN $7::timestamptz ELSE u.email_verified_at END,
             notification_preferences = CASE WHEN $8 THEN $9::jsonb ELSE u.notification_preferences END
           WHERE u.id = $1 AND u.erased_at IS NULL RETURNING ${USER}`,
          [
            id,
            'displayName' in set,
            set.displayName ?? null,
            'passwordHash' in set,
            set.passwordHash ?? null,
            'emailVerifiedAt' in set,
            set.emailVerifiedAt ?? null,
            'notificationPreferences' in set,
            JSON.stringify(set.notificationPreferences ?? {}),
          ],
        ),
      ),

    /** Erasure: the row stays for what points at it, with nothing left that identifies the person. */
    eraseUser: (id: string, at: Date) =>
      query(
        db,
        'identity.eraseUser',
        `UPDATE users SET email = NULL, display_name = NULL, password_hash = NULL,
           notification_preferences = '{}'::jsonb, erased_at = $2 WHERE id = $1`,
        [id, at],
      ),

    insertSession: (s: Omit<SessionRow, 'createdAt' | 'lastSeenAt'>, at: Date) =>
      query(
        db,
        'identity.insertSession',
        `INSERT INTO sessions (id, user_id, idle_seconds, expires_at, user_agent, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [s.id, s.userId, s.idleSeconds, s.expiresAt, s.userAgent, at],
      ),

    /** The live session's user, when it was last seen, and the user's active memberships, in one statement. */
    sessionWithUser: async (id: string, at: Date) => {
      const row = await one(
        query<UserRow & { sessionLastSeenAt: Date; memberships: (MembershipRow & { createdAt: string })[] }>(
          db,
          'identity.sessionWithUser',
          `SELECT ${USER}, s.last_seen_at AS session_last_seen_at,
                  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'territoryId', m.territory_id,
                     'userId', m.user_id, 'role', m.role, 'citizenCouncilId', m.citizen_council_id,
                     'communeId', m.commune_id, 'grantedBy', m.granted_by, 'createdAt', m.created_at)
                     ORDER BY m.created_at), '[]')
                   FROM memberships m WHERE m.user_id = u.id AND m.revoked_at IS NULL) AS memberships
           FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.id = $1 AND s.expires_at > $2 AND s.last_seen_at + make_interval(secs => s.idle_seconds) > $2
             AND u.erased_at IS NULL`,
          [id, at],
        ),
      );
      if (!row) return null;
      const { sessionLastSeenAt, memberships, ...user } = row;
      return {
        user: user as UserRow,
        lastSeenAt: sessionLastSeenAt,
        memberships: memberships.map((m): MembershipRow => ({
          ...m,
          createdAt: new Date(m.createdAt),
          revokedAt: null,
          revokedBy: null,
          revokeReason: null,
        })),
      };
    },

    touchSession: (id: string, at: Date) =>
      query(db, 'identity.touchSession', 'UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [id, at]),

    deleteSession: (id: string) => query(db, 'identity.deleteSession', 'DELETE FROM sessions WHERE id = $1', [id]),

    /** Ends one session of this user only: another person's session id changes nothing. */
    deleteSessionOfUser: (userId: string, id: string) =>
      query<{ id: string }>(
        db,
        'identity.deleteSessionOfUser',
        'DELETE FROM sessions WHERE user_id = $1 AND id = $2 RETURNING id',
        [userId, id],
      ),

    deleteSessionsOfUser: (userId: string, exceptId: string | null = null) =>
      query(db, 'identity.deleteSessionsOfUser', 'DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [
        userId,
        exceptId,
      ]),

    sessionsOfUser: (userId: string) =>
      query<SessionRow>(
        db,
        'identity.sessionsOfUser',
        `SELECT id, user_id, created_at, last_seen_at, idle_seconds, expires_at, user_agent FROM sessions
         WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),

    insertToken: (t: { id: string; userId: string; purpose: TokenPurpose; expiresAt: Date }, at: Date) =>
      query(
        db,
        'identity.insertToken',
        'INSERT INTO account_tokens (id, user_id, purpose, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)',
        [t.id, t.userId, t.purpose, t.expiresAt, at],
      ),

    /** Single use, atomically: the user the link was for, or null if unknown, used or expired. */
    consumeToken: async (id: string, purpose: TokenPurpose, at: Date) =>
      (
        await one(
          query<{ userId: string }>(
            db,
            'identity.consumeToken',
            `UPDATE account_tokens SET used_at = $3
             WHERE id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 RETURNING user_id`,
            [id, purpose, at],
          ),
        )
      )?.userId ?? null,

    deleteTokensOfUser: (userId: string) =>
      query(db, 'identity.deleteTokensOfUser', 'DELETE FROM account_tokens WHERE user_id = $1', [userId]),

    /** Null when the same role is already held there. */
    insertMembership: (m: {
      territoryId: string;
      userId: string;
      role: Role;
      citizenCouncilId: string | null;
      communeId: string | null;
      grantedBy: string | null;
      at: Date;
    }) =>
      one(
        query<MembershipRow>(
          db,
          'identity.insertMembership',
          `INSERT INTO memberships AS m (territory_id, user_id, role, citizen_council_id, commune_id, granted_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (territory_id, user_id, role, citizen_council_id, commune_id) WHERE revoked_at IS NULL
           DO NOTHING RETURNING ${MEMBERSHIP}`,
          [m.territoryId, m.userId, m.role, m.citizenCouncilId, m.communeId, m.grantedBy, m.at],
        ),
      ),

    /** Residents join a territory by themselves: no one grants it, no scope. */
    joinAsResident: (territoryId: string, userId: string, at: Date) =>
      query(
        db,
        'identity.joinAsResident',
        `INSERT INTO memberships (territory_id, user_id, role, created_at) VALUES ($1, $2, 'RESIDENT', $3)
         ON CONFLICT (territory_id, user_id, role, citizen_council_id, commune_id) WHERE revoked_at IS NULL DO NOTHING`,
        [territoryId, userId, at],
      ),

    membershipById: (territoryId: string, id: string) =>
      one(
        query<MembershipRow>(
          db,
          'identity.membershipById',
          `SELECT ${MEMBERSHIP} FROM memberships m WHERE m.territory_id = $1 AND m.id = $2`,
          [territoryId, id],
        ),
      ),

    revokeMembership: (territoryId: string, id: string, by: string, reason: string, at: Date) =>
      one(
        query<MembershipRow>(
          db,
          'identity.revokeMembership',
          `UPDATE memberships AS m SET revoked_at = $5, revoked_by = $3, revoke_reason = $4
           WHERE m.territory_id = $1 AND m.id = $2 AND m.revoked_at IS NULL RETURNING ${MEMBERSHIP}`,
          [territoryId, id, by, reason, at],
        ),
      ),

    activeAdminCount: async (territoryId: string) =>
      (
        await query<{ n: number }>(
          db,
          'identity.activeAdminCount',
          `SELECT count(*)::int AS n FROM memberships WHERE territory_id = $1 AND role = 'ADMIN' AND revoked_at IS NULL`,
          [territoryId],
        )
      )[0]!.n,

    revokeMembershipsOfUser: (userId: string, reason: string, at: Date) =>
      query(
        db,
        'identity.revokeMembershipsOfUser',
        `UPDATE memberships SET revoked_at = $3, revoked_by = $1, revoke_reason = $2
         WHERE user_id = $1 AND revoked_at IS NULL`,
        [userId, reason, at],
      ),

    membershipsOfUser: (userId: string) =>
      query<MembershipRow>(
        db,
        'identity.membershipsOfUser',
        `SELECT ${MEMBERSHIP} FROM memberships m WHERE m.user_id = $1 ORDER BY m.created_at`,
        [userId],
      ),

    listMembers: (territoryId: string, page: Page, filter: { role?: Role | null; search?: string | null }) => {
      const { where, params, add } = conditions('m.territory_id = ?', territoryId);
      add('m.revoked_at IS NULL');
      if (filter.role) add('m.role = ?', filter.role);
      if (filter.search)
        add(
          `(u.display_name ILIKE '%' || ? || '%' OR u.email ILIKE '%' || ? || '%')`,
          likeEscape(filter.search),
          likeEscape(filter.search),
        );
      return listPage<MemberRow>(db, page, {
        name: 'identity.listMembers',
        select: `${MEMBERSHIP}, u.display_name, u.email`,
        from: 'memberships m JOIN users u ON u.id = m.user_id',
        where,
        params,
        sortExpr: 'm.created_at',
        idExpr: 'm.id',
        direction: 'DESC',
        sortKeyOf: (r: MemberRow) => r.createdAt.toISOString(),
      });
    },

    membersByCouncilIds: (territoryId: string, councilIds: string[]) =>
      query<MemberRow>(
        db,
        'identity.membersByCouncilIds',
        `SELECT ${MEMBERSHIP}, u.display_name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.territory_id = $1 AND m.citizen_council_id = ANY($2::uuid[]) AND m.revoked_at IS NULL
         ORDER BY m.role DESC, u.display_name`,
        [territoryId, councilIds],
      ),

    /** Who speaks for these councils and communes: their members, référents and representatives, with an email. */
    holdersOfScopes: (territoryId: string, councilIds: string[], communeIds: string[]) =>
      query<{
        citizenCouncilId: string | null;
        communeId: string | null;
        userId: string;
        email: string;
        displayName: string | null;
        notificationPreferences: Record<string, boolean>;
      }>(
        db,
        'identity.holdersOfScopes',
        `SELECT m.citizen_council_id, m.commune_id, u.id AS user_id, u.email, u.display_name, u.notification_preferences
         FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.territory_id = $1 AND m.revoked_at IS NULL AND u.email IS NOT NULL
           AND (m.citizen_council_id = ANY($2::uuid[]) OR m.commune_id = ANY($3::uuid[]))`,
        [territoryId, councilIds, communeIds],
      ),

    /** Who holds one of these roles in the territory, with an email: moderators to notify, for instance. */
    holdersOfRoles: (territoryId: string, roles: readonly Role[]) =>
      query<{
        userId: string;
        email: string;
        displayName: string | null;
        notificationPreferences: Record<string, boolean>;
      }>(
        db,
        'identity.holdersOfRoles',
        `SELECT DISTINCT u.id AS user_id, u.email, u.display_name, u.notification_preferences
         FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.territory_id = $1 AND m.revoked_at IS NULL AND u.email IS NOT NULL AND m.role = ANY($2::text[])`,
        [territoryId, roles],
      ),

    insertInvitation: (i: Omit<InvitationRow, 'id' | 'acceptedAt' | 'acceptedBy'> & { tokenHash: string }) =>
      one(
        query<InvitationRow>(
          db,
          'identity.insertInvitation',
          `INSERT INTO invitations AS i (territory_id, email, role, citizen_council_id, commune_id, token_hash,
             invited_by, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${INVITATION}`,
          [
            i.territoryId,
            i.email,
            i.role,
            i.citizenCouncilId,
            i.communeId,
            i.tokenHash,
            i.invitedBy,
            i.createdAt,
            i.expiresAt,
          ],
        ),
      ),

    invitationByToken: (tokenHash: string) =>
      one(
        query<InvitationRow>(
          db,
          'identity.invitationByToken',
          `SELECT ${INVITATION} FROM invitations i WHERE i.token_hash = $1`,
          [tokenHash],
        ),
      ),

    /** Single use: null when someone accepted it first. */
    acceptInvitation: (territoryId: string, id: string, userId: string, at: Date) =>
      one(
        query<InvitationRow>(
          db,
          'identity.acceptInvitation',
          `UPDATE invitations AS i SET accepted_at = $4, accepted_by = $3
           WHERE i.territory_id = $1 AND i.id = $2 AND i.accepted_at IS NULL RETURNING ${INVITATION}`,
          [territoryId, id, userId, at],
        ),
      ),

    listInvitations: (territoryId: string, page: Page, pendingOnly: boolean) => {
      const { where, params, add } = conditions('i.territory_id = ?', territoryId);
      if (pendingOnly) add('i.accepted_at IS NULL');
      return listPage<InvitationRow>(db, page, {
        name: 'identity.listInvitations',
        select: INVITATION,
        from: 'invitations i',
        where,
        params,
        sortExpr: 'i.created_at',
        idExpr: 'i.id',
        direction: 'DESC',
        sortKeyOf: (r: InvitationRow) => r.createdAt.toISOString(),
      });
    },

    /** Erasure: invitations sent to the person keep their role and dates, not the address. */
    anonymiseInvitationsFor: (email: string) =>
      query(
        db,
        'identity.anonymiseInvitationsFor',
        `UPDATE invitations SET email = 'adresse effacée' WHERE email = $1`,
        [email],
      ),

    invitationsForEmail: (email: string) =>
      query<InvitationRow>(
        db,
        'identity.invitationsForEmail',
        `SELECT ${INVITATION} FROM invitations i WHERE i.email = $1 ORDER BY i.created_at`,
        [email],
      ),
  };
}

export type IdentityStore = ReturnType<typeof createIdentityStore>;
