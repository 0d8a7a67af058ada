import { conditions, listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { IdeaChannel, IdeaListFilter, IdeaPublication, IdeaRow, IdeaSort } from './ideas.types.js';

export const IDEA = `i.territory_id, i.id, i.title, i.body, i.quartier_id, i.theme_id, i.photo_id, i.channel, i.author_id,
  i.on_behalf_of, i.council_id, i.publication, i.hidden, i.status, i.answer, i.answered_at, i.first_answered_at,
  i.merged_into_id, i.merged_at, i.event_id, i.support_count, i.comment_count, i.created_at, i.confirmed_at, i.published_at, i.version`;

/** Exactly the predicate of the partial indexes (migration 1795490000000), so public lists use them. */
const PUBLIC = `i.publication = 'PUBLISHED' AND NOT i.hidden AND i.merged_into_id IS NULL`;

/** Sort expression, direction DESC, and how a row gives its cursor key back. */
const SORTS: Record<IdeaSort, { expr: string; keyOf: (r: IdeaRow) => string | number | null; where?: string }> = {
  RECENT: { expr: 'i.created_at', keyOf: (r) => r.createdAt.toISOString() },
  MOST_SUPPORTED: { expr: 'i.support_count', keyOf: (r) => r.supportCount },
  RECENTLY_ANSWERED: {
    expr: 'i.answered_at',
    keyOf: (r) => r.answeredAt?.toISOString() ?? null,
    where: 'i.answered_at IS NOT NULL',
  },
};

/** « Des bancs au parc » matches ideas with « banc » or « parc »: OR between the words, not websearch's AND. */
const ANY_WORD = `to_tsquery('public.fr_unaccent', replace(plainto_tsquery('public.fr_unaccent', $2)::text, ' & ', ' | '))`;

export interface NewIdea {
  territoryId: string;
  title: string;
  body: string;
  quartierId: string | null;
  themeId: string | null;
  photoId: string | null;
  channel: IdeaChannel;
  authorId: string;
  onBehalfOf: string | null;
  councilId: string | null;
  /** The meeting it was recorded at (staff, channel MEETING). */
  eventId?: string | null;
  publication: IdeaPublication;
  confirmTokenHash: string | null;
  createdAt: Date;
}

/** The core of the ideas SQL: ideas themselves, public lists, suggestions, moderation mirrors, RGPD. */
export function createIdeaCoreStore(db: Queryable) {
  return {
    insertIdea: async (n: NewIdea) =>
      (await one(
        query<IdeaRow>(
          db,
          'ideas.insertIdea',
          `INSERT INTO ideas AS i (territory_id, title, body, quartier_id, theme_id, photo_id, channel, author_id,
             on_behalf_of, council_id, publication, confirm_token_hash, created_at, confirmed_at, event_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::timestamptz, CASE WHEN $12::text IS NULL THEN $13::timestamptz END, $14)
           RETURNING ${IDEA}`,
          [
            n.territoryId,
            n.title,
            n.body,
            n.quartierId,
            n.themeId,
            n.photoId,
            n.channel,
            n.authorId,
            n.onBehalfOf,
            n.councilId,
            n.publication,
            n.confirmTokenHash,
            n.createdAt,
            n.eventId ?? null,
          ],
        ),
      ))!,

    ideasByIds: (territoryId: string, ids: readonly string[]) =>
      query<IdeaRow>(
        db,
        'ideas.ideasByIds',
        `SELECT ${IDEA} FROM ideas i WHERE i.territory_id = $1 AND i.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /** The held idea of this link and author: its hash is cleared, so a link confirms once. */
    confirmIdea: (territoryId: string, tokenHash: string, authorId: string, at: Date) =>
      one(
        query<IdeaRow>(
          db,
          'ideas.confirmIdea',
          `UPDATE ideas AS i SET confirm_token_hash = NULL, confirmed_at = $4, publication = 'PENDING'
           WHERE i.territory_id = $1 AND i.confirm_token_hash = $2 AND i.author_id = $3 AND i.publication = 'UNCONFIRMED'
           RETURNING ${IDEA}`,
          [territoryId, tokenHash, authorId, at],
        ),
      ),

    /**
     * The idea's copy of its moderation item; published_at is set the first time it is published.
     * An unchanged state writes nothing (an idea opened pending stays as inserted): whether it changed.
     */
    mirrorIdea: async (territoryId: string, id: string, publication: IdeaPublication, hidden: boolean, at: Date) =>
      (
        await query(
          db,
          'ideas.mirrorIdea',
          `UPDATE ideas SET publication = $3, hidden = $4, version = version + 1,
             published_at = CASE WHEN $3 = 'PUBLISHED' AND published_at IS NULL THEN $5::timestamptz ELSE published_at END
           WHERE territory_id = $1 AND id = $2 AND (publication <> $3 OR hidden <> $4)
           RETURNING id`,
          [territoryId, id, publication, hidden, at],
        )
      ).length > 0,

    /** Public ideas (published, not hidden, not merged), filtered and sorted, by keyset pages. */
    listPublic: (territoryId: string, page: Page, f: IdeaListFilter, sort: IdeaSort) => {
      const { where, params, add } = conditions('i.territory_id = ?', territoryId);
      where.push(PUBLIC);
      const s = SORTS[sort];
      if (s.where) where.push(s.where);
      if (f.status) add('i.status = ?', f.status);
      if (f.quartierId) add('i.quartier_id = ?', f.quartierId);
      if (f.wholeTerritory) where.push('i.quartier_id IS NULL');
      if (f.themeId) add('i.theme_id = ?', f.themeId);
      if (f.search) add(`i.search_vector @@ websearch_to_tsquery('public.fr_unaccent', ?)`, f.search);
      return listPage<IdeaRow>(db, page, {
        name: `ideas.listPublic.${sort}`,
        select: IDEA,
        from: 'ideas i',
        where,
        params,
        sortExpr: s.expr,
        idExpr: 'i.id',
        direction: 'DESC',
        sortKeyOf: s.keyOf,
        planEachTime: Boolean(f.search),
      });
    },

    /**
     * Public, non-merged ideas sharing the typed words (full text, the last word as a prefix since it
     * is being typed; any of the words too when fewer than `limit` ideas hold them all), ranked by trigram similarity of
     * titles and text rank. At most 60 candidates of each kind, read from the GIN index, are ranked: ranking every
     * idea that holds a common word, or rechecking trigrams over them, took 100 ms to seconds on
     * 100 000 ideas.
     */
    similarIdeas: (territoryId: string, title: string, limit: number) =>
      query<IdeaRow>(
        db,
        'ideas.similarIdeas',
        `WITH typed AS (SELECT plainto_tsquery('public.fr_unaccent', $2) AS q),
         every_word AS MATERIALIZED (
           SELECT i.id FROM ideas i, typed
           WHERE numnode(typed.q) > 0 AND i.territory_id = $1 AND ${PUBLIC}
             AND i.search_vector @@ to_tsquery('public.fr_unaccent', typed.q::text || ':*')),
         any_word AS MATERIALIZED (
           SELECT i.id FROM ideas i WHERE i.territory_id = $1 AND ${PUBLIC} AND i.search_vector @@ ${ANY_WORD})
         SELECT ${IDEA} FROM ideas i
         WHERE i.territory_id = $1 AND i.id IN (
           (SELECT id FROM every_word LIMIT 60)
           UNION ALL
           (SELECT id FROM any_word WHERE (SELECT count(*) FROM (SELECT FROM every_word LIMIT $3) f) < $3 LIMIT 60))
         ORDER BY similarity(i.title, $2) + ts_rank(i.search_vector, ${ANY_WORD}) DESC, i.id
         LIMIT $3`,
        [territoryId, title, limit],
      ),

    /** Public ideas recorded at these events (not merged away), oldest first. */
    publicIdeasByEventIds: (territoryId: string, eventIds: readonly string[]) =>
      query<IdeaRow>(
        db,
        'ideas.publicIdeasByEventIds',
        `SELECT ${IDEA} FROM ideas i WHERE i.territory_id = $1 AND i.event_id = ANY($2::uuid[]) AND ${PUBLIC}
         ORDER BY i.created_at, i.id`,
        [territoryId, eventIds],
      ),

    // RGPD: what a person wrote or supported, in every territory; erasure unlinks their supports.
    ideasOfAuthor: (userId: string) =>
      query<IdeaRow>(
        db,
        'ideas.ideasOfAuthor',
        `SELECT ${IDEA} FROM ideas i WHERE i.author_id = $1 ORDER BY i.created_at`,
        [userId],
      ),
    commentsOfAuthor: (userId: string) =>
      query<{ territoryId: string; ideaId: string; id: string; body: string; publication: string; createdAt: Date }>(
        db,
        'ideas.commentsOfAuthor',
        `SELECT territory_id, idea_id, id, body, publication, created_at FROM idea_comments
         WHERE author_id = $1 ORDER BY created_at`,
        [userId],
      ),
    supportsOfUser: (userId: string) =>
      query<{ territoryId: string; ideaId: string; createdAt: Date }>(
        db,
        'ideas.supportsOfUser',
        'SELECT territory_id, idea_id, created_at FROM idea_supports WHERE user_id = $1 ORDER BY created_at',
        [userId],
      ),
    unlinkSupportsOf: (userId: string) =>
      query(db, 'ideas.unlinkSupportsOf', 'UPDATE idea_supports SET user_id = NULL WHERE user_id = $1', [userId]),
  };
}
