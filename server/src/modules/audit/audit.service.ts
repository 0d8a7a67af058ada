import type { Clock } from '../../shared/clock.js';
import type { Page } from '../../shared/pagination.js';
import type { Queryable } from '../../shared/sql.js';
import { createAuditStore } from './audit.store.js';
import type { AuditRequest } from './audit.deps.js';
import type { AuditFilter, AuditTarget, StoredAuditAction } from './audit.types.js';

export interface AuditActor {
  id: string;
  label: string;
}

export interface AuditRecord {
  territoryId: string;
  /** One of `enum AuditAction` (schema/audit.graphql), as stored: `role.grant`, `report.published`… */
  action: StoredAuditAction;
  targetType: string;
  targetId: string | null;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

/** Writes one entry with the transaction `tx` of the action it traces: both happen, or neither. */
export function recordAudit(tx: Queryable, clock: Clock, actor: AuditActor, requestId: string, r: AuditRecord) {
  return createAuditStore(tx).insert({
    territoryId: r.territoryId,
    at: clock.now(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    before: (r.before ?? null) as Record<string, unknown> | null,
    after: (r.after ?? null) as Record<string, unknown> | null,
    reason: r.reason ?? null,
    requestId,
  });
}

/** One entry per target of a bulk change, in one statement, with the transaction `tx` of the change. */
export function recordAuditEach(
  tx: Queryable,
  clock: Clock,
  actor: AuditActor,
  requestId: string,
  r: Omit<AuditRecord, 'targetId' | 'before' | 'after'>,
  targets: AuditTarget[],
) {
  const entry = { territoryId: r.territoryId, at: clock.now(), actorId: actor.id, actorLabel: actor.label };
  return createAuditStore(tx).insertEach(
    { ...entry, action: r.action, targetType: r.targetType, reason: r.reason ?? null, requestId },
    targets,
  );
}

/**
 * What happened to a target since a version (for optimistic concurrency): the entries whose `after`
 * carries a newer `version`, oldest first.
 */
export const auditEntriesSince = (
  db: Queryable,
  territoryId: string,
  targetType: string,
  id: string,
  version: number,
) => createAuditStore(db).newerThanVersion(territoryId, targetType, id, version);

export function createAuditService(request: AuditRequest) {
  const store = createAuditStore(request.ds);
  return {
    list: (territoryId: string, page: Page, filter: AuditFilter) => store.list(territoryId, page, filter),
    byActor: store.byActor,
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
