/** The audit log's public surface for other modules: recording an entry, and the types. */
export {
  auditEntriesSince,
  recordAudit,
  recordAuditEach,
  type AuditService,
  type AuditActor,
} from './audit.service.js';
export type * from './audit.types.js';
export type { AuditSlice } from './audit.context.js';
