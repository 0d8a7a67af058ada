import type { MemberResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located, scopedCouncil } from '../../territory/index.js';

/** Reached only through fields that require MEMBERS_READ in the member's territory. */
export const Member: MemberResolvers = {
  citizenCouncil: scopedCouncil,
  commune: located.commune,
  grantedAt: (m) => m.createdAt,
};
