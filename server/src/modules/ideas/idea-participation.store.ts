import { one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { IdeaCommentRow, IdeaRow } from './ideas.types.js';

/** An idea row as IdeaRow reads it (the staff store and the export select the same columns). */
export const IDEA_COLUMNS = `i.territory_id, i.id, i.title, i.body, i.quartier_id, i.theme_id, i.photo_id, i.channel,
  i.author_id, i.on_behalf_of, i.council_id, i.publication, i.hidden, i.status, i.answer, i.answered_at,
  i.first_answered_at, i.merged_into_id, i.merged_at, i.event_id, i.support_count, i.comment_count, i.created_at,
  i.confirmed_at, i.published_at, i.version`;

const COMMENT = `c.territory_id, c.id, c.idea_id, c.parent_id, c.author_id, c.body, c.publication, c.hidden, c.created_at`;

/** Who reads a page of comments: the published ones, plus their own, or all for a moderator. */
export interface CommentReader {
  userId: string | null;
  moderator: boolean;
}

/** Supports and comments; territory_id leads every statement. */
export function createIdeaParticipationStore(db: Queryable) {
  return {
    /** The idea, locked until the transaction ends: supports, answers and merges of one idea queue up. */
    lockIdea: (territoryId: string, id: string) =>
      one(
        query<IdeaRow>(
          db,
          'ideas.lockIdea',
          `SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.territory_id = $1 AND i.id = $2 FOR UPDATE`,
          [territoryId, id],
        ),
      ),

    /** One support per person: the count moves only when a row was inserted, in the same statement. */
    addSupport: (territoryId: string, ideaId: string, userId: string, at: Date) =>
      one(
        query<IdeaRow>(
          db,
          'ideas.addSupport',
          `WITH added AS (
             INSERT INTO idea_supports (territory_id, idea_id, origin_idea_id, user_id, created_at)
             VALUES ($1, $2, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1)
           UPDATE ideas i SET support_count = i.support_count + (SELECT count(*) FROM added)::int
           WHERE i.territory_id = $1 AND i.id = $2 RETURNING ${IDEA_COLUMNS}`,
          [territoryId, ideaId, userId, at],
        ),
      ),

    withdrawSupport: (territoryId: string, ideaId: string, userId: string) =>
      one(
        query<IdeaRow>(
          db,
          'ideas.withdrawSupport',
          `WITH removed AS (
             DELETE FROM idea_supports s WHERE s.territory_id = $1 AND s.idea_id = $2 AND s.user_id = $3 RETURNING 1)
           UPDATE ideas i SET support_count = i.support_count - (SELECT count(*) FROM removed)::int
           WHERE i.territory_id = $1 AND i.id = $2 RETURNING ${IDEA_COLUMNS}`,
          [territoryId, ideaId, userId],
        ),
      ),

    /** Which of these ideas one person supports. */
    supportedAmong: (territoryId: string, userId: string, ideaIds: string[]) =>
      query<{ ideaId: string }>(
        db,
        'ideas.supportedAmong',
        `SELECT s.idea_id FROM idea_supports s
         WHERE s.territory_id = $1 AND s.user_id = $2 AND s.idea_id = ANY($3::uuid[])`,
        [territoryId, userId, ideaIds],
      ),

    /** Held as PENDING until the moderation item is opened and its listener mirrors its state. */
    insertComment: async (
      c: Pick<IdeaCommentRow, 'territoryId' | 'ideaId' | 'parentId' | 'authorId' | 'body' | 'createdAt'>,
    ) =>
      (await one(
        query<{ id: string }>(
          db,
          'ideas.insertComment',
          `INSERT INTO idea_comments (territory_id, idea_id, parent_id, author_id, body, publication, created_at)
           VALUES ($1, $2, $3, $4, $5, 'PENDING', $6) RETURNING id`,
          [c.territoryId, c.ideaId, c.parentId, c.authorId, c.body, c.createdAt],
        ),
      ))!.id,

    commentsByIds: (territoryId: string, ids: string[]) =>
      query<IdeaCommentRow>(
        db,
        'ideas.commentsByIds',
        `SELECT ${COMMENT} FROM idea_comments c WHERE c.territory_id = $1 AND c.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /** Replies of these top-level comments, oldest first: the service keeps those the viewer may see. */
    repliesByParentIds: (territoryId: string, parentIds: string[]) =>
      query<IdeaCommentRow>(
        db,
        'ideas.repliesByParentIds',
        `SELECT ${COMMENT} FROM idea_comments c WHERE c.territory_id = $1 AND c.parent_id = ANY($2::uuid[])
         ORDER BY c.created_at, c.id`,
        [territoryId, parentIds],
      ),

    /**
     * One page of top-level comments for each of these ideas, in one statement (a window per idea):
     * those the reader may see, oldest first, after the cursor; `limit` rows per idea at most.
     */
    topLevelCommentPages: (territoryId: string, ideaIds: string[], page: Page, reader: CommentReader) =>
      query<IdeaCommentRow>(
        db,
        'ideas.topLevelCommentPages',
        `SELECT * FROM (
           SELECT ${COMMENT}, row_number() OVER (PARTITION BY c.idea_id ORDER BY c.created_at, c.id) AS rank
           FROM idea_comments c
           WHERE c.territory_id = $1 AND c.idea_id = ANY($2::uuid[]) AND c.parent_id IS NULL
             AND ((c.publication = 'PUBLISHED' AND NOT c.hidden) OR c.author_id = $3 OR $4)
             AND ($5::timestamptz IS NULL OR (c.created_at, c.id) > ($5, $6::uuid))
         ) ranked WHERE rank <= $7 ORDER BY created_at, id`,
        [
          territoryId,
          ideaIds,
          reader.userId,
          reader.moderator,
          page.after?.[0] ?? null,
          page.after?.[1] ?? null,
          page.limit,
        ],
      ),

    /** How many top-level comments of these ideas the reader may see. */
    topLevelCommentCounts: (territoryId: string, ideaIds: string[], reader: CommentReader) =>
      query<{ territoryId: string; ideaId: string; count: number }>(
        db,
        'ideas.topLevelCommentCounts',
        `SELECT c.territory_id, c.idea_id, count(*)::int AS count FROM idea_comments c
         WHERE c.territory_id = $1 AND c.idea_id = ANY($2::uuid[]) AND c.parent_id IS NULL
           AND ((c.publication = 'PUBLISHED' AND NOT c.hidden) OR c.author_id = $3 OR $4)
         GROUP BY c.territory_id, c.idea_id`,
        [territoryId, ideaIds, reader.userId, reader.moderator],
      ),

    /**
     * Mirrors a comment's moderation state and recounts its idea's published comments (replies
     * included), in one statement: comment_count always equals what the public sees.
     */
    mirrorComment: (
      territoryId: string,
      commentId: string,
      publication: IdeaCommentRow['publication'],
      hidden: boolean,
    ) =>
      query(
        db,
        'ideas.mirrorComment',
        `WITH mirrored AS (
           UPDATE idea_comments c SET publication = $3, hidden = $4
           WHERE c.territory_id = $1 AND c.id = $2 RETURNING c.idea_id, c.id, c.publication, c.hidden)
         UPDATE ideas i SET comment_count = (
             SELECT count(*) FROM idea_comments c
             WHERE c.territory_id = $1 AND c.idea_id = i.id AND c.id <> m.id AND c.publication = 'PUBLISHED' AND NOT c.hidden
           )::int + CASE WHEN m.publication = 'PUBLISHED' AND NOT m.hidden THEN 1 ELSE 0 END
         FROM mirrored m WHERE i.territory_id = $1 AND i.id = m.idea_id`,
        [territoryId, commentId, publication, hidden],
      ),
  };
}
