import { query, type Queryable } from '../../shared/sql.js';

export interface LogoVersionRow {
  territoryId: string;
  uploadedAt: Date;
}

/** The SQL of the territory's logo (table territory_logos, one row per territory). */
export function createLogoStore(ds: Queryable) {
  return {
    saveLogo: (l: { territoryId: string; content: Buffer; uploadedBy: string; at: Date }) =>
      query<{ size: number; previousSize: number | null }>(
        ds,
        'territory.saveLogo',
        `WITH previous AS (SELECT size FROM territory_logos WHERE territory_id = $1)
         INSERT INTO territory_logos (territory_id, content, size, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (territory_id) DO UPDATE SET content = EXCLUDED.content, size = EXCLUDED.size,
           uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at
         RETURNING size, (SELECT size FROM previous) AS previous_size`,
        [l.territoryId, l.content, l.content.length, l.uploadedBy, l.at],
      ),

    logoContent: async (territoryId: string) =>
      (
        await query<{ content: Buffer; uploadedAt: Date }>(
          ds,
          'territory.logoContent',
          'SELECT content, uploaded_at FROM territory_logos WHERE territory_id = $1',
          [territoryId],
        )
      )[0] ?? null,

    logoVersionsByIds: (ids: readonly string[]) =>
      query<LogoVersionRow>(
        ds,
        'territory.logoVersionsByIds',
        'SELECT territory_id, uploaded_at FROM territory_logos WHERE territory_id = ANY($1::uuid[])',
        [ids],
      ),
  };
}
