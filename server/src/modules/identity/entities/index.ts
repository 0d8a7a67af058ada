import { UserEntity } from './user.entity.js';
import { SessionEntity } from './session.entity.js';
import { AccountTokenEntity } from './account-token.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { InvitationEntity } from './invitation.entity.js';

export const identityEntities = [UserEntity, SessionEntity, AccountTokenEntity, MembershipEntity, InvitationEntity];
