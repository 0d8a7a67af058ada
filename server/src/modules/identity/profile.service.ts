import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { assertSignedIn } from '../../authz/index.js';
import { NOTIFICATION_CATEGORIES } from '../notifications/index.js';
import { createIdentityStore } from './identity.store.js';
import type { IdentityRequest } from './identity.deps.js';
import { checkPasswordRules, hashPassword, passwordMatches } from './passwords.js';
import { displayNameField } from './account.inputs.js';

export const DELETE_CONFIRMATION = 'SUPPRIMER';

/** What a signed-in person does with their own account, RGPD rights included. */
export function createProfileService(deps: IdentityRequest) {
  const { ds, clock, limits, meta } = deps;
  const store = createIdentityStore(ds);
  const { notifications, audit } = deps.services;

  async function me() {
    assertSignedIn(deps.viewer);
    const user = await deps.loaders.identity.userById.load(deps.viewer.user.id);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
    return user;
  }

  /** A password, when the account has one, confirms sensitive changes; failures count as sign-in failures. */
  async function confirmPassword(passwordHash: string | null, email: string, password: string | null | undefined) {
    if (!passwordHash) return;
    // Counted before the check, as at sign-in: a burst of attempts cannot check more than the limit.
    await limits.consume('signInFailuresByAccount', email);
    if (!password || !(await passwordMatches(passwordHash, password))) {
      throw new DomainError('BAD_USER_INPUT', 'Mot de passe actuel incorrect.', { currentPassword: 'incorrect' });
    }
    await limits.reset('signInFailuresByAccount', email);
  }

  return {
    me,

    /** The person's open sessions (devices), the current one marked. */
    async sessions() {
      const user = await me();
      const current = (deps.viewer as { sessionId: string }).sessionId;
      return (await store.sessionsOfUser(user.id))
        .filter((x) => x.expiresAt > clock.now())
        .map((x) => ({ ...x, current: x.id === current }));
    },

    /** Ends one of one's sessions, e.g. left open on a shared phone. */
    async endSession(input: unknown) {
      const user = await me();
      const { sessionId } = parseInput(
        z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/, 'session inconnue') }),
        input,
      );
      const [ended] = await store.deleteSessionOfUser(user.id, sessionId);
      if (!ended) throw new DomainError('NOT_FOUND', 'Session inconnue ou déjà fermée.');
      if (sessionId === (deps.viewer as { sessionId: string }).sessionId) meta.cookie.clear();
      return user;
    },

    memberships: async (userId: string) => (await store.membershipsOfUser(userId)).filter((m) => !m.revokedAt),

    async updateProfile(input: unknown) {
      const user = await me();
      const { displayName } = parseInput(z.object({ displayName: displayNameField }), input);
      return (await store.updateUser(user.id, { displayName }))!;
    },

    async changePassword(input: unknown) {
      const user = await me();
      const { currentPassword, newPassword } = parseInput(
        z.object({ currentPassword: z.string().max(200).nullish(), newPassword: z.string() }),
        input,
      );
      checkPasswordRules(newPassword, 'newPassword');
      await confirmPassword(user.passwordHash, user.email!, currentPassword);
      const passwordHash = await hashPassword(newPassword);
      return ds.transaction(async (tx) => {
        const txStore = createIdentityStore(tx);
        await txStore.deleteSessionsOfUser(user.id, (deps.viewer as { sessionId: string }).sessionId);
        return (await txStore.updateUser(user.id, { passwordHash }))!;
      });
    },

    async updateNotificationPreferences(input: unknown) {
      const user = await me();
      const prefs = parseInput(
        z.object(Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, z.boolean().nullish()]))),
        input,
      );
      const next = { ...user.notificationPreferences };
      for (const [k, v] of Object.entries(prefs)) if (typeof v === 'boolean') next[k] = v;
      return (await store.updateUser(user.id, { notificationPreferences: next }))!;
    },

    async joinTerritory(input: unknown) {
      const user = await me();
      const { territoryCode } = parseInput(z.object({ territoryCode: z.string().trim().min(1) }), input);
      const territory = await deps.services.territory.territoryByCode(territoryCode);
      if (!territory) throw new DomainError('NOT_FOUND', `Territoire inconnu : « ${territoryCode} ».`);
      await store.joinAsResident(territory.id, user.id, clock.now());
      return user;
    },

    /** Everything the platform holds about the person, as JSON (RGPD art. 15 and 20). */
    async exportData() {
      const user = await me();
      const [memberships, sessions, emails, invitations, auditEntries, elsewhere] = await Promise.all([
        store.membershipsOfUser(user.id),
        store.sessionsOfUser(user.id),
        notifications.ofUser(user.id),
        store.invitationsForEmail(user.email!),
        audit.byActor(user.id),
        deps.personalData(user.id),
      ]);
      return {
        exportedAt: clock.now().toISOString(),
        account: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          createdAt: user.createdAt,
          emailVerifiedAt: user.emailVerifiedAt,
          hasPassword: user.passwordHash !== null,
          notificationPreferences: user.notificationPreferences,
        },
        roles: memberships.map(({ userId: _, ...m }) => m),
        sessions: sessions.map(({ id: _, userId: __, ...s }) => s),
        emails: emails.map((e) => ({ at: e.createdAt, kind: e.kind, subject: e.subject, status: e.status })),
        invitations: invitations.map(({ invitedBy: _, ...i }) => i),
        staffActions: auditEntries,
        ...elsewhere,
      };
    },

    /**
     * Erasure (RGPD art. 17): personal data goes, roles end, sessions close. The row stays as an
     * anonymous author, so public contributions remain, shown as « contributeur anonymisé ».
     */
    async deleteAccount(input: unknown) {
      const user = await me();
      const { confirmation, password } = parseInput(
        z.object({ confirmation: z.string(), password: z.string().max(200).nullish() }),
        input,
      );
      if (confirmation.trim().toUpperCase() !== DELETE_CONFIRMATION) {
        throw new DomainError('BAD_USER_INPUT', `Tapez ${DELETE_CONFIRMATION} pour confirmer la suppression.`, {
          confirmation: 'attendu : SUPPRIMER',
        });
      }
      await confirmPassword(user.passwordHash, user.email!, password);
      const now = clock.now();
      await ds.transaction(async (tx) => {
        const txStore = createIdentityStore(tx);
        await txStore.revokeMembershipsOfUser(user.id, 'Compte supprimé', now);
        await txStore.deleteSessionsOfUser(user.id);
        await txStore.deleteTokensOfUser(user.id);
        await notifications.eraseFor(tx, user.id, user.email);
        await deps.erasePersonalData(tx, user.id);
        await txStore.anonymiseInvitationsFor(user.email!);
        await txStore.eraseUser(user.id, now);
      });
      meta.cookie.clear();
      return { ok: true, message: 'Votre compte est supprimé. Vos contributions publiques restent, anonymisées.' };
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
