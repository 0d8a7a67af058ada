import { one, query, type Queryable } from '../../shared/sql.js';
import type { StoredContribution } from './consultation.types.js';

const CONTRIBUTION = 'c.id, c.territory_id, c.report_id, c.section_id, c.author_id, c.text, c.created_at';

/** Contributions alone (their moderation state is the moderation module's); territory_id first. */
export function createContributionsStore(db: Queryable) {
  return {
    /** The contribution alone: its moderation item is opened next, in the same transaction. */
    insertContribution: async (c: Omit<StoredContribution, 'id'>) =>
      (await one(
        query<{ id: string }>(
          db,
          'consultation.insertContribution',
          `INSERT INTO contributions (territory_id, report_id, section_id, author_id, text, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [c.territoryId, c.reportId, c.sectionId, c.authorId, c.text, c.createdAt],
        ),
      ))!.id,

    /** A report's contributions, all of them: the service keeps those the viewer may see. */
    contributionsOfReport: (territoryId: string, reportId: string) =>
      query<StoredContribution>(
        db,
        'consultation.contributionsOfReport',
        `SELECT ${CONTRIBUTION} FROM contributions c WHERE c.territory_id = $1 AND c.report_id = $2
         ORDER BY c.created_at, c.id`,
        [territoryId, reportId],
      ),

    contributionById: (territoryId: string, id: string) =>
      one(
        query<StoredContribution>(
          db,
          'consultation.contributionById',
          `SELECT ${CONTRIBUTION} FROM contributions c WHERE c.territory_id = $1 AND c.id = $2`,
          [territoryId, id],
        ),
      ),

    contributionsOfAuthor: (authorId: string) =>
      query<StoredContribution>(
        db,
        'consultation.contributionsOfAuthor',
        `SELECT ${CONTRIBUTION} FROM contributions c WHERE c.author_id = $1 ORDER BY c.created_at`,
        [authorId],
      ),

    /** A report's contributions with their section's title, in the annex's order; the annex keeps the public ones. */
    contributionsForAnnex: (territoryId: string, reportId: string) =>
      query<StoredContribution & { section: string }>(
        db,
        'consultation.contributionsForAnnex',
        `SELECT ${CONTRIBUTION}, s.title AS section
         FROM contributions c JOIN report_sections s ON s.territory_id = c.territory_id AND s.id = c.section_id
         WHERE c.territory_id = $1 AND c.report_id = $2 ORDER BY s.position, c.created_at`,
        [territoryId, reportId],
      ),
  };
}
