import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { signUp } from './Mutation/signUp.js';
import { verifyEmail } from './Mutation/verifyEmail.js';
import { signIn } from './Mutation/signIn.js';
import { requestSignInLink } from './Mutation/requestSignInLink.js';
import { signInWithLink } from './Mutation/signInWithLink.js';
import { requestPasswordReset } from './Mutation/requestPasswordReset.js';
import { resetPassword } from './Mutation/resetPassword.js';
import { signOut } from './Mutation/signOut.js';
import { signOutEverywhere } from './Mutation/signOutEverywhere.js';
import { endSession } from './Mutation/endSession.js';
import { updateProfile } from './Mutation/updateProfile.js';
import { changePassword } from './Mutation/changePassword.js';
import { updateNotificationPreferences } from './Mutation/updateNotificationPreferences.js';
import { joinTerritory } from './Mutation/joinTerritory.js';
import { deleteAccount } from './Mutation/deleteAccount.js';
import { inviteMember } from './Mutation/inviteMember.js';
import { acceptInvitation } from './Mutation/acceptInvitation.js';
import { grantRole } from './Mutation/grantRole.js';
import { revokeRole } from './Mutation/revokeRole.js';
import { me } from './Query/me.js';
import { Me } from './Me.js';
import { Membership } from './Membership.js';
import { Member } from './Member.js';
import { Invitation } from './Invitation.js';
import { Territory } from './Territory.js';
import { TerritoryAbilities } from './TerritoryAbilities.js';
import { CitizenCouncil } from './CitizenCouncil.js';

export const identityResolvers: Resolvers = {
  Query: { me },
  Mutation: {
    signUp,
    verifyEmail,
    signIn,
    requestSignInLink,
    signInWithLink,
    requestPasswordReset,
    resetPassword,
    signOut,
    signOutEverywhere,
    endSession,
    updateProfile,
    changePassword,
    updateNotificationPreferences,
    joinTerritory,
    deleteAccount,
    inviteMember,
    acceptInvitation,
    grantRole,
    revokeRole,
  },
  Me,
  Membership,
  Member,
  Invitation,
  Territory,
  TerritoryAbilities,
  CitizenCouncil,
};
