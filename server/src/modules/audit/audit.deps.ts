import type { RequestDeps } from '../contract.js';

/** What the audit service gets for one request (it reads the journal; entries are written by `recordAudit`). */
export type AuditRequest = RequestDeps;
