import type { AuditService } from './audit.service.js';

/** The audit module's part of the request scope and of the GraphQL context. */
export interface AuditSlice {
  loaders: object;
  services: { audit: AuditService };
}
