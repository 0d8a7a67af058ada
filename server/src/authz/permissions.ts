/**
 * The catalogue of what can be allowed, and which role allows what in its territory. Deny by
 * default: a permission no role lists is held by nobody. Mirrored by `enum Permission` in the SDL.
 */
export const ROLES = [
  'RESIDENT',
  'COUNCIL_MEMBER',
  'COUNCIL_REFERENT',
  'COMMUNE_REPRESENTATIVE',
  'STAFF',
  'MODERATOR',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** See the people who hold a role in the territory, and pending invitations. */
  'MEMBERS_READ',
  /** Invite, grant and revoke the participation roles: council member, référent, commune representative. */
  'PARTICIPATION_ROLES_MANAGE',
  /** Invite, grant and revoke staff, moderator and admin roles. */
  'STAFF_ROLES_MANAGE',
  /** Create and edit conseils citoyens. */
  'COUNCILS_MANAGE',
  'AUDIT_READ',
  'OUTBOX_READ',
  /** Write the annual report, run its consultation, answer the avis, approve and publish. */
  'REPORTS_MANAGE',
  /** Read the avis of one's own body in preparation and write it with the others (scoped to the body). */
  'OPINIONS_PREPARE',
  /** Submit the formal avis of one's own body (scoped to the body). */
  'OPINIONS_SUBMIT',
  /** Comment the draft report during its consultation (published after moderation). */
  'CONTRIBUTIONS_SUBMIT',
  'CONTRIBUTIONS_MODERATE',
  /** Set the territory's look on the portal (its colours). */
  'TERRITORY_SETTINGS_MANAGE',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF: Permission[] = [
  'MEMBERS_READ',
  'PARTICIPATION_ROLES_MANAGE',
  'COUNCILS_MANAGE',
  'REPORTS_MANAGE',
  'CONTRIBUTIONS_MODERATE',
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
