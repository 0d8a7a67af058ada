import { conditions, listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import { IDEA_COLUMNS } from './idea-participation.store.js';
import type { IdeaActionLinkRow, IdeaQueueFilter, IdeaRow, IdeaStatus, IdeaStatusChangeRow } from './ideas.types.js';

/** Ideas staff count and export: every confirmed idea but those merged into another. */
const COUNTED = `i.territory_id = $1 AND i.merged_into_id IS NULL AND i.publication <> 'UNCONFIRMED'`;

/** Staff's part of the ideas SQL: answers, links to actions, merges, the queue, figures, exports. */
export function createIdeaStaffStore(db: Queryable) {
  return {
    /** first_answered_at is set once, by the first answer: the median time to an answer reads it. */
    saveAnswer: (territoryId: string, id: string, status: IdeaStatus, answer: string | null, at: Date) =>
      one(
        query<IdeaRow>(
          db,
          'ideas.saveAnswer',
          `UPDATE ideas i SET status = $3, answer = $4, answered_at = $5,
             first_answered_at = COALESCE(i.first_answered_at, $5), version = i.version + 1
           WHERE i.territory_id = $1 AND i.id = $2 RETURNING ${IDEA_COLUMNS}`,
          [territoryId, id, status, answer, at],
        ),
      ),

    insertStatusChange: (c: Omit<IdeaStatusChangeRow, 'id'>) =>
      query(
        db,
        'ideas.insertStatusChange',
        `INSERT INTO idea_status_changes (territory_id, idea_id, status, answer, actor_id, at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [c.territoryId, c.ideaId, c.status, c.answer, c.actorId, c.at],
      ),

    historyByIdeaIds: (territoryId: string, ideaIds: string[]) =>
      query<IdeaStatusChangeRow>(
        db,
        'ideas.historyByIdeaIds',
        `SELECT h.territory_id, h.id, h.idea_id, h.status, h.answer, h.actor_id, h.at FROM idea_status_changes h
         WHERE h.territory_id = $1 AND h.idea_id = ANY($2::uuid[]) ORDER BY h.at, h.id`,
        [territoryId, ideaIds],
      ),

    /** The people to tell of a new status (erased supporters have no account left). */
    supporterIds: async (territoryId: string, ideaId: string) =>
      (
        await query<{ userId: string }>(
          db,
          'ideas.supporterIds',
          `SELECT s.user_id FROM idea_supports s
           WHERE s.territory_id = $1 AND s.idea_id = $2 AND s.user_id IS NOT NULL`,
          [territoryId, ideaId],
        )
      ).map((r) => r.userId),

    /** True when the link is new. */
    linkAction: async (l: IdeaActionLinkRow) =>
      (
        await query(
          db,
          'ideas.linkAction',
          `INSERT INTO idea_actions (territory_id, idea_id, action_id, linked_by, linked_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING action_id`,
          [l.territoryId, l.ideaId, l.actionId, l.linkedBy, l.linkedAt],
        )
      ).length > 0,

    /** True when there was a link. */
    unlinkAction: async (territoryId: string, ideaId: string, actionId: string) =>
      (
        await query(
          db,
          'ideas.unlinkAction',
          `DELETE FROM idea_actions a WHERE a.territory_id = $1 AND a.idea_id = $2 AND a.action_id = $3
           RETURNING a.action_id`,
          [territoryId, ideaId, actionId],
        )
      ).length > 0,

    actionLinksByIdeaIds: (territoryId: string, ideaIds: string[]) =>
      query<IdeaActionLinkRow>(
        db,
        'ideas.actionLinksByIdeaIds',
        `SELECT a.territory_id, a.idea_id, a.action_id, a.linked_by, a.linked_at FROM idea_actions a
         WHERE a.territory_id = $1 AND a.idea_id = ANY($2::uuid[]) ORDER BY a.linked_at, a.action_id`,
        [territoryId, ideaIds],
      ),

    /** Public ideas (published, not hidden) carried out by these actions, most supported first. */
    publicIdeasByActionIds: (territoryId: string, actionIds: string[]) =>
      query<IdeaRow & { actionId: string }>(
        db,
        'ideas.publicIdeasByActionIds',
        `SELECT ${IDEA_COLUMNS}, a.action_id FROM idea_actions a
         JOIN ideas i ON i.territory_id = a.territory_id AND i.id = a.idea_id
         WHERE a.territory_id = $1 AND a.action_id = ANY($2::uuid[]) AND i.publication = 'PUBLISHED' AND NOT i.hidden
         ORDER BY i.support_count DESC, i.id`,
        [territoryId, actionIds],
      ),

    mergedIntoIds: (territoryId: string, targetIds: string[]) =>
      query<IdeaRow>(
        db,
        'ideas.mergedIntoIds',
        `SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.territory_id = $1 AND i.merged_into_id = ANY($2::uuid[])
         ORDER BY i.merged_at, i.id`,
        [territoryId, targetIds],
      ),

    /** The ideas of a merge, locked in id order (two merges never wait on each other crosswise). */
    lockIdeas: (territoryId: string, ids: string[]) =>
      query<IdeaRow & { mergedCount: number }>(
        db,
        'ideas.lockIdeas',
        `SELECT ${IDEA_COLUMNS},
           (SELECT count(*) FROM ideas m WHERE m.territory_id = $1 AND m.merged_into_id = i.id)::int AS merged_count
         FROM ideas i WHERE i.territory_id = $1 AND i.id = ANY($2::uuid[]) ORDER BY i.id FOR UPDATE`,
        [territoryId, ids],
      ),

    /**
     * The sources' supports join the target: each person keeps one support there (the earliest
     * given, its origin_idea_id saying where); one they already have on the target, or a second
     * one on another source, is dropped, as it counted the same person twice. Erased people's
     * supports (no person left to double) all move.
     */
    moveSupports: async (territoryId: string, targetId: string, sourceIds: string[]) =>
      (await one(
        query<{ moved: number; dropped: number }>(
          db,
          'ideas.moveSupports',
          `WITH ranked AS (
             SELECT s.id, s.user_id,
               row_number() OVER (PARTITION BY s.user_id ORDER BY s.created_at, s.id) AS rank,
               EXISTS (SELECT 1 FROM idea_supports t
                       WHERE t.territory_id = $1 AND t.idea_id = $2 AND t.user_id = s.user_id) AS on_target
             FROM idea_supports s WHERE s.territory_id = $1 AND s.idea_id = ANY($3::uuid[])
           ), moved AS (
             UPDATE idea_supports s SET idea_id = $2 FROM ranked r
             WHERE s.territory_id = $1 AND s.id = r.id AND (r.user_id IS NULL OR (r.rank = 1 AND NOT r.on_target))
             RETURNING s.id
           ), dropped AS (
             DELETE FROM idea_supports s USING ranked r
             WHERE s.territory_id = $1 AND s.id = r.id AND r.user_id IS NOT NULL AND (r.rank > 1 OR r.on_target)
             RETURNING s.id
           )
           SELECT (SELECT count(*) FROM moved)::int AS moved, (SELECT count(*) FROM dropped)::int AS dropped`,
          [territoryId, targetId, sourceIds],
        ),
      ))!,

    markMerged: (territoryId: string, targetId: string, sourceIds: string[], at: Date) =>
      query(
        db,
        'ideas.markMerged',
        `UPDATE ideas i SET merged_into_id = $2, merged_at = $4, support_count = 0, version = i.version + 1
         WHERE i.territory_id = $1 AND i.id = ANY($3::uuid[])`,
        [territoryId, targetId, sourceIds, at],
      ),

    /** Run after the supports moved (a later statement sees them): the count is that of the rows. */
    recountSupports: (territoryId: string, id: string) =>
      one(
        query<IdeaRow>(
          db,
          'ideas.recountSupports',
          `UPDATE ideas i SET support_count = (
             SELECT count(*) FROM idea_supports s WHERE s.territory_id = $1 AND s.idea_id = $2)::int
           WHERE i.territory_id = $1 AND i.id = $2 RETURNING ${IDEA_COLUMNS}`,
          [territoryId, id],
        ),
      ),

    /** Staff's queue: every idea but the merged ones, newest first. */
    queue: (territoryId: string, page: Page, filter: IdeaQueueFilter) => {
      const c = conditions('i.territory_id = ?', territoryId);
      c.add('i.merged_into_id IS NULL');
      if (filter.status) c.add('i.status = ?', filter.status);
      if (filter.publication) c.add('i.publication = ?', filter.publication);
      if (filter.quartierId) c.add('i.quartier_id = ?::uuid', filter.quartierId);
      return listPage<IdeaRow>(db, page, {
        name: 'ideas.queue',
        select: IDEA_COLUMNS,
        from: 'ideas i',
        where: c.where,
        params: c.params,
        sortExpr: 'i.created_at',
        idExpr: 'i.id',
        direction: 'DESC',
        sortKeyOf: (r: IdeaRow) => r.createdAt.toISOString(),
      });
    },

    figureTotals: async (territoryId: string) =>
      (await one(
        query<{ total: number; answeredCount: number; medianDaysToFirstAnswer: number | null }>(
          db,
          'ideas.figureTotals',
          `SELECT count(*)::int AS total, count(i.first_answered_at)::int AS answered_count,
             percentile_cont(0.5) WITHIN GROUP (
               ORDER BY extract(epoch FROM i.first_answered_at - i.published_at) / 86400
             ) FILTER (WHERE i.first_answered_at IS NOT NULL AND i.published_at IS NOT NULL) AS median_days_to_first_answer
           FROM ideas i WHERE ${COUNTED}`,
          [territoryId],
        ),
      ))!,

    /** Counts by status, by quartier and by theme in one pass; `dimension` says which grouping a row is. */
    figureGroups: (territoryId: string) =>
      query<{ dimension: 'status' | 'quartier' | 'theme'; key: string | null; count: number }>(
        db,
        'ideas.figureGroups',
        `SELECT CASE WHEN GROUPING(i.status) = 0 THEN 'status' WHEN GROUPING(i.quartier_id) = 0 THEN 'quartier'
                     ELSE 'theme' END AS dimension,
           COALESCE(i.status, i.quartier_id::text, i.theme_id::text) AS key, count(*)::int AS count
         FROM ideas i WHERE ${COUNTED}
         GROUP BY GROUPING SETS ((i.status), (i.quartier_id), (i.theme_id)) ORDER BY count DESC, key`,
        [territoryId],
      ),

    /** Ideas submitted each month (Paris time), by the status they have now. */
    figureMonths: (territoryId: string) =>
      query<{
        month: string;
        submitted: number;
        answered: number;
        retained: number;
        notRetained: number;
        carriedOut: number;
      }>(
        db,
        'ideas.figureMonths',
        `SELECT to_char(i.created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, count(*)::int AS submitted,
           count(i.first_answered_at)::int AS answered,
           count(*) FILTER (WHERE i.status = 'RETAINED')::int AS retained,
           count(*) FILTER (WHERE i.status = 'NOT_RETAINED')::int AS not_retained,
           count(*) FILTER (WHERE i.status = 'CARRIED_OUT')::int AS carried_out
         FROM ideas i WHERE ${COUNTED} GROUP BY 1 ORDER BY 1`,
        [territoryId],
      ),

    /** The export's rows: the ideas of the queue, oldest first, with the ids of their actions. */
    exportRows: (territoryId: string) =>
      query<IdeaRow & { actionIds: string[] }>(
        db,
        'ideas.exportRows',
        `SELECT ${IDEA_COLUMNS},
           COALESCE((SELECT array_agg(a.action_id ORDER BY a.linked_at) FROM idea_actions a
                     WHERE a.territory_id = i.territory_id AND a.idea_id = i.id), '{}') AS action_ids
         FROM ideas i WHERE i.territory_id = $1 AND i.merged_into_id IS NULL ORDER BY i.created_at, i.id`,
        [territoryId],
      ),
  };
}
export type IdeaStaffStore = ReturnType<typeof createIdeaStaffStore>;
