import { one, query, type Queryable } from '../../shared/sql.js';
import type { BodyKind, OpinionContent, OpinionRow, RemarkRow, RevisionRow } from './consultation.types.js';

const OPINION = `o.id, o.territory_id, o.report_id, o.body_id, o.position, o.text,
  to_char(o.deliberation_on, 'YYYY-MM-DD') AS deliberation_on, o.tacit, o.late, o.revision, o.submitted_by, o.submitted_at`;
const REMARK = `m.id, m.territory_id, m.opinion_id, m.section_id, m.position, m.text, m.response, m.responded_by,
  m.responded_at`;

/** Avis: their revisions, remarks and shared drafts, the annex rows and the tacit avis; territory_id first. */
export function createOpinionsStore(db: Queryable) {
  return {
    opinionsByBodyIds: (territoryId: string, ids: string[]) =>
      query<OpinionRow>(
        db,
        'consultation.opinionsByBodyIds',
        `SELECT ${OPINION} FROM opinions o WHERE o.territory_id = $1 AND o.body_id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    opinionsByIds: (territoryId: string, ids: string[]) =>
      query<OpinionRow>(
        db,
        'consultation.opinionsByIds',
        `SELECT ${OPINION} FROM opinions o WHERE o.territory_id = $1 AND o.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /**
     * One avis per body whatever the concurrency: the unique body_id makes a second submission an
     * amendment (revision + 1) of the first, under its row lock.
     */
    upsertOpinion: (o: {
      territoryId: string;
      reportId: string;
      bodyId: string;
      content: Omit<OpinionContent, 'remarks'>;
      late: boolean;
      submittedBy: string;
      at: Date;
    }) =>
      one(
        query<OpinionRow>(
          db,
          'consultation.upsertOpinion',
          `INSERT INTO opinions AS o (territory_id, report_id, body_id, position, text, deliberation_on, tacit, late, revision,
             submitted_by, submitted_at)
           VALUES ($1, $2, $3, $4, $5, $6, false, $7, 1, $8, $9)
           ON CONFLICT (body_id) DO UPDATE SET position = EXCLUDED.position, text = EXCLUDED.text,
             deliberation_on = EXCLUDED.deliberation_on, tacit = false, late = EXCLUDED.late, revision = o.revision + 1,
             submitted_by = EXCLUDED.submitted_by, submitted_at = EXCLUDED.submitted_at
           RETURNING ${OPINION}`,
          [
            o.territoryId,
            o.reportId,
            o.bodyId,
            o.content.position,
            o.content.text,
            o.content.deliberationOn,
            o.late,
            o.submittedBy,
            o.at,
          ],
        ),
      ),

    insertRevision: (r: Omit<RevisionRow, 'id'>) =>
      query(
        db,
        'consultation.insertRevision',
        `INSERT INTO opinion_revisions (territory_id, opinion_id, revision, content, submitted_by, at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [r.territoryId, r.opinionId, r.revision, JSON.stringify(r.content), r.submittedBy, r.at],
      ),

    revisionsByOpinionIds: (territoryId: string, ids: string[]) =>
      query<RevisionRow>(
        db,
        'consultation.revisionsByOpinionIds',
        `SELECT id, territory_id, opinion_id, revision, content, submitted_by, at FROM opinion_revisions
         WHERE territory_id = $1 AND opinion_id = ANY($2::uuid[]) ORDER BY revision`,
        [territoryId, ids],
      ),

    replaceRemarks: async (territoryId: string, opinionId: string, remarks: OpinionContent['remarks']) => {
      await query(
        db,
        'consultation.deleteRemarks',
        'DELETE FROM opinion_remarks WHERE territory_id = $1 AND opinion_id = $2',
        [territoryId, opinionId],
      );
      await query(
        db,
        'consultation.insertRemarks',
        `INSERT INTO opinion_remarks (territory_id, opinion_id, section_id, position, text)
         SELECT $1, $2, x.section_id, x.position, x.text FROM jsonb_to_recordset($3::jsonb) AS x(section_id uuid, position int, text text)`,
        [
          territoryId,
          opinionId,
          JSON.stringify(remarks.map((r, i) => ({ section_id: r.sectionId, position: i + 1, text: r.text }))),
        ],
      );
    },

    remarksByOpinionIds: (territoryId: string, ids: string[]) =>
      query<RemarkRow>(
        db,
        'consultation.remarksByOpinionIds',
        `SELECT ${REMARK} FROM opinion_remarks m WHERE m.territory_id = $1 AND m.opinion_id = ANY($2::uuid[]) ORDER BY m.position`,
        [territoryId, ids],
      ),

    remarkById: (territoryId: string, id: string) =>
      one(
        query<RemarkRow>(
          db,
          'consultation.remarkById',
          `SELECT ${REMARK} FROM opinion_remarks m WHERE m.territory_id = $1 AND m.id = $2`,
          [territoryId, id],
        ),
      ),

    answerRemark: (territoryId: string, id: string, response: string, by: string, at: Date) =>
      one(
        query<RemarkRow>(
          db,
          'consultation.answerRemark',
          `UPDATE opinion_remarks AS m SET response = $3, responded_by = $4, responded_at = $5
           WHERE m.territory_id = $1 AND m.id = $2 RETURNING ${REMARK}`,
          [territoryId, id, response, by, at],
        ),
      ),

    unansweredRemarks: async (territoryId: string, reportId: string) =>
      (
        await query<{ n: number }>(
          db,
          'consultation.unansweredRemarks',
          `SELECT count(*)::int AS n FROM opinion_remarks m JOIN opinions o ON o.territory_id = m.territory_id AND o.id = m.opinion_id
           WHERE m.territory_id = $1 AND o.report_id = $2 AND m.response IS NULL`,
          [territoryId, reportId],
        )
      )[0]!.n,

    draftByBodyId: (territoryId: string, bodyId: string) =>
      one(
        query<{ content: Record<string, unknown>; updatedBy: string; updatedAt: Date }>(
          db,
          'consultation.draftByBodyId',
          'SELECT content, updated_by, updated_at FROM opinion_drafts WHERE territory_id = $1 AND body_id = $2',
          [territoryId, bodyId],
        ),
      ),

    saveDraft: (territoryId: string, bodyId: string, content: object, by: string, at: Date) =>
      query(
        db,
        'consultation.saveDraft',
        `INSERT INTO opinion_drafts (territory_id, body_id, content, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (body_id) DO UPDATE SET content = EXCLUDED.content, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [territoryId, bodyId, JSON.stringify(content), by, at],
      ),

    /** Every consulted body with its avis and its remarks (with their section and suite donnée), for the annex. */
    annexRows: (territoryId: string, reportId: string) =>
      query<{
        body: string;
        kind: BodyKind;
        position: string | null;
        text: string | null;
        deliberationOn: string | null;
        tacit: boolean | null;
        late: boolean | null;
        submittedAt: Date | null;
        remarks: { section: string; text: string; response: string | null }[];
      }>(
        db,
        'consultation.annexRows',
        `SELECT b.name AS body, b.kind, o.position, o.text, to_char(o.deliberation_on, 'YYYY-MM-DD') AS deliberation_on,
                o.tacit, o.late, o.submitted_at,
                (SELECT coalesce(json_agg(json_build_object('section', s.title, 'text', m.text, 'response', m.response)
                   ORDER BY s.position, m.position), '[]')
                 FROM opinion_remarks m JOIN report_sections s ON s.territory_id = m.territory_id AND s.id = m.section_id
                 WHERE m.territory_id = b.territory_id AND m.opinion_id = o.id) AS remarks
         FROM consulted_bodies b LEFT JOIN opinions o ON o.territory_id = b.territory_id AND o.body_id = b.id
         WHERE b.territory_id = $1 AND b.report_id = $2 ORDER BY b.kind, b.name`,
        [territoryId, reportId],
      ),

    /** Tacit avis for every transmitted body of the report still silent; a body that has one is skipped. */
    insertTacitOpinions: (territoryId: string, reportId: string, at: Date) =>
      query<{ id: string }>(
        db,
        'consultation.insertTacitOpinions',
        `INSERT INTO opinions (territory_id, report_id, body_id, position, text, tacit, late, revision, submitted_at)
         SELECT b.territory_id, b.report_id, b.id, 'DEEMED_FAVOURABLE', '', true, false, 1, $3
         FROM consulted_bodies b WHERE b.territory_id = $1 AND b.report_id = $2 AND b.transmitted_on IS NOT NULL
         ON CONFLICT (body_id) DO NOTHING RETURNING id`,
        [territoryId, reportId, at],
      ),
  };
}
