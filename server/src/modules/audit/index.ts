/** The audit log: written by services in their transactions, read by admins. Imports nothing above it. */
export { AuditEntryEntity } from './entities/audit-entry.entity.js';
export { recordAudit, createAuditService, type AuditService, type AuditActor } from './audit.service.js';
export type * from './audit.types.js';
export { auditResolvers } from './resolvers/index.js';
