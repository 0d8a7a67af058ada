import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { randomToken, sha256 } from '../../shared/secrets.js';
import type { Queryable } from '../../shared/sql.js';
import { assertSignedIn } from '../../authz/index.js';
import { notify } from '../notifications/index.js';
import { createIdentityStore } from './identity.store.js';
import type { IdentityRequest } from './identity.deps.js';
import type { TokenPurpose, UserRow } from './identity.types.js';
import { checkPasswordRules, hashPassword, passwordMatches } from './passwords.js';
import { openSession } from './sessions.js';
import { displayNameField, emailField, tokenField } from './account.inputs.js';

type LinkPurpose = Exclude<TokenPurpose, 'CONFIRM_SUBMISSION'>;
const LINKS: Record<LinkPurpose, { path: string; minutes: number }> = {
  VERIFY_EMAIL: { path: '/compte/verifier', minutes: 24 * 60 },
  SIGN_IN: { path: '/compte/lien', minutes: 15 },
  RESET_PASSWORD: { path: '/compte/nouveau-mot-de-passe', minutes: 60 },
};
/** What was done with an email address only waits a week for its link. */
const SUBMISSION_LINK_MINUTES = 7 * 24 * 60;
const TEMPLATE_OF = {
  VERIFY_EMAIL: 'verify-email',
  SIGN_IN: 'sign-in-link',
  RESET_PASSWORD: 'reset-password',
} as const;

const NEUTRAL_LINK_ANSWER =
  'Si un compte existe pour cette adresse, un email vient de lui être envoyé. Pensez à regarder dans les indésirables.';

/**
 * Accounts: sign-up, email verification, sign-in by password or by emailed link, reset, sign-out.
 * Answers never tell whether an address has an account.
 */
export function createAccountService(deps: IdentityRequest) {
  const { ds, clock, limits, meta } = deps;
  const store = createIdentityStore(ds);

  async function territoryFor(code: string | null | undefined, user?: UserRow | null) {
    if (code) {
      const t = await deps.services.territory.territoryByCode(code);
      if (!t) throw new DomainError('NOT_FOUND', `Territoire inconnu : « ${code} ».`, { territoryCode: 'inconnu' });
      return t;
    }
    const first = user ? (await store.membershipsOfUser(user.id))[0] : undefined;
    return first ? await deps.loaders.territory.territoryById.load(first.territoryId) : null;
  }

  /** Writes a single-use link into the outbox, in `tx`. */
  async function sendLink(tx: Queryable, user: UserRow, purpose: LinkPurpose, territory: { id: string; name: string }) {
    const token = randomToken();
    const { path, minutes } = LINKS[purpose];
    const now = clock.now();
    await createIdentityStore(tx).insertToken(
      { id: sha256(token), userId: user.id, purpose, expiresAt: new Date(now.getTime() + minutes * 60_000) },
      now,
    );
    const link = `${deps.publicUrl}${path}#jeton=${token}`;
    await notify(tx, clock, territory.id, { email: user.email!, userId: user.id }, TEMPLATE_OF[purpose], {
      name: user.displayName ?? '',
      link,
      territory: territory.name,
    });
  }

  async function limitLinks(email: string) {
    await limits.consume('emailLinksByIp', meta.ip);
    await limits.consume('emailLinksByAccount', email);
  }

  /** Consumes a link and opens a session for its user; the email is verified by the same stroke. */
  async function signInByToken(
    token: string,
    purpose: TokenPurpose,
    after?: (tx: Queryable, user: UserRow) => Promise<void>,
  ) {
    const now = clock.now();
    return ds.transaction(async (tx) => {
      const txStore = createIdentityStore(tx);
      const userId = await txStore.consumeToken(sha256(token), purpose, now);
      const user = userId ? await txStore.userById(userId) : null;
      if (!user || user.erasedAt) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Ce lien est invalide, expiré ou déjà utilisé. Demandez-en un nouveau.',
          {
            token: 'invalide',
          },
        );
      }
      const verified = user.emailVerifiedAt ? user : await txStore.updateUser(user.id, { emailVerifiedAt: now });
      await after?.(tx, verified!);
      await openSession(tx, clock, meta, user.id, false);
      return verified!;
    });
  }

  /** Emails the link asked for when the address has an account; the answer is the same either way. */
  async function requestLink(input: unknown, purpose: 'SIGN_IN' | 'RESET_PASSWORD') {
    const { email, territoryCode } = parseInput(
      z.object({ email: emailField, territoryCode: z.string().nullish() }),
      input,
    );
    await limitLinks(email);
    const user = await store.userByEmail(email);
    const territory = user ? await territoryFor(territoryCode, user) : null;
    if (user && territory) await ds.transaction((tx) => sendLink(tx, user, purpose, territory));
    return { ok: true, message: NEUTRAL_LINK_ANSWER };
  }

  return {
    /**
     * For another module whose residents act with an email address only (an idea…), inside its
     * transaction: the account of that address (created without a password when it has none, and
     * made a resident of the territory) and a single-use token that module emails in its own
     * words. Following the link (confirmSubmission) proves the address and signs the person in.
     */
    async holdForEmail(tx: Queryable, input: { email: string; pseudonym: string | null; territoryId: string }) {
      const { email, pseudonym } = parseInput(z.object({ email: emailField, pseudonym: displayNameField.nullish() }), {
        email: input.email,
        pseudonym: input.pseudonym,
      });
      await limitLinks(email);
      const txStore = createIdentityStore(tx);
      let user = await txStore.userByEmail(email);
      if (!user) {
        if (!pseudonym) {
          throw new DomainError('BAD_USER_INPUT', 'Choisissez un pseudonyme : il sera affiché avec votre idée.', {
            pseudonym: 'obligatoire',
          });
        }
        await txStore.insertUser({ email, displayName: pseudonym, passwordHash: null, verifiedAt: null });
        user = (await txStore.userByEmail(email))!;
      }
      if (user.erasedAt) throw new DomainError('BAD_USER_INPUT', 'Cette adresse ne peut pas être utilisée.');
      const now = clock.now();
      await txStore.joinAsResident(input.territoryId, user.id, now);
      const token = randomToken();
      await txStore.insertToken(
        {
          id: sha256(token),
          userId: user.id,
          purpose: 'CONFIRM_SUBMISSION',
          expiresAt: new Date(now.getTime() + SUBMISSION_LINK_MINUTES * 60_000),
        },
        now,
      );
      return { user, token, tokenHash: sha256(token) };
    },

    /** Follows a CONFIRM_SUBMISSION link: `after` applies what it confirms, in the same transaction. */
    confirmSubmission: (token: string, after: (tx: Queryable, user: UserRow, tokenHash: string) => Promise<void>) =>
      signInByToken(parseInput(z.object({ token: tokenField }), { token }).token, 'CONFIRM_SUBMISSION', (tx, user) =>
        after(tx, user, sha256(token)),
      ),

    async signUp(input: unknown) {
      const { territoryCode, email, displayName, password } = parseInput(
        z.object({
          territoryCode: z.string().trim().min(1),
          email: emailField,
          displayName: displayNameField,
          password: z.string().nullish(),
        }),
        input,
      );
      if (password) checkPasswordRules(password);
      await limits.consume('signUpByIp', meta.ip);
      await limitLinks(email);
      const territory = (await territoryFor(territoryCode))!;
      const passwordHash = password ? await hashPassword(password) : null;
      await ds.transaction(async (tx) => {
        const txStore = createIdentityStore(tx);
        const user = await txStore.insertUser({ email, displayName, passwordHash, verifiedAt: null });
        if (!user) {
          // Taken: the owner gets a sign-in link instead, and the answer stays the same.
          const owner = await txStore.userByEmail(email);
          if (owner && !owner.erasedAt) await sendLink(tx, owner, 'SIGN_IN', territory);
          return;
        }
        await txStore.joinAsResident(territory.id, user.id, clock.now());
        await sendLink(tx, user, 'VERIFY_EMAIL', territory);
      });
      return {
        ok: true,
        message: `Un email de confirmation vient d'être envoyé à ${email}. Ouvrez le lien qu'il contient pour activer votre compte.`,
      };
    },

    verifyEmail: (input: unknown) =>
      signInByToken(parseInput(z.object({ token: tokenField }), input).token, 'VERIFY_EMAIL'),

    signInWithLink: (input: unknown) =>
      signInByToken(parseInput(z.object({ token: tokenField }), input).token, 'SIGN_IN'),

    async signIn(input: unknown) {
      const { email, password, remember } = parseInput(
        z.object({ email: emailField, password: z.string().max(200), remember: z.boolean().nullish() }),
        input,
      );
      // Counted as failures before the password is checked (atomic in the database): however many
      // arrive at once, no more passwords are checked than the limits allow.
      await limits.consume('signInFailuresByIp', meta.ip);
      try {
        await limits.consume('signInFailuresByAccount', email);
      } catch (error) {
        await limits.refund('signInFailuresByIp', meta.ip); // refused unchecked: not a failure of this address
        throw error;
      }
      const user = await store.userByEmail(email);
      const ok = await passwordMatches(user?.passwordHash ?? null, password);
      if (!user || !ok) throw new DomainError('UNAUTHENTICATED', 'Adresse email ou mot de passe incorrect.');
      await limits.refund('signInFailuresByIp', meta.ip);
      await limits.reset('signInFailuresByAccount', email);
      if (!user.emailVerifiedAt) {
        await limitLinks(email);
        const territory = await territoryFor(null, user);
        if (territory) await ds.transaction((tx) => sendLink(tx, user, 'VERIFY_EMAIL', territory));
        throw new DomainError(
          'FORBIDDEN',
          "Votre adresse n'est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation.",
        );
      }
      await ds.transaction((tx) => openSession(tx, clock, meta, user.id, remember ?? false));
      return user;
    },

    requestSignInLink: (input: unknown) => requestLink(input, 'SIGN_IN'),

    requestPasswordReset: (input: unknown) => requestLink(input, 'RESET_PASSWORD'),

    async resetPassword(input: unknown) {
      const { token, password } = parseInput(z.object({ token: tokenField, password: z.string() }), input);
      checkPasswordRules(password);
      const passwordHash = await hashPassword(password);
      // Every other session ends: whoever knew the old password is signed out.
      return signInByToken(token, 'RESET_PASSWORD', async (tx, user) => {
        await createIdentityStore(tx).deleteSessionsOfUser(user.id);
        await createIdentityStore(tx).updateUser(user.id, { passwordHash });
      });
    },

    async signOut() {
      if (deps.viewer.kind === 'user') await store.deleteSession(deps.viewer.sessionId);
      meta.cookie.clear();
      return { ok: true, message: 'Vous êtes déconnecté·e.' };
    },

    async signOutEverywhere() {
      assertSignedIn(deps.viewer);
      await store.deleteSessionsOfUser(deps.viewer.user.id);
      meta.cookie.clear();
      return { ok: true, message: 'Toutes vos sessions sont fermées, sur tous vos appareils.' };
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
