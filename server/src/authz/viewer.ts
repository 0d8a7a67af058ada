import type { Role } from './permissions.js';

/** The parts of an account and its roles that authorization looks at. */
export interface ViewerUser {
  id: string;
  email: string | null;
  displayName: string | null;
}

export interface ViewerMembership {
  id: string;
  territoryId: string;
  role: Role;
  citizenCouncilId: string | null;
  communeId: string | null;
}

/** Who is asking: resolved from the session cookie once per request. */
export type Viewer = { kind: 'anonymous' } | SignedInViewer;

export interface SignedInViewer {
  kind: 'user';
  user: ViewerUser;
  sessionId: string;
  /** Active memberships only. */
  memberships: ViewerMembership[];
}

export const anonymous: Viewer = { kind: 'anonymous' };

/** Who acts, as the audit log and the authorship columns record them (services call it after their check). */
export const actorOf = (viewer: Viewer) =>
  viewer.kind === 'user' ? { id: viewer.user.id, label: viewer.user.displayName ?? '' } : { id: '', label: '' };
