import { listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type {
  BodyKind,
  BodyRow,
  OpinionContent,
  OpinionRow,
  RemarkRow,
  ReportRow,
  ReportStatus,
  RevisionRow,
  SectionRow,
  StoredContribution,
  TransitionRow,
  VersionRow,
} from './consultation.types.js';

const REPORT = `r.id, r.territory_id, r.reference_year, r.title, r.status, r.easy_read_summary,
  to_char(r.adopted_on, 'YYYY-MM-DD') AS adopted_on, to_char(r.transmitted_on, 'YYYY-MM-DD') AS transmitted_on,
  to_char(r.deadline, 'YYYY-MM-DD') AS deadline, to_char(r.approved_on, 'YYYY-MM-DD') AS approved_on,
  r.published_at, r.created_at`;
const SECTION = 's.id, s.territory_id, s.report_id, s.position, s.kind, s.title, s.body';
const BODY = `b.id, b.territory_id, b.report_id, b.kind, b.citizen_council_id, b.commune_id, b.name, b.reminded_at,
  b.recipient_email, to_char(b.posted_on, 'YYYY-MM-DD') AS posted_on, to_char(b.transmitted_on, 'YYYY-MM-DD') AS transmitted_on,
  b.transmission_channel`;
const OPINION = `o.id, o.territory_id, o.report_id, o.body_id, o.position, o.text,
  to_char(o.deliberation_on, 'YYYY-MM-DD') AS deliberation_on, o.tacit, o.late, o.revision, o.submitted_by, o.submitted_at`;
const CONTRIBUTION = 'c.id, c.territory_id, c.report_id, c.section_id, c.author_id, c.text, c.created_at';
const REMARK = `m.id, m.territory_id, m.opinion_id, m.section_id, m.position, m.text, m.response, m.responded_by,
  m.responded_at`;

/** All SQL of the consultation module; every statement filters on territory_id first. */
export function createConsultationStore(db: Queryable) {
  return {
    reportsByIds: (territoryId: string, ids: string[]) =>
      query<ReportRow>(
        db,
        'consultation.reportsByIds',
        `SELECT ${REPORT} FROM reports r WHERE r.territory_id = $1 AND r.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    reportByYear: (territoryId: string, year: number) =>
      one(
        query<ReportRow>(
          db,
          'consultation.reportByYear',
          `SELECT ${REPORT} FROM reports r WHERE r.territory_id = $1 AND r.reference_year = $2`,
          [territoryId, year],
        ),
      ),

    listReports: (territoryId: string, page: Page, publishedOnly: boolean) =>
      listPage<ReportRow>(db, page, {
        name: 'consultation.listReports',
        select: REPORT,
        from: 'reports r',
        where: publishedOnly ? ['r.territory_id = $1', `r.status <> 'DRAFT'`] : ['r.territory_id = $1'],
        params: [territoryId],
        sortExpr: 'r.reference_year',
        idExpr: 'r.id',
        direction: 'DESC',
        sortKeyOf: (r: ReportRow) => r.referenceYear,
      }),

    insertReport: (r: { territoryId: string; referenceYear: number; title: string; at: Date }) =>
      one(
        query<ReportRow>(
          db,
          'consultation.insertReport',
          `INSERT INTO reports AS r (territory_id, reference_year, title, created_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (territory_id, reference_year) DO NOTHING RETURNING ${REPORT}`,
          [r.territoryId, r.referenceYear, r.title, r.at],
        ),
      ),

    updateReportTerms: (
      territoryId: string,
      id: string,
      t: Pick<ReportRow, 'title' | 'easyReadSummary' | 'adoptedOn' | 'transmittedOn' | 'deadline'>,
    ) =>
      one(
        query<ReportRow>(
          db,
          'consultation.updateReportTerms',
          `UPDATE reports AS r SET title = $3, easy_read_summary = $4, adopted_on = $5, transmitted_on = $6, deadline = $7
           WHERE r.territory_id = $1 AND r.id = $2 RETURNING ${REPORT}`,
          [territoryId, id, t.title, t.easyReadSummary, t.adoptedOn, t.transmittedOn, t.deadline],
        ),
      ),

    /**
     * The report, its row locked until the end of the transaction: concurrent transitions of one
     * report run one after the other, each seeing the state the previous one left.
     */
    lockReport: (territoryId: string, id: string) =>
      one(
        query<ReportRow>(
          db,
          'consultation.lockReport',
          `SELECT ${REPORT} FROM reports r WHERE r.territory_id = $1 AND r.id = $2 FOR UPDATE`,
          [territoryId, id],
        ),
      ),

    /** Moves a report only from the state the caller saw: two concurrent moves cannot both succeed. */
    moveReport: (
      territoryId: string,
      id: string,
      from: ReportStatus,
      to: ReportStatus,
      set: { approvedOn?: string; publishedAt?: Date } = {},
    ) =>
      one(
        query<ReportRow>(
          db,
          'consultation.moveReport',
          `UPDATE reports AS r SET status = $4, approved_on = coalesce($5::date, r.approved_on),
             published_at = coalesce($6::timestamptz, r.published_at)
           WHERE r.territory_id = $1 AND r.id = $2 AND r.status = $3 RETURNING ${REPORT}`,
          [territoryId, id, from, to, set.approvedOn ?? null, set.publishedAt ?? null],
        ),
      ),

    insertTransition: (t: Omit<TransitionRow, 'id'>) =>
      query(
        db,
        'consultation.insertTransition',
        `INSERT INTO report_transitions (territory_id, report_id, from_status, to_status, at, by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [t.territoryId, t.reportId, t.fromStatus, t.toStatus, t.at, t.by],
      ),

    transitionsByReport: (territoryId: string, reportId: string) =>
      query<TransitionRow>(
        db,
        'consultation.transitionsByReport',
        `SELECT id, territory_id, report_id, from_status, to_status, at, by FROM report_transitions
         WHERE territory_id = $1 AND report_id = $2 ORDER BY at, id`,
        [territoryId, reportId],
      ),

    sectionsByReportIds: (territoryId: string, ids: string[]) =>
      query<SectionRow>(
        db,
        'consultation.sectionsByReportIds',
        `SELECT ${SECTION} FROM report_sections s WHERE s.territory_id = $1 AND s.report_id = ANY($2::uuid[]) ORDER BY s.position`,
        [territoryId, ids],
      ),

    insertSections: (
      territoryId: string,
      reportId: string,
      sections: { kind: string; title: string; body: string }[],
    ) =>
      query(
        db,
        'consultation.insertSections',
        `INSERT INTO report_sections (territory_id, report_id, position, kind, title, body)
         SELECT $1, $2, x.position, x.kind, x.title, x.body
         FROM jsonb_to_recordset($3::jsonb) AS x(position int, kind text, title text, body text)`,
        [territoryId, reportId, JSON.stringify(sections.map((s, i) => ({ ...s, position: i + 1 })))],
      ),

    updateSection: (territoryId: string, id: string, title: string, body: string) =>
      one(
        query<SectionRow>(
          db,
          'consultation.updateSection',
          `UPDATE report_sections AS s SET title = $3, body = $4 WHERE s.territory_id = $1 AND s.id = $2 RETURNING ${SECTION}`,
          [territoryId, id, title, body],
        ),
      ),

    insertVersion: (v: Omit<VersionRow, 'id' | 'number'>) =>
      one(
        query<VersionRow>(
          db,
          'consultation.insertVersion',
          `INSERT INTO report_versions (territory_id, report_id, number, label, sections, created_at, created_by)
           SELECT $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5, $6 FROM report_versions
           WHERE territory_id = $1 AND report_id = $2
           RETURNING id, territory_id, report_id, number, label, sections, created_at, created_by`,
          [v.territoryId, v.reportId, v.label, JSON.stringify(v.sections), v.createdAt, v.createdBy],
        ),
      ),

    versionsByReport: (territoryId: string, reportId: string) =>
      query<VersionRow>(
        db,
        'consultation.versionsByReport',
        `SELECT id, territory_id, report_id, number, label, sections, created_at, created_by FROM report_versions
         WHERE territory_id = $1 AND report_id = $2 ORDER BY number`,
        [territoryId, reportId],
      ),

    insertBodies: (
      territoryId: string,
      reportId: string,
      bodies: Pick<BodyRow, 'kind' | 'citizenCouncilId' | 'communeId' | 'name'>[],
    ) =>
      query(
        db,
        'consultation.insertBodies',
        `INSERT INTO consulted_bodies (territory_id, report_id, kind, citizen_council_id, commune_id, name)
         SELECT $1, $2, x.kind, x.citizen_council_id, x.commune_id, x.name
         FROM jsonb_to_recordset($3::jsonb) AS x(kind text, citizen_council_id uuid, commune_id uuid, name text)
         ON CONFLICT DO NOTHING`,
        [
          territoryId,
          reportId,
          JSON.stringify(
            bodies.map((b) => ({
              kind: b.kind,
              citizen_council_id: b.citizenCouncilId,
              commune_id: b.communeId,
              name: b.name,
            })),
          ),
        ],
      ),

    deleteBody: (territoryId: string, id: string) =>
      query(db, 'consultation.deleteBody', 'DELETE FROM consulted_bodies WHERE territory_id = $1 AND id = $2', [
        territoryId,
        id,
      ]),

    bodiesByReportIds: (territoryId: string, ids: string[]) =>
      query<BodyRow>(
        db,
        'consultation.bodiesByReportIds',
        `SELECT ${BODY} FROM consulted_bodies b WHERE b.territory_id = $1 AND b.report_id = ANY($2::uuid[]) ORDER BY b.kind, b.name`,
        [territoryId, ids],
      ),

    bodiesByIds: (territoryId: string, ids: string[]) =>
      query<BodyRow>(
        db,
        'consultation.bodiesByIds',
        `SELECT ${BODY} FROM consulted_bodies b WHERE b.territory_id = $1 AND b.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    markReminded: (territoryId: string, ids: string[], at: Date) =>
      query(
        db,
        'consultation.markReminded',
        'UPDATE consulted_bodies SET reminded_at = $3 WHERE territory_id = $1 AND id = ANY($2::uuid[])',
        [territoryId, ids, at],
      ),

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

    /** One deliberation per body: a new upload replaces the previous one. */
    saveDeliberation: (d: {
      territoryId: string;
      bodyId: string;
      filename: string;
      content: Buffer;
      uploadedBy: string;
      at: Date;
    }) =>
      query(
        db,
        'consultation.saveDeliberation',
        `INSERT INTO deliberation_files (territory_id, body_id, filename, content, size, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (body_id) DO UPDATE SET filename = EXCLUDED.filename, content = EXCLUDED.content, size = EXCLUDED.size,
           uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at`,
        [d.territoryId, d.bodyId, d.filename, d.content, d.content.length, d.uploadedBy, d.at],
      ),

    deliberationsByBodyIds: (territoryId: string, ids: string[]) =>
      query<{ bodyId: string; territoryId: string; filename: string; size: number; uploadedAt: Date }>(
        db,
        'consultation.deliberationsByBodyIds',
        `SELECT body_id, territory_id, filename, size, uploaded_at FROM deliberation_files
         WHERE territory_id = $1 AND body_id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    deliberationContent: (territoryId: string, bodyId: string) =>
      one(
        query<{ filename: string; content: Buffer }>(
          db,
          'consultation.deliberationContent',
          'SELECT filename, content FROM deliberation_files WHERE territory_id = $1 AND body_id = $2',
          [territoryId, bodyId],
        ),
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

    /**
     * Silent bodies of open consultations, not reminded yet, from midnight in Paris `days` calendar days
     * before the closing (counted on dates, not in 24-hour days: the clocks may change meanwhile).
     */
    bodiesToRemind: (at: Date, days: number, territoryId: string | null) =>
      query<BodyRow>(
        db,
        'consultation.bodiesToRemind',
        `SELECT ${BODY} FROM consulted_bodies b JOIN reports r ON r.territory_id = b.territory_id AND r.id = b.report_id
         WHERE r.status = 'IN_CONSULTATION' AND b.reminded_at IS NULL
           AND ((r.deadline + 1 - $2::int)::timestamp AT TIME ZONE 'Europe/Paris') <= $1
           AND ((r.deadline + 1)::timestamp AT TIME ZONE 'Europe/Paris') > $1
           AND NOT EXISTS (SELECT 1 FROM opinions o WHERE o.territory_id = b.territory_id AND o.body_id = b.id)
           AND ($3::uuid IS NULL OR b.territory_id = $3)`,
        [at, days, territoryId],
      ),

    /** Reports whose consultation has closed by `at` (the day after the deadline, midnight in Paris). */
    dueReports: (at: Date, territoryId: string | null) =>
      query<ReportRow>(
        db,
        'consultation.dueReports',
        `SELECT ${REPORT} FROM reports r WHERE r.status = 'IN_CONSULTATION'
           AND ((r.deadline + 1)::timestamp AT TIME ZONE 'Europe/Paris') <= $1
           AND ($2::uuid IS NULL OR r.territory_id = $2)`,
        [at, territoryId],
      ),

    /** How a body is to be reached, recorded by staff before opening. */
    updateBodyTransmission: (
      territoryId: string,
      id: string,
      t: { recipientEmail: string | null; postedOn: string | null },
    ) =>
      query(
        db,
        'consultation.updateBodyTransmission',
        'UPDATE consulted_bodies SET recipient_email = $3, posted_on = $4 WHERE territory_id = $1 AND id = $2',
        [territoryId, id, t.recipientEmail, t.postedOn],
      ),

    /** At opening: the bodies emailed are transmitted that day, the others on the day they were posted. */
    markTransmitted: (territoryId: string, reportId: string, emailed: string[], on: string) =>
      query(
        db,
        'consultation.markTransmitted',
        `UPDATE consulted_bodies SET
           transmission_channel = CASE WHEN id = ANY($3::uuid[]) THEN 'EMAIL' ELSE 'POST' END,
           transmitted_on = CASE WHEN id = ANY($3::uuid[]) THEN $4::date ELSE posted_on END
         WHERE territory_id = $1 AND report_id = $2 AND (id = ANY($3::uuid[]) OR posted_on IS NOT NULL)`,
        [territoryId, reportId, emailed, on],
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

export type ConsultationStore = ReturnType<typeof createConsultationStore>;
