import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { toPage } from '../../../shared/pagination.js';
import { mayReadOutbox } from '../notifications.policy.js';

/** Permissions of these fields are declared in graphql/authorization.policy.ts. */
export const notificationsResolvers: Resolvers = {
  Territory: {
    emailOutbox: (t, { filter, ...page }, ctx) => ctx.services.notifications.list(t.id, toPage(page), filter ?? {}),
  },
  TerritoryAbilities: {
    readOutbox: (t, _args, ctx) => mayReadOutbox(ctx.viewer, t.id),
  },
  OutboxMessage: {
    body: (m, _args, ctx) => (ctx.smtpConfigured ? null : m.body),
  },
};
