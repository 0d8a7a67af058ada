import type { MeResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Reachable only through `me` and payloads of the person's own operations: every field is their own. */
export const Me: MeResolvers = {
  email: (u) => u.email ?? '',
  displayName: (u) => u.displayName ?? '',
  emailVerified: (u) => u.emailVerifiedAt !== null,
  hasPassword: (u) => u.passwordHash !== null,
  memberships: (u, _args, ctx) => ctx.services.profile.memberships(u.id),
  notificationPreferences: (u) => ({
    roleChanges: u.notificationPreferences.roleChanges !== false,
    consultations: u.notificationPreferences.consultations !== false,
    moderation: u.notificationPreferences.moderation !== false,
    ideas: u.notificationPreferences.ideas !== false,
  }),
  dataExport: (_u, _args, ctx) => ctx.services.profile.exportData(),
  sessions: (_u, _args, ctx) => ctx.services.profile.sessions(),
};
