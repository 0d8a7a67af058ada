import { graphql } from '../__generated__/index.js';
import { seedUser, uniqueEmail } from '../seed.js';
import { call, type Case, type World } from './case.js';

const PASSWORD = 'une phrase de passe solide';

/** Accounts and sessions: sign-up, sign-in, links, passwords, profile, preferences, joining, erasure. */
export function identityCases(w: World): Case[] {
  /** A well-formed token that names nothing. */
  const UNKNOWN_TOKEN = 'x'.repeat(43);

  return [
    {
      mutation: 'signUp',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignUp($i: SignUpInput!) {
              signUp(input: $i) {
                ok
              }
            }
          `),
          { i: { territoryCode: w.here.code, email: uniqueEmail(), displayName: 'Matrice' } },
        ),
    },
    {
      mutation: 'verifyEmail',
      build: async () =>
        call(
          graphql(`
            mutation MatrixVerifyEmail($t: String!) {
              verifyEmail(input: { token: $t }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN },
        ),
    },
    {
      mutation: 'signIn',
      build: async () => {
        const user = await seedUser(w.h, { territory: w.here, role: 'RESIDENT', password: PASSWORD });
        return call(
          graphql(`
            mutation MatrixSignIn($e: String!, $p: String!) {
              signIn(input: { email: $e, password: $p }) {
                me {
                  id
                }
              }
            }
          `),
          { e: user.email!, p: PASSWORD },
        );
      },
    },
    {
      mutation: 'requestSignInLink',
      build: async () =>
        call(
          graphql(`
            mutation MatrixRequestSignInLink($e: String!) {
              requestSignInLink(input: { email: $e }) {
                ok
              }
            }
          `),
          { e: uniqueEmail() },
        ),
    },
    {
      mutation: 'signInWithLink',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignInWithLink($t: String!) {
              signInWithLink(input: { token: $t }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN },
        ),
    },
    {
      mutation: 'requestPasswordReset',
      build: async () =>
        call(
          graphql(`
            mutation MatrixRequestPasswordReset($e: String!) {
              requestPasswordReset(input: { email: $e }) {
                ok
              }
            }
          `),
          { e: uniqueEmail() },
        ),
    },
    {
      mutation: 'resetPassword',
      build: async () =>
        call(
          graphql(`
            mutation MatrixResetPassword($t: String!, $p: String!) {
              resetPassword(input: { token: $t, password: $p }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN, p: PASSWORD },
        ),
    },
    {
      mutation: 'acceptInvitation',
      build: async () =>
        call(
          graphql(`
            mutation MatrixAcceptInvitation($t: String!) {
              acceptInvitation(input: { token: $t }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN },
        ),
    },
    {
      mutation: 'signOut',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignOut {
              signOut {
                ok
              }
            }
          `),
        ),
    },
    {
      mutation: 'signOutEverywhere',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignOutEverywhere {
              signOutEverywhere {
                ok
              }
            }
          `),
        ),
    },
    {
      mutation: 'endSession',
      build: async () =>
        call(
          graphql(`
            mutation MatrixEndSession($s: ID!) {
              endSession(input: { sessionId: $s }) {
                me {
                  id
                }
              }
            }
          `),
          { s: 'a'.repeat(64) },
        ),
    },
    {
      mutation: 'updateProfile',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateProfile {
              updateProfile(input: { displayName: "Nouveau nom" }) {
                me {
                  id
                }
              }
            }
          `),
        ),
    },
    {
      mutation: 'changePassword',
      build: async () =>
        call(
          graphql(`
            mutation MatrixChangePassword($p: String!) {
              changePassword(input: { newPassword: $p }) {
                me {
                  id
                }
              }
            }
          `),
          { p: PASSWORD },
        ),
    },
    {
      mutation: 'updateNotificationPreferences',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateNotificationPreferences {
              updateNotificationPreferences(input: { roleChanges: false }) {
                me {
                  id
                }
              }
            }
          `),
        ),
    },
    {
      mutation: 'joinTerritory',
      build: async () =>
        call(
          graphql(`
            mutation MatrixJoinTerritory($c: String!) {
              joinTerritory(input: { territoryCode: $c }) {
                me {
                  id
                }
              }
            }
          `),
          { c: w.here.code },
        ),
    },
    {
      mutation: 'deleteAccount',
      build: async () =>
        call(
          graphql(`
            mutation MatrixDeleteAccount {
              deleteAccount(input: { confirmation: "SUPPRIMER" }) {
                ok
              }
            }
          `),
        ),
    },
  ];
}
