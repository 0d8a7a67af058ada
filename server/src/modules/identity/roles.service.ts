import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { toPage, type PageArgs } from '../../shared/pagination.js';
import { randomToken, sha256 } from '../../shared/secrets.js';
import type { Queryable } from '../../shared/sql.js';
import { actorOf, COMMUNE_ROLES, COUNCIL_ROLES, ROLES, type Role } from '../../authz/index.js';
import { notify } from '../notifications/index.js';
import { recordAudit } from '../audit/index.js';
import { createIdentityStore } from './identity.store.js';
import type { IdentityRequest } from './identity.deps.js';
import { demandRoleManager } from './identity.policy.js';
import type { MemberRow, MembershipRow, UserRow } from './identity.types.js';
import { displayNameField, emailField, tokenField } from './account.inputs.js';
import { checkPasswordRules, hashPassword } from './passwords.js';
import { openSession } from './sessions.js';

const INVITATION_DAYS = 14;
const scopeFields = { citizenCouncilId: uuidField.nullish(), communeId: uuidField.nullish() };

/** A unique-index violation: the role (or the council's référent seat) is already taken. */
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Roles in a territory: invitations, grants and revocations by staff and admins, all audited. */
export function createRolesService(deps: IdentityRequest) {
  const { ds, clock, meta } = deps;
  const store = createIdentityStore(ds);
  const territoryLoaders = deps.loaders.territory;

  /** A council role needs a council of the territory, a commune role a commune of it, others neither. */
  async function checkScope(territoryId: string, role: Role, councilId?: string | null, communeId?: string | null) {
    const needsCouncil = COUNCIL_ROLES.includes(role);
    const needsCommune = COMMUNE_ROLES.includes(role);
    if (needsCouncil !== Boolean(councilId) || needsCommune !== Boolean(communeId)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        needsCouncil
          ? 'Choisissez le conseil citoyen de ce rôle.'
          : needsCommune
            ? 'Choisissez la commune de ce rôle.'
            : 'Ce rôle ne se rattache ni à un conseil ni à une commune.',
        { [needsCouncil ? 'citizenCouncilId' : needsCommune ? 'communeId' : 'role']: 'portée du rôle' },
      );
    }
    const council = councilId ? await territoryLoaders.citizenCouncilById.load({ territoryId, id: councilId }) : null;
    if (councilId && !council) throw new DomainError('NOT_FOUND', 'Conseil citoyen inconnu sur ce territoire.');
    const commune = communeId ? await territoryLoaders.communeById.load({ territoryId, id: communeId }) : null;
    if (communeId && !commune) throw new DomainError('NOT_FOUND', 'Commune inconnue sur ce territoire.');
    return council?.name ?? commune?.name ?? '';
  }

  async function territoryName(territoryId: string) {
    const territory = await territoryLoaders.territoryById.load(territoryId);
    if (!territory) throw new DomainError('NOT_FOUND', 'Territoire inconnu.');
    return territory.name;
  }

  const auditView = (m: MembershipRow) => ({
    userId: m.userId,
    role: m.role,
    citizenCouncilId: m.citizenCouncilId,
    communeId: m.communeId,
    revokedAt: m.revokedAt,
  });

  async function grant(
    tx: Queryable,
    user: UserRow,
    m: Omit<Parameters<ReturnType<typeof createIdentityStore>['insertMembership']>[0], 'userId' | 'at'>,
  ) {
    try {
      return await createIdentityStore(tx).insertMembership({ ...m, userId: user.id, at: clock.now() });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('CONFLICT', 'Ce conseil citoyen a déjà un·e référent·e : retirez d’abord ce rôle.');
      }
      throw error;
    }
  }

  return {
    /** A membership as staff see it, with the holder's pseudonym and email. */
    async memberView(m: MembershipRow): Promise<MemberRow> {
      const user = await deps.loaders.identity.userById.load(m.userId);
      return { ...m, displayName: user?.displayName ?? null, email: user?.email ?? null };
    },

    listMembers: (territoryId: string, args: PageArgs, filter: { role?: Role | null; search?: string | null }) =>
      store.listMembers(territoryId, toPage(args), filter),

    listInvitations: (territoryId: string, args: PageArgs, pendingOnly: boolean) =>
      store.listInvitations(territoryId, toPage(args), pendingOnly),

    async inviteMember(input: unknown) {
      const i = parseInput(
        z.object({ territoryId: uuidField, email: emailField, role: z.enum(ROLES), ...scopeFields }),
        input,
      );
      demandRoleManager(deps.viewer, i.role, i.territoryId);
      const scope = await checkScope(i.territoryId, i.role, i.citizenCouncilId, i.communeId);
      const territory = await territoryName(i.territoryId);
      const token = randomToken();
      const now = clock.now();
      const existing = await store.userByEmail(i.email);
      return ds.transaction(async (tx) => {
        const invitation = (await createIdentityStore(tx).insertInvitation({
          territoryId: i.territoryId,
          email: i.email,
          role: i.role,
          citizenCouncilId: i.citizenCouncilId ?? null,
          communeId: i.communeId ?? null,
          tokenHash: sha256(token),
          invitedBy: actorOf(deps.viewer).id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        }))!;
        await notify(tx, clock, i.territoryId, { email: i.email, userId: existing?.id }, 'invitation', {
          role: i.role,
          scope,
          territory,
          inviter: actorOf(deps.viewer).label,
          link: `${deps.publicUrl}/invitation#jeton=${token}`,
        });
        await recordAudit(tx, clock, actorOf(deps.viewer), meta.requestId, {
          territoryId: i.territoryId,
          action: 'invitation.create',
          targetType: 'Invitation',
          targetId: invitation.id,
          after: { role: i.role, citizenCouncilId: invitation.citizenCouncilId, communeId: invitation.communeId },
        });
        return invitation;
      });
    },

    /**
     * The link proves control of the invited address: it signs the person in, creating the account
     * when there is none (a pseudonym is then required, a password optional).
     */
    async acceptInvitation(input: unknown) {
      const i = parseInput(
        z.object({ token: tokenField, displayName: displayNameField.nullish(), password: z.string().nullish() }),
        input,
      );
      if (i.password) checkPasswordRules(i.password);
      const invitation = await store.invitationByToken(sha256(i.token));
      const now = clock.now();
      if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) {
        throw new DomainError('BAD_USER_INPUT', 'Cette invitation est invalide, expirée ou déjà acceptée.', {
          token: 'invalide',
        });
      }
      const viewer = deps.viewer;
      if (viewer.kind === 'user' && viewer.user.email !== invitation.email) {
        throw new DomainError(
          'FORBIDDEN',
          'Cette invitation a été envoyée à une autre adresse : déconnectez-vous d’abord.',
        );
      }
      let user = await store.userByEmail(invitation.email);
      if (!user && !i.displayName) {
        throw new DomainError('BAD_USER_INPUT', 'Choisissez un pseudonyme pour créer votre compte.', {
          displayName: 'obligatoire',
        });
      }
      const passwordHash = !user && i.password ? await hashPassword(i.password) : null;
      return ds.transaction(async (tx) => {
        const txStore = createIdentityStore(tx);
        user ??= await txStore.insertUser({
          email: invitation.email,
          displayName: i.displayName!,
          passwordHash,
          verifiedAt: now,
        });
        if (!user) throw new DomainError('CONFLICT', 'Un compte vient d’être créé pour cette adresse : réessayez.');
        if (!user.emailVerifiedAt) user = await txStore.updateUser(user.id, { emailVerifiedAt: now });
        if (!(await txStore.acceptInvitation(invitation.territoryId, invitation.id, user!.id, now))) {
          throw new DomainError('BAD_USER_INPUT', 'Cette invitation vient déjà d’être acceptée.');
        }
        const membership = await grant(tx, user!, {
          territoryId: invitation.territoryId,
          role: invitation.role,
          citizenCouncilId: invitation.citizenCouncilId,
          communeId: invitation.communeId,
          grantedBy: invitation.invitedBy,
        });
        await recordAudit(tx, clock, { id: user!.id, label: user!.displayName ?? '' }, meta.requestId, {
          territoryId: invitation.territoryId,
          action: 'invitation.accept',
          targetType: 'Invitation',
          targetId: invitation.id,
          after: membership ? auditView(membership) : null,
        });
        if (viewer.kind !== 'user') await openSession(tx, clock, meta, user!.id, false);
        return user!;
      });
    },

    async grantRole(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          userId: uuidField,
          role: z.enum(ROLES),
          ...scopeFields,
          reason: z.string().max(500).nullish(),
        }),
        input,
      );
      demandRoleManager(deps.viewer, i.role, i.territoryId);
      const scope = await checkScope(i.territoryId, i.role, i.citizenCouncilId, i.communeId);
      const user = await store.userById(i.userId);
      if (!user || user.erasedAt) throw new DomainError('NOT_FOUND', 'Compte inconnu.');
      const territory = await territoryName(i.territoryId);
      return ds.transaction(async (tx) => {
        const membership = await grant(tx, user, {
          territoryId: i.territoryId,
          role: i.role,
          citizenCouncilId: i.citizenCouncilId ?? null,
          communeId: i.communeId ?? null,
          grantedBy: actorOf(deps.viewer).id,
        });
        if (!membership) throw new DomainError('CONFLICT', 'Cette personne a déjà ce rôle.');
        await recordAudit(tx, clock, actorOf(deps.viewer), meta.requestId, {
          territoryId: i.territoryId,
          action: 'role.grant',
          targetType: 'Membership',
          targetId: membership.id,
          after: auditView(membership),
          reason: i.reason ?? null,
        });
        await notify(
          tx,
          clock,
          i.territoryId,
          { email: user.email!, userId: user.id, preferences: user.notificationPreferences },
          'role-granted',
          { name: user.displayName ?? '', role: i.role, scope, territory },
        );
        return membership;
      });
    },

    async revokeRole(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          membershipId: uuidField,
          reason: z.string().trim().min(3, 'indiquez un motif').max(500),
        }),
        input,
      );
      const membership = await store.membershipById(i.territoryId, i.membershipId);
      if (!membership || membership.revokedAt) throw new DomainError('NOT_FOUND', 'Rôle inconnu ou déjà retiré.');
      demandRoleManager(deps.viewer, membership.role, i.territoryId);
      if (membership.role === 'ADMIN' && (await store.activeAdminCount(i.territoryId)) <= 1) {
        throw new DomainError('CONFLICT', 'C’est le dernier administrateur du territoire : nommez-en un autre avant.');
      }
      const scope = await checkScope(i.territoryId, membership.role, membership.citizenCouncilId, membership.communeId);
      const territory = await territoryName(i.territoryId);
      const user = await store.userById(membership.userId);
      return ds.transaction(async (tx) => {
        const revoked = await createIdentityStore(tx).revokeMembership(
          i.territoryId,
          i.membershipId,
          actorOf(deps.viewer).id,
          i.reason,
          clock.now(),
        );
        if (!revoked) throw new DomainError('CONFLICT', 'Ce rôle vient déjà d’être retiré.');
        await recordAudit(tx, clock, actorOf(deps.viewer), meta.requestId, {
          territoryId: i.territoryId,
          action: 'role.revoke',
          targetType: 'Membership',
          targetId: revoked.id,
          before: auditView(membership),
          after: auditView(revoked),
          reason: i.reason,
        });
        if (user?.email) {
          await notify(
            tx,
            clock,
            i.territoryId,
            { email: user.email, userId: user.id, preferences: user.notificationPreferences },
            'role-revoked',
            { name: user.displayName ?? '', role: membership.role, scope, territory, reason: i.reason },
          );
        }
        return revoked;
      });
    },
  };
}
export type RolesService = ReturnType<typeof createRolesService>;
