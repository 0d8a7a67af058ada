import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';

/** argon2 itself, counting its verifications: how many passwords a burst got checked. */
const argon2 = vi.hoisted(() => ({ verifications: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      argon2.verifications++;
      return real.verify(...args);
    },
  };
});

let h: Harness;
let territory: SeededTerritory;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
});
afterAll(() => h.close());

const SIGN_IN = graphql(`
  mutation BurstSignIn($input: SignInInput!) {
    signIn(input: $input) {
      me {
        displayName
      }
    }
  }
`);
const CHANGE = graphql(`
  mutation BurstChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      me {
        id
      }
    }
  }
`);
const PASSWORD = 'une phrase de passe solide';

describe('a burst of sign-in attempts on one account', () => {
  it('checks at most 10 passwords, from as many addresses, then refuses even the right one', async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const before = argon2.verifications;
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        h.client().execute(SIGN_IN, { input: { email: user.email!, password: `essai numéro ${i}` } }),
      ),
    );
    expect(argon2.verifications - before).toBe(10);
    const codes = burst.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20);
    const right = await h.client().execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD } });
    expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('still lets the right password in after a few failures, and starts the count again', async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const failures = await Promise.all(
      Array.from({ length: 9 }, () => h.client().execute(SIGN_IN, { input: { email: user.email!, password: 'non' } })),
    );
    expect(failures.every((r) => r.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    const ok = await h.client().execute(SIGN_IN, { input: { email: user.email!, password: PASSWORD } });
    expect(ok.errors).toBeUndefined();
    const again = await Promise.all(
      Array.from({ length: 10 }, () => h.client().execute(SIGN_IN, { input: { email: user.email!, password: 'non' } })),
    );
    expect(again.every((r) => r.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
  });

  it("counts a burst of wrong current passwords (changing one's password) the same way", async () => {
    const user = await seedUser(h, { territory, role: 'RESIDENT', password: PASSWORD });
    const me = await h.signedIn(user.id);
    const before = argon2.verifications;
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        me.execute(CHANGE, { input: { currentPassword: `essai ${i}`, newPassword: 'une autre phrase solide' } }),
      ),
    );
    expect(argon2.verifications - before).toBe(10);
    expect(burst.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED')).toHaveLength(20);
  });
});
