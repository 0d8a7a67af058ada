import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { lastLinkToken, seedTerritory, seedUser, uniqueEmail, type SeededTerritory } from '../../../test/seed.js';

let h: Harness;
let territory: SeededTerritory;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
});
afterAll(() => h.close());

const ME = graphql(`
  query AccountMe {
    me {
      email
      displayName
      emailVerified
      hasPassword
      memberships {
        role
        territory {
          code
        }
        permissions
      }
    }
  }
`);
const ME_EMAIL = graphql(`
  query AccountMeEmail {
    me {
      email
    }
  }
`);
const SIGN_UP = graphql(`
  mutation AccountSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ok
      message
    }
  }
`);
const VERIFY = graphql(`
  mutation AccountVerifyEmail($t: String!) {
    verifyEmail(input: { token: $t }) {
      me {
        emailVerified
      }
    }
  }
`);
const SIGN_IN = graphql(`
  mutation AccountSignIn($input: SignInInput!) {
    signIn(input: $input) {
      me {
        displayName
      }
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation AccountRequestPasswordReset($e: String!) {
    requestPasswordReset(input: { email: $e }) {
      message
    }
  }
`);
const END_SESSION = graphql(`
  mutation AccountEndSession($s: ID!) {
    endSession(input: { sessionId: $s }) {
      me {
        id
      }
    }
  }
`);
const PASSWORD = 'une phrase de passe solide';

describe('accounts', () => {
  it('signs up, confirms the email from the outbox, signs out and back in with the password', async () => {
    const browser = h.client();
    const email = uniqueEmail('Inscription').toUpperCase();
    const signUp = await browser.execute(SIGN_UP, {
      input: { territoryCode: territory.code, email, displayName: 'Nadia du Mont', password: PASSWORD },
    });
    expect(signUp.errors).toBeUndefined();
    expect(browser.token).toBeNull();
    const lower = email.toLowerCase();
    const early = await browser.execute(SIGN_IN, { input: { email: lower, password: PASSWORD } });
    expect(early.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const verified = await browser.execute(VERIFY, { t: await lastLinkToken(h, lower) });
    expect(verified.errors).toBeUndefined();
    expect(verified.data).toEqual({ verifyEmail: { me: { emailVerified: true } } });
    const me = await browser.execute(ME);
    expect(me.data).toEqual({
      me: {
        email: lower,
        displayName: 'Nadia du Mont',
        emailVerified: true,
        hasPassword: true,
        memberships: [{ role: 'RESIDENT', territory: { code: territory.code }, permissions: ['CONTRIBUTIONS_SUBMIT'] }],
      },
    });

    await browser.execute(
      graphql(`
        mutation AccountSignOut {
          signOut {
            ok
          }
        }
      `),
    );
    expect(browser.token).toBeNull();
    expect((await browser.execute(ME)).data).toEqual({ me: null });
    const again = await browser.execute(SIGN_IN, { input: { email: lower, password: PASSWORD } });
    expect(again.data).toEqual({ signIn: { me: { displayName: 'Nadia du Mont' } } });
  });

  it('refuses a link used twice, and signs in by one-time link without a password', async () => {
    const browser = h.client();
    const email = uniqueEmail();
    await browser.execute(SIGN_UP, {
      input: { territoryCode: territory.code, email, displayName: 'Sans mot de passe' },
    });
    const verify = await lastLinkToken(h, email);
    await browser.execute(VERIFY, { t: verify });
    const reused = await h.client().execute(VERIFY, { t: verify });
    expect(reused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const phone = h.client();
    const asked = await phone.execute(
      graphql(`
        mutation AccountRequestSignInLink($e: String!) {
          requestSignInLink(input: { email: $e }) {
            ok
            message
          }
        }
      `),
      { e: email },
    );
    expect(asked.data?.requestSignInLink).toMatchObject({ ok: true });
    const signedIn = await phone.execute(
      graphql(`
        mutation AccountSignInWithLink($t: String!) {
          signInWithLink(input: { token: $t }) {
            me {
              hasPassword
            }
          }
        }
      `),
      { t: await lastLinkToken(h, email) },
    );
    expect(signedIn.data).toEqual({ signInWithLink: { me: { hasPassword: false } } });
  });

  it('answers the same for an unknown email and a wrong password, and refuses the 11th failure in a minute', async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const attacker = h.client();
    const wrong = await attacker.execute(SIGN_IN, { input: { email: user.email!, password: 'mauvais mot de passe' } });
    const unknown = await attacker.execute(SIGN_IN, {
      input: { email: uniqueEmail(), password: 'mauvais mot de passe' },
    });
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Adresse email ou mot de passe incorrect.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    for (let i = 2; i <= 10; i++) {
      const r = await h.client().execute(SIGN_IN, { input: { email: user.email!, password: `essai ${i}` } });
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // The 11th is refused even with the right password, from another address.
    const eleventh = await h.client().execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD } });
    expect(eleventh.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(eleventh.errors?.[0]?.message).toMatch(/Trop de tentatives/);
  });

  it('resets a forgotten password and ends every other session', async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const laptop = h.client();
    await laptop.execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD } });
    const phone = h.client();
    const neutral = await phone.execute(REQUEST_RESET, { e: user.email! });
    const forUnknown = await phone.execute(REQUEST_RESET, { e: uniqueEmail() });
    expect(neutral.data).toEqual(forUnknown.data);
    const reset = await phone.execute(
      graphql(`
        mutation AccountResetPassword($t: String!, $p: String!) {
          resetPassword(input: { token: $t, password: $p }) {
            me {
              email
            }
          }
        }
      `),
      { t: await lastLinkToken(h, user.email!), p: 'un tout nouveau mot de passe' },
    );
    expect(reset.errors).toBeUndefined();
    expect((await laptop.execute(ME)).data).toEqual({ me: null });
    expect((await phone.execute(ME_EMAIL)).data).toEqual({ me: { email: user.email } });
  });

  it('ends a session left idle for two hours unless remembered', async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const shared = h.client();
    const remembered = h.client();
    await shared.execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD } });
    await remembered.execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD, remember: true } });
    h.clock.advance(2 * 3600_000 + 1000);
    try {
      expect((await shared.execute(ME_EMAIL)).data).toEqual({ me: null });
      expect((await remembered.execute(ME_EMAIL)).data).toEqual({ me: { email: user.email } });
    } finally {
      h.clock.advance(-(2 * 3600_000 + 1000));
    }
  });

  it('lists the person’s devices and ends one left signed in elsewhere, never someone else’s', async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const laptop = h.client();
    const sharedPhone = h.client();
    await laptop.execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD } });
    await sharedPhone.execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD } });
    const listed = await laptop.execute(
      graphql(`
        query AccountSessions {
          me {
            sessions {
              id
              current
            }
          }
        }
      `),
    );
    expect(listed.data!.me!.sessions).toHaveLength(2);
    const phone = listed.data!.me!.sessions.find((x) => !x.current)!;
    const stranger = await h.signedIn((await seedUser(h, { territory, role: 'RESIDENT' })).id);
    const refused = await stranger.execute(END_SESSION, { s: phone.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sharedPhone.execute(ME_EMAIL)).data).toEqual({ me: { email: user.email } });
    await laptop.execute(END_SESSION, { s: phone.id });
    expect((await sharedPhone.execute(ME_EMAIL)).data).toEqual({ me: null });
    expect((await laptop.execute(ME_EMAIL)).data).toEqual({ me: { email: user.email } });
  });

  it('lets a resident join another territory, once', async () => {
    const other = await seedTerritory(h);
    const browser = await h.signedIn((await seedUser(h, { territory, role: 'RESIDENT' })).id);
    const JOIN = graphql(`
      mutation AccountJoinTerritory($c: String!) {
        joinTerritory(input: { territoryCode: $c }) {
          me {
            memberships {
              role
              territory {
                code
              }
            }
          }
        }
      }
    `);
    await browser.execute(JOIN, { c: other.code });
    const again = await browser.execute(JOIN, { c: other.code });
    expect(again.data!.joinTerritory.me.memberships).toEqual([
      { role: 'RESIDENT', territory: { code: territory.code } },
      { role: 'RESIDENT', territory: { code: other.code } },
    ]);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const email = uniqueEmail();
    const r = await h.client().execute(SIGN_UP, {
      input: { territoryCode: territory.code, email, displayName: email, password: 'court' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.dataSource.query('SELECT 1 FROM users WHERE email = $1', [email])).toEqual([]);
  });
});

describe('RGPD', () => {
  it('exports the person’s data, then erases the account while keeping an anonymous tombstone', async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const browser = await h.signedIn(user.id);
    const exported = await browser.execute(
      graphql(`
        query AccountDataExport {
          me {
            dataExport
          }
        }
      `),
    );
    expect(exported.data!.me!.dataExport).toMatchObject({
      account: { email: user.email, displayName: user.displayName, hasPassword: true },
      roles: [{ role: 'RESIDENT', territoryId: territory.id }],
    });
    const refused = await browser.execute(
      graphql(`
        mutation AccountDeleteUnconfirmed {
          deleteAccount(input: { confirmation: "oui" }) {
            ok
          }
        }
      `),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const deleted = await browser.execute(
      graphql(`
        mutation AccountDelete($p: String) {
          deleteAccount(input: { confirmation: "SUPPRIMER", password: $p }) {
            ok
          }
        }
      `),
      { p: PASSWORD },
    );
    expect(deleted.errors).toBeUndefined();
    expect(browser.token).toBeNull();
    const [row] = await h.dataSource.query(
      'SELECT email, display_name, password_hash, erased_at IS NOT NULL AS erased FROM users WHERE id = $1',
      [user.id],
    );
    expect(row).toEqual({ email: null, display_name: null, password_hash: null, erased: true });
    expect(await h.dataSource.query('SELECT 1 FROM sessions WHERE user_id = $1', [user.id])).toEqual([]);
    expect(
      await h.dataSource.query('SELECT 1 FROM memberships WHERE user_id = $1 AND revoked_at IS NULL', [user.id]),
    ).toEqual([]);
  });
});
