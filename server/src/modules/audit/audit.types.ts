import type { StoredAuditAction } from '../../../../ui-kit/src/__generated__/catalogue.js';

export type { AuditAction, StoredAuditAction } from '../../../../ui-kit/src/__generated__/catalogue.js';

export interface AuditEntryRow {
  id: string;
  territoryId: string;
  at: Date;
  actorId: string;
  actorLabel: string;
  action: StoredAuditAction;
  targetType: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  requestId: string | null;
}

/** What the journal's store filters on; the action is the code stored in the log. */
export interface AuditFilter {
  action?: StoredAuditAction | null;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** One target of a bulk change and what changed on it. */
export interface AuditTarget {
  targetId: string;
  before: object | null;
  after: object | null;
}
