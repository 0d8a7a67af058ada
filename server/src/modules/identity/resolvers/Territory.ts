import type { TerritoryResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { permissionsOf } from '../identity.policy.js';

/** Fields the identity module adds to Territory; their permissions are declared in graphql/authorization.policy.ts. */
export const Territory: TerritoryResolvers = {
  members: (t, { filter, ...page }, ctx) => ctx.services.roles.listMembers(t.id, page, filter ?? {}),
  invitations: (t, { pendingOnly, ...page }, ctx) =>
    ctx.services.roles.listInvitations(t.id, page, pendingOnly ?? false),
  viewerPermissions: (t, _args, ctx) => permissionsOf(ctx.viewer, t.id),
};
