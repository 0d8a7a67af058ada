import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../test/harness.js';
import { graphql } from '../../test/__generated__/index.js';
import { seed } from '../../test/builder.js';

/*
 * The abilities the front ends show actions from (`Territory.viewerCan`, `Member.viewerCanRevoke`)
 * are the server's policies: each role sees exactly what its grants allow, a visitor nothing.
 */

const Abilities = graphql(`
  query TerritoryAbilities($code: String!) {
    territory(code: $code) {
      viewerCan {
        manageCouncils
        manageSettings
        readMembers
        readAudit
        readOutbox
        manageReports
        contribute
        moderate
        manageContract
        grantableRoles {
          role
          scope
        }
      }
    }
  }
`);

const MemberRevocation = graphql(`
  query MemberRevocation($code: String!) {
    territory(code: $code) {
      members(first: 20) {
        edges {
          node {
            role
            viewerCanRevoke
          }
        }
      }
    }
  }
`);

let h: Harness;
let code: string;
let people: Record<'staff' | 'admin' | 'referent' | 'resident', { client: Client }>;
beforeAll(async () => {
  h = await createHarness();
  const seeded = await seed(h).territory().staff().admin().referent().resident();
  code = seeded.territory.code;
  people = seeded;
});
afterAll(() => h.close());

const abilitiesOf = async (client: Pick<Client, 'execute'>) =>
  (await client.execute(Abilities, { code })).data!.territory!.viewerCan;

describe('viewerCan', () => {
  it('gives a visitor no ability at all', async () => {
    expect(await abilitiesOf(h)).toEqual({
      manageCouncils: false,
      manageSettings: false,
      readMembers: false,
      readAudit: false,
      readOutbox: false,
      manageReports: false,
      contribute: false,
      moderate: false,
      manageContract: false,
      grantableRoles: [],
    });
  });

  it('follows each role’s grants, with the scope each grantable role is held for', async () => {
    const participation = [
      { role: 'RESIDENT', scope: 'TERRITORY' },
      { role: 'COUNCIL_MEMBER', scope: 'COUNCIL' },
      { role: 'COUNCIL_REFERENT', scope: 'COUNCIL' },
      { role: 'COMMUNE_REPRESENTATIVE', scope: 'COMMUNE' },
    ];
    expect(await abilitiesOf(people.resident.client)).toMatchObject({
      contribute: true,
      moderate: false,
      grantableRoles: [],
    });
    expect(await abilitiesOf(people.referent.client)).toMatchObject({
      contribute: true,
      manageReports: false,
      readMembers: false,
      manageContract: false,
    });
    const staff = await abilitiesOf(people.staff.client);
    expect(staff).toMatchObject({
      manageCouncils: true,
      manageReports: true,
      moderate: true,
      readAudit: false,
      manageSettings: false,
      manageContract: true,
    });
    expect(staff.grantableRoles).toEqual(participation);
    const admin = await abilitiesOf(people.admin.client);
    expect(admin).toMatchObject({ readAudit: true, readOutbox: true, manageSettings: true });
    expect(admin.grantableRoles).toEqual([
      ...participation,
      { role: 'STAFF', scope: 'TERRITORY' },
      { role: 'MODERATOR', scope: 'TERRITORY' },
      { role: 'ADMIN', scope: 'TERRITORY' },
    ]);
  });

  it('lets staff revoke participation roles only, and admins every role', async () => {
    const revocable = async (client: Client) =>
      Object.fromEntries(
        (await client.execute(MemberRevocation, { code })).data!.territory!.members.edges.map((e) => [
          e.node.role,
          e.node.viewerCanRevoke,
        ]),
      );
    expect(await revocable(people.staff.client)).toMatchObject({
      ADMIN: false,
      STAFF: false,
      COUNCIL_REFERENT: true,
      RESIDENT: true,
    });
    expect(await revocable(people.admin.client)).toMatchObject({ ADMIN: true, STAFF: true, COUNCIL_REFERENT: true });
  });
});
