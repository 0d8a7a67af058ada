import type { Role } from '../../src/authz/index.js';
import { createIdentityStore } from '../../src/modules/identity/identity.store.js';
import { graphql } from '../__generated__/index.js';
import { seedUser, uniqueEmail } from '../seed.js';
import { call, type Case, type World } from './case.js';

/** Invitations, grants and revocations: participation roles for staff, staff roles for admins only. */
export function membershipCases(w: World): Case[] {
  const freshMember = async (role: Role) => {
    const user = await seedUser(w.h, { territory: w.here, role });
    const [m] = await createIdentityStore(w.h.dataSource).membershipsOfUser(user.id);
    return m!;
  };

  const INVITE = graphql(`
    mutation MatrixInviteMember($i: InviteMemberInput!) {
      inviteMember(input: $i) {
        invitation {
          id
        }
      }
    }
  `);
  const GRANT = graphql(`
    mutation MatrixGrantRole($i: GrantRoleInput!) {
      grantRole(input: $i) {
        member {
          id
        }
      }
    }
  `);
  const REVOKE = graphql(`
    mutation MatrixRevokeRole($i: RevokeRoleInput!) {
      revokeRole(input: $i) {
        member {
          id
        }
      }
    }
  `);

  return [
    {
      mutation: 'inviteMember',
      label: 'inviteMember (council member)',
      build: async () =>
        call(INVITE, {
          i: {
            territoryId: w.here.id,
            email: uniqueEmail(),
            role: 'COUNCIL_MEMBER',
            citizenCouncilId: w.here.councilId,
          },
        }),
    },
    {
      mutation: 'inviteMember',
      label: 'inviteMember (staff)',
      needs: 'STAFF_ROLES_MANAGE',
      build: async () => call(INVITE, { i: { territoryId: w.here.id, email: uniqueEmail(), role: 'STAFF' } }),
    },
    {
      mutation: 'grantRole',
      label: 'grantRole (commune representative)',
      build: async () =>
        call(GRANT, {
          i: {
            territoryId: w.here.id,
            userId: (await seedUser(w.h)).id,
            role: 'COMMUNE_REPRESENTATIVE',
            communeId: w.here.communeId,
          },
        }),
    },
    {
      mutation: 'grantRole',
      label: 'grantRole (moderator)',
      needs: 'STAFF_ROLES_MANAGE',
      build: async () =>
        call(GRANT, { i: { territoryId: w.here.id, userId: (await seedUser(w.h)).id, role: 'MODERATOR' } }),
    },
    {
      mutation: 'revokeRole',
      label: 'revokeRole (council member)',
      build: async () =>
        call(REVOKE, {
          i: {
            territoryId: w.here.id,
            membershipId: (await freshMember('COUNCIL_MEMBER')).id,
            reason: 'A quitté le conseil',
          },
        }),
    },
    {
      mutation: 'revokeRole',
      label: 'revokeRole (staff)',
      needs: 'STAFF_ROLES_MANAGE',
      build: async () =>
        call(REVOKE, {
          i: { territoryId: w.here.id, membershipId: (await freshMember('STAFF')).id, reason: 'Fin de contrat' },
        }),
    },
  ];
}
