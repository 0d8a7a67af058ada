import type { InvitationResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located, scopedCouncil } from '../../territory/index.js';

export const Invitation: InvitationResolvers = {
  citizenCouncil: scopedCouncil,
  commune: located.commune,
};
