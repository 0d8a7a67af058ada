import { PERMISSIONS, ROLES, type Permission, type Role } from '../../../ui-kit/src/__generated__/catalogue.js';

/**
 * Which role allows what in its territory. The roles and permissions themselves, with what each
 * permission means, are `enum Role` and `enum Permission` of schema/identity.graphql, read here from
 * the generated catalogue. Deny by default: a permission no role lists is held by nobody.
 */
export { PERMISSIONS, ROLES, type Permission, type Role };

const STAFF: Permission[] = [
  'MEMBERS_READ',
  'PARTICIPATION_ROLES_MANAGE',
  'COUNCILS_MANAGE',
  'REPORTS_MANAGE',
  'CONTRIBUTIONS_MODERATE',
  'IDEAS_MANAGE',
  'EVENTS_MANAGE',
  'PROGRAMMATION_MANAGE',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  RESIDENT: ['CONTRIBUTIONS_SUBMIT'],
  COUNCIL_MEMBER: ['OPINIONS_PREPARE', 'CONTRIBUTIONS_SUBMIT'],
  COUNCIL_REFERENT: ['OPINIONS_PREPARE', 'OPINIONS_SUBMIT', 'CONTRIBUTIONS_SUBMIT'],
  COMMUNE_REPRESENTATIVE: ['OPINIONS_PREPARE', 'OPINIONS_SUBMIT', 'CONTRIBUTIONS_SUBMIT'],
  MODERATOR: ['CONTRIBUTIONS_MODERATE'],
  STAFF,
  ADMIN: [...STAFF, 'STAFF_ROLES_MANAGE', 'AUDIT_READ', 'OUTBOX_READ', 'TERRITORY_SETTINGS_MANAGE'],
};

/** Roles that need a council, or a commune, to be held. */
export const COUNCIL_ROLES: readonly Role[] = ['COUNCIL_MEMBER', 'COUNCIL_REFERENT'];
export const COMMUNE_ROLES: readonly Role[] = ['COMMUNE_REPRESENTATIVE'];

/** The permission needed to hand out (or take back) a role; residents also join by themselves. */
export function permissionToManage(role: Role): Permission {
  return ['STAFF', 'MODERATOR', 'ADMIN'].includes(role) ? 'STAFF_ROLES_MANAGE' : 'PARTICIPATION_ROLES_MANAGE';
}
