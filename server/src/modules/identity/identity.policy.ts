import {
  COMMUNE_ROLES,
  COUNCIL_ROLES,
  ROLES,
  ROLE_PERMISSIONS,
  can,
  demand,
  permissionToManage,
  permissionsIn,
  type Role,
  type SignedInViewer,
  type Viewer,
} from '../../authz/index.js';

/* Who may see and hand out roles: the only place the identity module decides. */

/** What the viewer may do in a territory, by all their roles there (empty when signed out). */
export const permissionsOf = (viewer: Viewer, territoryId: string) => [...permissionsIn(viewer, territoryId)];

/** What a role allows, shown to the person who holds it. */
export const permissionsOfRole = (role: Role) => [...ROLE_PERMISSIONS[role]];

export const mayReadMembers = (viewer: Viewer, territoryId: string) => can(viewer, 'MEMBERS_READ', territoryId);

/** Inviting to, granting and revoking a role: participation roles for staff, staff roles for admins. */
export const mayManageRole = (viewer: Viewer, role: Role, territoryId: string) =>
  can(viewer, permissionToManage(role), territoryId);

/** What a role is held for: a council's roles name the council, a commune's its commune. */
export const scopeOfRole = (role: Role): 'COUNCIL' | 'COMMUNE' | 'TERRITORY' =>
  COUNCIL_ROLES.includes(role) ? 'COUNCIL' : COMMUNE_ROLES.includes(role) ? 'COMMUNE' : 'TERRITORY';

export const grantableRoles = (viewer: Viewer, territoryId: string) =>
  ROLES.filter((role) => mayManageRole(viewer, role, territoryId)).map((role) => ({ role, scope: scopeOfRole(role) }));

export function demandRoleManager(viewer: Viewer, role: Role, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageRole(viewer, role, territoryId));
}
