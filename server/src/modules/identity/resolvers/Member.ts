import type { MemberResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located, scopedCouncil } from '../../territory/index.js';
import { mayManageRole } from '../identity.policy.js';

/** Reached only through fields that require MEMBERS_READ in the member's territory. */
export const Member: MemberResolvers = {
  citizenCouncil: scopedCouncil,
  commune: located.commune,
  grantedAt: (m) => m.createdAt,
  viewerCanRevoke: (m, _args, ctx) => mayManageRole(ctx.viewer, m.role, m.territoryId),
};
