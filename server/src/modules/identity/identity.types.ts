import type { Role } from '../../authz/index.js';

export interface UserRow {
  id: string;
  email: string | null;
  displayName: string | null;
  passwordHash: string | null;
  emailVerifiedAt: Date | null;
  notificationPreferences: Record<string, boolean>;
  createdAt: Date;
  erasedAt: Date | null;
}

export interface MembershipRow {
  id: string;
  territoryId: string;
  userId: string;
  role: Role;
  citizenCouncilId: string | null;
  communeId: string | null;
  grantedBy: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export interface InvitationRow {
  id: string;
  territoryId: string;
  email: string;
  role: Role;
  citizenCouncilId: string | null;
  communeId: string | null;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: string | null;
}

export interface SessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  idleSeconds: number;
  expiresAt: Date;
  userAgent: string | null;
}

/** CONFIRM_SUBMISSION: what a person did with an email address only (an idea…), confirmed by the link. */
export type TokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD' | 'SIGN_IN' | 'CONFIRM_SUBMISSION';

/** A membership with the person's public name and email, as staff list them. */
export interface MemberRow extends MembershipRow {
  displayName: string | null;
  email: string | null;
}
