import { query, type Queryable } from '../../shared/sql.js';
import type { IdeaStatus } from './ideas.types.js';

/**
 * What the demonstration writes directly, outside any request: answers, a merge, supports and
 * comments already given (in a request those go through the participation and staff services).
 */
export function createDemoIdeasStore(db: Queryable) {
  return {
    hasIdeas: async (territoryId: string) =>
      (await query(db, 'ideas.demoHasIdeas', 'SELECT 1 FROM ideas WHERE territory_id = $1 LIMIT 1', [territoryId]))
        .length > 0,

    answer: (territoryId: string, id: string, status: IdeaStatus, answer: string, actorId: string, at: Date) =>
      query(
        db,
        'ideas.demoAnswer',
        `WITH answered AS (
           UPDATE ideas SET status = $3, answer = $4, answered_at = $6, first_answered_at = $6
           WHERE territory_id = $1 AND id = $2 RETURNING territory_id, id)
         INSERT INTO idea_status_changes (territory_id, idea_id, status, answer, actor_id, at)
         SELECT territory_id, id, $3, $4, $5, $6 FROM answered`,
        [territoryId, id, status, answer, actorId, at],
      ),

    /** Supports move to the idea that stays, except those of people who already support it: each counts once. */
    merge: (territoryId: string, sourceId: string, targetId: string, at: Date) =>
      query(
        db,
        'ideas.demoMerge',
        `WITH merged AS (UPDATE ideas SET merged_into_id = $3, merged_at = $4 WHERE territory_id = $1 AND id = $2)
         UPDATE idea_supports s SET idea_id = $3 WHERE s.territory_id = $1 AND s.idea_id = $2
           AND NOT EXISTS (SELECT 1 FROM idea_supports t WHERE t.territory_id = $1 AND t.idea_id = $3 AND t.user_id = s.user_id)`,
        [territoryId, sourceId, targetId, at],
      ),

    support: (territoryId: string, ideaId: string, userId: string, at: Date) =>
      query(
        db,
        'ideas.demoSupport',
        `INSERT INTO idea_supports (territory_id, idea_id, origin_idea_id, user_id, created_at)
         VALUES ($1, $2, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [territoryId, ideaId, userId, at],
      ),

    comment: async (
      c: { territoryId: string; ideaId: string; parentId: string | null; authorId: string; body: string },
      at: Date,
    ) =>
      (
        await query<{ id: string }>(
          db,
          'ideas.demoComment',
          `INSERT INTO idea_comments (territory_id, idea_id, parent_id, author_id, body, publication, created_at)
           VALUES ($1, $2, $3, $4, $5, 'PENDING', $6) RETURNING id`,
          [c.territoryId, c.ideaId, c.parentId, c.authorId, c.body, at],
        )
      )[0]!.id,

    /** Counts as the services keep them: supports by the idea they count for, published visible comments. */
    recount: (territoryId: string) =>
      query(
        db,
        'ideas.demoRecount',
        `UPDATE ideas i SET
           support_count = (SELECT count(*) FROM idea_supports s WHERE s.territory_id = i.territory_id AND s.idea_id = i.id),
           comment_count = (SELECT count(*) FROM idea_comments c WHERE c.territory_id = i.territory_id
                              AND c.idea_id = i.id AND c.publication = 'PUBLISHED' AND NOT c.hidden)
         WHERE i.territory_id = $1`,
        [territoryId],
      ),
  };
}
