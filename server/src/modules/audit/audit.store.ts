import { conditions, listPage, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { AuditEntryRow, AuditFilter, AuditTarget } from './audit.types.js';

const ENTRY = `a.id, a.territory_id, a.at, a.actor_id, a.actor_label, a.action, a.target_type, a.target_id,
  a.before, a.after, a.reason, a.request_id`;

/** All SQL of the audit module: insert and read, nothing else (the table refuses UPDATE and DELETE). */
export function createAuditStore(db: Queryable) {
  return {
    insert: (e: Omit<AuditEntryRow, 'id'>) =>
      query(
        db,
        'audit.insert',
        `INSERT INTO audit_log (territory_id, at, actor_id, actor_label, action, target_type, target_id, before,
           after, reason, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          e.territoryId,
          e.at,
          e.actorId,
          e.actorLabel,
          e.action,
          e.targetType,
          e.targetId,
          e.before === null ? null : JSON.stringify(e.before),
          e.after === null ? null : JSON.stringify(e.after),
          e.reason,
          e.requestId,
        ],
      ),

    /** One entry per target of a bulk change, in one statement whatever their number. */
    insertEach: (e: Omit<AuditEntryRow, 'id' | 'targetId' | 'before' | 'after'>, targets: AuditTarget[]) =>
      query(
        db,
        'audit.insertEach',
        `INSERT INTO audit_log (territory_id, at, actor_id, actor_label, action, target_type, target_id, before,
           after, reason, request_id)
         SELECT $1, $2, $3, $4, $5, $6, t.target_id, t.before, t.after, $7, $8
         FROM unnest($9::text[], $10::jsonb[], $11::jsonb[]) AS t(target_id, before, after)`,
        [
          e.territoryId,
          e.at,
          e.actorId,
          e.actorLabel,
          e.action,
          e.targetType,
          e.reason,
          e.requestId,
          targets.map((t) => t.targetId),
          targets.map((t) => JSON.stringify(t.before)),
          targets.map((t) => JSON.stringify(t.after)),
        ],
      ),

    /** The entries of one target whose `after` holds a version above the given one, oldest first. */
    newerThanVersion: (territoryId: string, targetType: string, targetId: string, version: number) =>
      query<AuditEntryRow>(
        db,
        'audit.newerThanVersion',
        `SELECT ${ENTRY} FROM audit_log a WHERE a.territory_id = $1 AND a.target_type = $2 AND a.target_id = $3
           AND a.after->'version' > to_jsonb($4::int) ORDER BY a.at, a.id`,
        [territoryId, targetType, targetId, version],
      ),

    list: (territoryId: string, page: Page, f: AuditFilter) => {
      const { where, params, add } = conditions('a.territory_id = ?', territoryId);
      if (f.action) add('a.action = ?', f.action);
      if (f.actorId) add('a.actor_id = ?::uuid', f.actorId);
      if (f.targetType) add('a.target_type = ?', f.targetType);
      if (f.targetId) add('a.target_id = ?', f.targetId);
      if (f.from) add('a.at >= ?', f.from);
      if (f.to) add('a.at < ?', f.to);
      return listPage<AuditEntryRow>(db, page, {
        name: 'audit.list',
        select: ENTRY,
        from: 'audit_log a',
        where,
        params,
        sortExpr: 'a.at',
        idExpr: 'a.id',
        direction: 'DESC',
        sortKeyOf: (r: AuditEntryRow) => r.at.toISOString(),
      });
    },

    byActor: (actorId: string) =>
      query<AuditEntryRow>(
        db,
        'audit.byActor',
        `SELECT ${ENTRY} FROM audit_log a WHERE a.actor_id = $1 ORDER BY a.at`,
        [actorId],
      ),
  };
}
