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

const INVITE = graphql(`
  mutation RolesInvite($i: InviteMemberInput!) {
    inviteMember(input: $i) {
      invitation {
        id
        email
        role
        citizenCouncil {
          name
        }
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation RolesAcceptInvitation($i: AcceptInvitationInput!) {
    acceptInvitation(input: $i) {
      me {
        displayName
        memberships {
          role
          citizenCouncil {
            name
          }
        }
      }
    }
  }
`);
const GRANT = graphql(`
  mutation RolesGrant($i: GrantRoleInput!) {
    grantRole(input: $i) {
      member {
        id
        displayName
        commune {
          name
        }
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation RolesRevoke($i: RevokeRoleInput!) {
    revokeRole(input: $i) {
      member {
        id
      }
    }
  }
`);

describe('roles', () => {
  it('staff invite a council référent who accepts, creating their account; both steps are audited', async () => {
    const staffUser = await seedUser(h, { territory, role: 'STAFF' });
    const staff = await h.signedIn(staffUser.id);
    const email = uniqueEmail('referent');
    const invited = await staff.execute(INVITE, {
      i: { territoryId: territory.id, email, role: 'COUNCIL_REFERENT', citizenCouncilId: territory.councilId },
    });
    expect(invited.errors).toBeUndefined();

    const invitee = h.client();
    const missingName = await invitee.execute(ACCEPT, { i: { token: await lastLinkToken(h, email) } });
    expect(missingName.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const accepted = await invitee.execute(ACCEPT, {
      i: { token: await lastLinkToken(h, email), displayName: 'Karim B.' },
    });
    expect(accepted.data).toEqual({
      acceptInvitation: {
        me: {
          displayName: 'Karim B.',
          memberships: [{ role: 'COUNCIL_REFERENT', citizenCouncil: { name: 'Conseil citoyen Mont-Liébaut' } }],
        },
      },
    });
    const again = await h
      .client()
      .execute(ACCEPT, { i: { token: await lastLinkToken(h, email), displayName: 'Autre' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const adminUser = await seedUser(h, { territory, role: 'ADMIN' });
    const admin = await h.signedIn(adminUser.id);
    const log = await admin.execute(
      graphql(`
        query RolesAuditLog($c: String!) {
          territory(code: $c) {
            auditLog(first: 10) {
              edges {
                node {
                  action
                  actorId
                  actorLabel
                  after
                }
              }
            }
          }
        }
      `),
      { c: territory.code },
    );
    const actions = log.data!.territory!.auditLog.edges.map((e) => e.node);
    expect(actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'INVITATION_CREATE', actorId: staffUser.id }),
        expect.objectContaining({ action: 'INVITATION_ACCEPT', actorLabel: 'Karim B.' }),
      ]),
    );
    // A second référent for the same council is refused.
    const second = await seedUser(h);
    const conflict = await staff.execute(GRANT, {
      i: {
        territoryId: territory.id,
        userId: second.id,
        role: 'COUNCIL_REFERENT',
        citizenCouncilId: territory.councilId,
      },
    });
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('grants and revokes a commune representative with a reason, notifies unless turned off, and audits before/after', async () => {
    const staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
    const person = await seedUser(h);
    const granted = await staff.execute(GRANT, {
      i: {
        territoryId: territory.id,
        userId: person.id,
        role: 'COMMUNE_REPRESENTATIVE',
        communeId: territory.communeId,
      },
    });
    expect(granted.errors).toBeUndefined();
    const personClient = await h.signedIn(person.id);
    await personClient.execute(
      graphql(`
        mutation RolesNoRoleChangeEmails {
          updateNotificationPreferences(input: { roleChanges: false }) {
            me {
              id
            }
          }
        }
      `),
    );
    const revoked = await staff.execute(REVOKE, {
      i: {
        territoryId: territory.id,
        membershipId: granted.data!.grantRole.member.id,
        reason: 'Nouveau mandat municipal',
      },
    });
    expect(revoked.errors).toBeUndefined();
    const kinds = (
      (await h.dataSource.query('SELECT kind FROM email_outbox WHERE user_id = $1 ORDER BY created_at', [
        person.id,
      ])) as {
        kind: string;
      }[]
    ).map((r) => r.kind);
    expect(kinds).toEqual(['role-granted']);
    const [entry] = await h.dataSource.query(
      `SELECT before, after, reason FROM audit_log WHERE action = 'role.revoke' AND target_id = $1`,
      [granted.data!.grantRole.member.id],
    );
    expect(entry.reason).toBe('Nouveau mandat municipal');
    expect(entry.before.revokedAt).toBeNull();
    expect(entry.after.revokedAt).not.toBeNull();
  });

  it('keeps the audit log append-only, whatever the SQL', async () => {
    await expect(h.dataSource.query(`UPDATE audit_log SET reason = 'réécrit'`)).rejects.toThrow(/append-only/);
    await expect(h.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('lets staff create and edit a conseil citoyen linked to a quartier of their territory only', async () => {
    const staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
    const created = await staff.execute(
      graphql(`
        mutation RolesCreateCouncil($i: CreateCitizenCouncilInput!) {
          createCitizenCouncil(input: $i) {
            citizenCouncil {
              id
              name
              active
              quartier {
                id
              }
              commune {
                name
              }
            }
          }
        }
      `),
      {
        i: {
          territoryId: territory.id,
          name: 'Conseil citoyen Cité 3',
          quartierId: territory.quartierId,
          active: false,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const other = await seedTerritory(h);
    const foreign = await staff.execute(
      graphql(`
        mutation RolesUpdateCouncil($i: UpdateCitizenCouncilInput!) {
          updateCitizenCouncil(input: $i) {
            citizenCouncil {
              id
            }
          }
        }
      `),
      {
        i: {
          territoryId: territory.id,
          id: created.data!.createCitizenCouncil.citizenCouncil.id,
          name: 'Conseil',
          quartierId: other.quartierId,
          active: true,
        },
      },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('never leaves a territory without an administrator', async () => {
    const other = await seedTerritory(h);
    const adminUser = await seedUser(h, { territory: other, role: 'ADMIN' });
    const admin = await h.signedIn(adminUser.id);
    const [own] = await h.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1 AND role = 'ADMIN'`, [
      adminUser.id,
    ]);
    const alone = await admin.execute(REVOKE, { i: { territoryId: other.id, membershipId: own.id, reason: 'Départ' } });
    expect(alone.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await seedUser(h, { territory: other, role: 'ADMIN' });
    const handedOver = await admin.execute(REVOKE, {
      i: { territoryId: other.id, membershipId: own.id, reason: 'Départ' },
    });
    expect(handedOver.errors).toBeUndefined();
  });
});
