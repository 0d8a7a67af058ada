import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { toPage } from '../../../shared/pagination.js';
import { mayReadAudit } from '../audit.policy.js';
import { auditActionOf, storedAuditAction } from '../audit-actions.js';

/** Territory.auditLog requires AUDIT_READ, declared in graphql/authorization.policy.ts. */
export const auditResolvers: Resolvers = {
  TerritoryAbilities: {
    readAudit: (t, _args, ctx) => mayReadAudit(ctx.viewer, t.id),
  },
  Territory: {
    auditLog: (t, { filter, ...page }, ctx) =>
      ctx.services.audit.list(t.id, toPage(page), {
        ...filter,
        action: filter?.action ? storedAuditAction(filter.action) : null,
        from: filter?.from ?? null,
        to: filter?.to ?? null,
      }),
  },
  // The log keeps the codes it was written with (`role.grant`); the API names them (`ROLE_GRANT`).
  AuditEntry: { action: (e) => auditActionOf(e.action) },
};
