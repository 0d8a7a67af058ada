import type { ServerModule } from '../contract.js';
import type { AuditSlice } from './audit.context.js';
import { createAuditService } from './audit.service.js';
import { auditResolvers } from './resolvers/index.js';

/** The audit log: written by services in their transactions (`recordAudit`), read by admins. */
export function createAuditModule(): ServerModule<object, AuditSlice['services'], AuditSlice> {
  return {
    resolvers: auditResolvers,
    loaders: () => ({}),
    services: (request) => ({ audit: createAuditService(request) }),
  };
}
