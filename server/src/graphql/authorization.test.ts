import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../test/harness.js';
import { graphql } from '../../test/__generated__/index.js';
import { mutationCases, type Actor } from '../../test/mutation-cases/index.js';
import { seedTerritory, seedUser, uniqueEmail, type SeededTerritory } from '../../test/seed.js';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '../authz/index.js';
import { seedReport } from '../../test/seed-consultation.js';
import { MUTATION_REQUIREMENTS, FIELD_REQUIREMENTS } from './authorization.policy.js';

let h: Harness;
let here: SeededTerritory;
let elsewhere: SeededTerritory;
let referentId: string;
let openReport: Awaited<ReturnType<typeof seedReport>>;
beforeAll(async () => {
  h = await createHarness();
  [here, elsewhere] = await Promise.all([seedTerritory(h), seedTerritory(h)]);
  // The référent of the territory's conseil citoyen, consulted on an open report.
  referentId = (await seedUser(h, { territory: here, role: 'COUNCIL_REFERENT', ownCouncil: false })).id;
  openReport = await seedReport(h, here, 'IN_CONSULTATION', { transmittedOn: '2099-01-01', deadline: '2099-12-31' });
});
afterAll(() => h.close());

describe('permission declarations', () => {
  it('lists every mutation with what it requires (a diff here is a permission change to review)', async () => {
    const lines = [
      ...Object.entries(MUTATION_REQUIREMENTS).map(([m, r]) => `Mutation.${m} → ${r}`),
      ...Object.entries(FIELD_REQUIREMENTS).map(([f, p]) => `${f} → ${p}`),
    ].sort();
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/permissions.txt');
  });
});

const ACTORS: Actor[] = ['ANONYMOUS', ...ROLES, 'ADMIN_OF_ANOTHER_TERRITORY'];

async function actorClient(actor: Actor): Promise<{ client: Client; email: string }> {
  if (actor === 'ANONYMOUS') return { client: h.client(), email: uniqueEmail() };
  const territory = actor === 'ADMIN_OF_ANOTHER_TERRITORY' ? elsewhere : here;
  const role = actor === 'ADMIN_OF_ANOTHER_TERRITORY' ? 'ADMIN' : actor;
  const user = await seedUser(h, { territory, role });
  return { client: await h.signedIn(user.id), email: user.email! };
}

/**
 * Who holds each permission, written by hand for a reviewer to read: the matrix below checks the
 * server's answers against this table, not against ROLE_PERMISSIONS, so a wrong grant there fails here.
 */
const GRANTS: Record<Permission, readonly Role[]> = {
  MEMBERS_READ: ['STAFF', 'ADMIN'],
  PARTICIPATION_ROLES_MANAGE: ['STAFF', 'ADMIN'],
  STAFF_ROLES_MANAGE: ['ADMIN'],
  COUNCILS_MANAGE: ['STAFF', 'ADMIN'],
  AUDIT_READ: ['ADMIN'],
  OUTBOX_READ: ['ADMIN'],
  REPORTS_MANAGE: ['STAFF', 'ADMIN'],
  OPINIONS_PREPARE: ['COUNCIL_MEMBER', 'COUNCIL_REFERENT', 'COMMUNE_REPRESENTATIVE'],
  OPINIONS_SUBMIT: ['COUNCIL_REFERENT', 'COMMUNE_REPRESENTATIVE'],
  CONTRIBUTIONS_SUBMIT: ['RESIDENT', 'COUNCIL_MEMBER', 'COUNCIL_REFERENT', 'COMMUNE_REPRESENTATIVE'],
  CONTRIBUTIONS_MODERATE: ['MODERATOR', 'STAFF', 'ADMIN'],
  IDEAS_MANAGE: ['STAFF', 'ADMIN'],
  PROGRAMMATION_MANAGE: ['STAFF', 'ADMIN'],
  EVENTS_MANAGE: ['STAFF', 'ADMIN'],
  TERRITORY_SETTINGS_MANAGE: ['ADMIN'],
};

/** Who may run a mutation on `here`: everyone, signed-in people, or holders of the permission there. */
const allowed = (requirement: 'PUBLIC' | 'SIGNED_IN' | Permission) => (actor: Actor) => {
  if (requirement === 'PUBLIC') return true;
  if (actor === 'ANONYMOUS') return false;
  if (requirement === 'SIGNED_IN') return true;
  return actor !== 'ADMIN_OF_ANOTHER_TERRITORY' && GRANTS[requirement].includes(actor);
};

const CASES = mutationCases({
  get h() {
    return h;
  },
  get here() {
    return here;
  },
  get openReport() {
    return openReport;
  },
  get referentId() {
    return referentId;
  },
});

const DENIED = ['FORBIDDEN', 'UNAUTHENTICATED'];

describe('role × mutation matrix', () => {
  it('grants each role exactly the permissions of the hand-written table', () => {
    const table = ROLES.map((role) => `${role}: ${PERMISSIONS.filter((p) => GRANTS[p].includes(role)).join(', ')}`);
    const granted = ROLES.map(
      (role) => `${role}: ${PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].includes(p)).join(', ')}`,
    );
    expect(granted).toEqual(table);
  });

  it('covers every mutation', () => {
    expect(new Set(CASES.map((c) => c.mutation))).toEqual(new Set(Object.keys(MUTATION_REQUIREMENTS)));
  });

  for (const c of CASES) {
    it(`${c.label ?? c.mutation}: allowed exactly for the roles that hold its permission here`, async () => {
      const isAllowed = c.allowedFor
        ? (actor: Actor) => c.allowedFor!.includes(actor)
        : allowed(c.needs ?? MUTATION_REQUIREMENTS[c.mutation]);
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const actor of ACTORS) {
        // Avis cases act for the territory's own council, whose référent is fixed.
        const { client, email } =
          c.allowedFor && actor === 'COUNCIL_REFERENT'
            ? { client: await h.signedIn(referentId), email: '' }
            : await actorClient(actor);
        const send = await c.build({ email });
        const result = await send(client);
        const code = result.errors?.[0]?.extensions?.code as string | undefined;
        outcomes[actor] = code && DENIED.includes(code) ? 'denied' : 'allowed';
        expected[actor] = isAllowed(actor) ? 'allowed' : 'denied';
        // Past authorization, a made-up input may still be refused or not found: that is « allowed » here.
        if (code && !DENIED.includes(code) && isAllowed(actor) && !['BAD_USER_INPUT', 'NOT_FOUND'].includes(code)) {
          throw new Error(`${actor} ${c.mutation}: ${result.errors?.[0]?.message}`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('refuses at the gate, before any service runs, a role that holds the permission nowhere', async () => {
    const { client } = await actorClient('RESIDENT');
    const invite = graphql(`
      mutation MatrixGateInvite($i: InviteMemberInput!) {
        inviteMember(input: $i) {
          invitation {
            id
          }
        }
      }
    `);
    const result = await client.execute(invite, {
      i: { territoryId: here.id, email: uniqueEmail(), role: 'COUNCIL_MEMBER', citizenCouncilId: here.councilId },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: "Vous n'avez pas les droits nécessaires pour cette action.",
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('hides non-public fields from those without the permission in that territory', async () => {
    const query = graphql(`
      query MatrixMembersField($c: String!) {
        territory(code: $c) {
          viewerPermissions
          members(first: 1) {
            totalCount
          }
        }
      }
    `);
    const staff = await actorClient('STAFF');
    const otherAdmin = await actorClient('ADMIN_OF_ANOTHER_TERRITORY');
    const ok = await staff.client.execute(query, { c: here.code });
    expect(ok.errors).toBeUndefined();
    const refused = await otherAdmin.client.execute(query, { c: here.code });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await h.client().execute(
      graphql(`
        query MatrixAuditLogField($c: String!) {
          territory(code: $c) {
            auditLog {
              totalCount
            }
          }
        }
      `),
      { c: here.code },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
