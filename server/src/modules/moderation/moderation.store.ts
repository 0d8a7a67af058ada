import { conditions, listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type {
  ModeratableKind,
  ModerationItemRow,
  ModerationReason,
  ModerationReportRow,
  ModerationSettingRow,
  ModerationStatus,
  NewItem,
  QueueFilter,
} from './moderation.types.js';

const ITEM = `m.territory_id, m.id, m.kind, m.subject_id, m.author_id, m.excerpt, m.context, m.status, m.reason_code,
  m.reason_text, m.report_count, m.hidden_at, m.decided_by, m.decided_at, m.created_at`;
/** Items that wait for a moderator (pending, or hidden by reports) first, then the newest. */
const QUEUE_SORT = `((CASE WHEN m.status = 'PENDING' OR m.hidden_at IS NOT NULL THEN '1' ELSE '0' END)
  || to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))`;

/** All SQL of the moderation module (private to it); every statement filters on territory_id first. */
export function createModerationStore(db: Queryable) {
  return {
    settingsOf: (territoryId: string) =>
      query<ModerationSettingRow>(
        db,
        'moderation.settingsOf',
        'SELECT territory_id, kind, mode, report_threshold FROM moderation_settings WHERE territory_id = $1',
        [territoryId],
      ),

    saveSetting: (s: ModerationSettingRow) =>
      one(
        query<ModerationSettingRow>(
          db,
          'moderation.saveSetting',
          `INSERT INTO moderation_settings (territory_id, kind, mode, report_threshold) VALUES ($1, $2, $3, $4)
           ON CONFLICT (territory_id, kind) DO UPDATE SET mode = EXCLUDED.mode, report_threshold = EXCLUDED.report_threshold
           RETURNING territory_id, kind, mode, report_threshold`,
          [s.territoryId, s.kind, s.mode, s.reportThreshold],
        ),
      ),

    insertItem: (i: NewItem & { status: ModerationStatus }) =>
      one(
        query<ModerationItemRow>(
          db,
          'moderation.insertItem',
          `INSERT INTO moderation_items AS m (territory_id, kind, subject_id, author_id, excerpt, context, status, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${ITEM}`,
          [i.territoryId, i.kind, i.subjectId, i.authorId, i.excerpt, i.context, i.status, i.createdAt],
        ),
      ),

    itemsByIds: (territoryId: string, ids: readonly string[]) =>
      query<ModerationItemRow>(
        db,
        'moderation.itemsByIds',
        `SELECT ${ITEM} FROM moderation_items m WHERE m.territory_id = $1 AND m.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /** Subject ids are UUIDs, unique across kinds. */
    itemsBySubjectIds: (territoryId: string, subjectIds: readonly string[]) =>
      query<ModerationItemRow>(
        db,
        'moderation.itemsBySubjectIds',
        `SELECT ${ITEM} FROM moderation_items m WHERE m.territory_id = $1 AND m.subject_id = ANY($2::uuid[])`,
        [territoryId, subjectIds],
      ),

    /** Items of subjects of several territories at once (a person's data export), each key in its territory. */
    itemsOfSubjects: (subjects: readonly { territoryId: string; subjectId: string }[]) =>
      query<ModerationItemRow>(
        db,
        'moderation.itemsOfSubjects',
        `SELECT ${ITEM} FROM unnest($1::uuid[], $2::uuid[]) AS s(territory_id, subject_id)
         JOIN moderation_items m ON m.territory_id = s.territory_id AND m.subject_id = s.subject_id`,
        [subjects.map((s) => s.territoryId), subjects.map((s) => s.subjectId)],
      ),

    /** The row is locked: decisions and reports on one item run one after the other. */
    lockItem: (territoryId: string, id: string) =>
      one(
        query<ModerationItemRow>(
          db,
          'moderation.lockItem',
          `SELECT ${ITEM} FROM moderation_items m WHERE m.territory_id = $1 AND m.id = $2 FOR UPDATE`,
          [territoryId, id],
        ),
      ),

    /** A decision clears the hiding and starts the count of reports again. */
    decide: (
      territoryId: string,
      id: string,
      d: { status: ModerationStatus; reasonCode: ModerationReason | null; reasonText: string | null },
      by: string,
      at: Date,
    ) =>
      one(
        query<ModerationItemRow>(
          db,
          'moderation.decide',
          `UPDATE moderation_items AS m SET status = $3, reason_code = $4, reason_text = $5, decided_by = $6,
             decided_at = $7, hidden_at = NULL, report_count = 0
           WHERE m.territory_id = $1 AND m.id = $2 RETURNING ${ITEM}`,
          [territoryId, id, d.status, d.reasonCode, d.reasonText, by, at],
        ),
      ),

    /** One report per person and item: false when this person had already reported it. */
    insertReport: async (r: ModerationReportRow) =>
      (
        await query(
          db,
          'moderation.insertReport',
          `INSERT INTO moderation_reports (territory_id, item_id, reporter_id, reason, comment, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING item_id`,
          [r.territoryId, r.itemId, r.reporterId, r.reason, r.comment, r.createdAt],
        )
      ).length === 1,

    /** Counts one more report, and hides the item once the count reaches the threshold. */
    countReport: (territoryId: string, id: string, threshold: number, at: Date) =>
      one(
        query<ModerationItemRow>(
          db,
          'moderation.countReport',
          `UPDATE moderation_items AS m SET report_count = report_count + 1,
             hidden_at = CASE WHEN hidden_at IS NULL AND report_count + 1 >= $3 THEN $4::timestamptz ELSE hidden_at END
           WHERE m.territory_id = $1 AND m.id = $2 RETURNING ${ITEM}`,
          [territoryId, id, threshold, at],
        ),
      ),

    reportsByItemIds: (territoryId: string, itemIds: readonly string[]) =>
      query<ModerationReportRow>(
        db,
        'moderation.reportsByItemIds',
        `SELECT territory_id, item_id, reporter_id, reason, comment, created_at FROM moderation_reports
         WHERE territory_id = $1 AND item_id = ANY($2::uuid[]) ORDER BY created_at`,
        [territoryId, itemIds],
      ),

    queue: (territoryId: string, page: Page, f: QueueFilter) => {
      const { where, params, add } = conditions('m.territory_id = ?', territoryId);
      if (f.kind) add('m.kind = ?', f.kind satisfies ModeratableKind);
      if (f.status) add('m.status = ?', f.status);
      return listPage<ModerationItemRow & { sortKey: string }>(db, page, {
        name: 'moderation.queue',
        select: `${ITEM}, ${QUEUE_SORT} AS sort_key`,
        from: 'moderation_items m',
        where,
        params,
        sortExpr: QUEUE_SORT,
        idExpr: 'm.id',
        direction: 'DESC',
        sortKeyOf: (r: { sortKey: string }) => r.sortKey,
      });
    },
  };
}
export type ModerationStore = ReturnType<typeof createModerationStore>;
