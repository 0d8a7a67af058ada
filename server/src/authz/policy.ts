import { DomainError } from '../shared/errors.js';
import type { SignedInViewer, Viewer } from './viewer.js';
import { ROLE_PERMISSIONS, type Permission } from './permissions.js';

/** Permissions the viewer holds in one territory, from their active memberships there. */
export function permissionsIn(viewer: Viewer, territoryId: string): Set<Permission> {
  const held = new Set<Permission>();
  if (viewer.kind !== 'user') return held;
  for (const m of viewer.memberships) {
    if (m.territoryId === territoryId) for (const p of ROLE_PERMISSIONS[m.role]) held.add(p);
  }
  return held;
}

export const can = (viewer: Viewer, permission: Permission, territoryId: string) =>
  permissionsIn(viewer, territoryId).has(permission);

/** Whether the viewer holds the permission in any territory: the coarse gate before a scoped check. */
export const canSomewhere = (viewer: Viewer, permission: Permission) =>
  viewer.kind === 'user' && viewer.memberships.some((m) => ROLE_PERMISSIONS[m.role].includes(permission));

export function assertSignedIn(viewer: Viewer): asserts viewer is SignedInViewer {
  if (viewer.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
}

/** A consulted body as authorization sees it: the council or commune it speaks for. */
export interface BodyScope {
  territoryId: string;
  citizenCouncilId: string | null;
  communeId: string | null;
}

/** Whether the viewer holds, for this very council or commune, a role that grants the permission. */
export function canForBody(viewer: Viewer, permission: Permission, body: BodyScope): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.memberships.some(
    (m) =>
      m.territoryId === body.territoryId &&
      ROLE_PERMISSIONS[m.role].includes(permission) &&
      ((body.citizenCouncilId !== null && m.citizenCouncilId === body.citizenCouncilId) ||
        (body.communeId !== null && m.communeId === body.communeId)),
  );
}

/**
 * Turns a policy's answer into the error a service throws: UNAUTHENTICATED for a visitor, FORBIDDEN
 * (with the policy's reason, if any) for a signed-in person who may not.
 */
export function demand(
  viewer: Viewer,
  allowed: boolean,
  reason = "Vous n'avez pas les droits nécessaires pour cette action sur ce territoire.",
): asserts viewer is SignedInViewer {
  assertSignedIn(viewer);
  if (!allowed) throw new DomainError('FORBIDDEN', reason);
}

/** Whether the viewer is this person (their own account, contribution, session…). */
export const isSelf = (viewer: Viewer, userId: string | null) => viewer.kind === 'user' && viewer.user.id === userId;
