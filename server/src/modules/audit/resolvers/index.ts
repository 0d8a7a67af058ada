import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { toPage } from '../../../shared/pagination.js';
import { mayReadAudit } from '../audit.policy.js';

/** Territory.auditLog requires AUDIT_READ, declared in graphql/authorization.ts. */
export const auditResolvers: Resolvers = {
  TerritoryAbilities: {
    readAudit: (t, _args, ctx) => mayReadAudit(ctx.viewer, t.id),
  },
  Territory: {
    auditLog: (t, { filter, ...page }, ctx) =>
      ctx.services.audit.list(t.id, toPage(page), {
        ...filter,
        from: filter?.from ?? null,
        to: filter?.to ?? null,
      }),
  },
};
