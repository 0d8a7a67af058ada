import { one, query, type Queryable } from '../../shared/sql.js';
import type { BodyRow } from './consultation.types.js';

const BODY = `b.id, b.territory_id, b.report_id, b.kind, b.citizen_council_id, b.commune_id, b.name, b.reminded_at,
  b.recipient_email, to_char(b.posted_on, 'YYYY-MM-DD') AS posted_on, to_char(b.transmitted_on, 'YYYY-MM-DD') AS transmitted_on,
  b.transmission_channel`;

/** Consulted bodies: the list, their transmission, reminders and deliberation files; territory_id first. */
export function createBodiesStore(db: Queryable) {
  return {
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
  };
}
