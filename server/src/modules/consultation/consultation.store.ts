import { listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { ReportRow, ReportStatus, SectionRow, TransitionRow, VersionRow } from './consultation.types.js';
import { createBodiesStore } from './bodies.store.js';
import { createOpinionsStore } from './opinions.store.js';
import { createContributionsStore } from './contributions.store.js';

const REPORT = `r.id, r.territory_id, r.reference_year, r.title, r.status, r.easy_read_summary,
  to_char(r.adopted_on, 'YYYY-MM-DD') AS adopted_on, to_char(r.transmitted_on, 'YYYY-MM-DD') AS transmitted_on,
  to_char(r.deadline, 'YYYY-MM-DD') AS deadline, to_char(r.approved_on, 'YYYY-MM-DD') AS approved_on,
  r.published_at, r.created_at`;
const SECTION = 's.id, s.territory_id, s.report_id, s.position, s.kind, s.title, s.body';

/**
 * All SQL of the consultation module, one file per part (reports here; bodies, avis and contributions
 * beside it); every statement filters on territory_id first.
 */
export function createConsultationStore(db: Queryable) {
  return {
    ...createBodiesStore(db),
    ...createOpinionsStore(db),
    ...createContributionsStore(db),
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

    insertVersion: (v: Omit<VersionRow, 'id' | 'number'> & { programmationFigures?: object | null }) =>
      one(
        query<VersionRow>(
          db,
          'consultation.insertVersion',
          `INSERT INTO report_versions (territory_id, report_id, number, label, sections, created_at, created_by,
             programmation_figures)
           SELECT $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5, $6, $7 FROM report_versions
           WHERE territory_id = $1 AND report_id = $2
           RETURNING id, territory_id, report_id, number, label, sections, created_at, created_by`,
          [
            v.territoryId,
            v.reportId,
            v.label,
            JSON.stringify(v.sections),
            v.createdAt,
            v.createdBy,
            v.programmationFigures ? JSON.stringify(v.programmationFigures) : null,
          ],
        ),
      ),

    /** The programmation figures frozen by the latest version that froze some (the approved one). */
    frozenFigures: (territoryId: string, reportId: string) =>
      one(
        query<{ figures: unknown; createdAt: Date }>(
          db,
          'consultation.frozenFigures',
          `SELECT programmation_figures AS figures, created_at FROM report_versions
           WHERE territory_id = $1 AND report_id = $2 AND programmation_figures IS NOT NULL
           ORDER BY number DESC LIMIT 1`,
          [territoryId, reportId],
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
  };
}

export type ConsultationStore = ReturnType<typeof createConsultationStore>;
