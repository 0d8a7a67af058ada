import { query, type Queryable } from '../../shared/sql.js';
import type { ImportReferences } from './territory.types.js';

/** What other modules' imports match names against: read in one statement per import. */
export function createTerritoryReferencesStore(db: Queryable) {
  return {
    /**
     * What a programmation spreadsheet names, to match it by name or code in one statement: communes
     * (with their other spellings), quartiers, and coded framework items, those of the contracts in
     * force in `year` first.
     */
    importReferences: async (territoryId: string, year: number) =>
      (
        await query<ImportReferences>(
          db,
          'territory.importReferences',
          `SELECT
           (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'altNames', alt_names)), '[]')
            FROM communes WHERE territory_id = $1) AS communes,
           (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]')
            FROM quartiers WHERE territory_id = $1) AS quartiers,
           (SELECT coalesce(json_agg(json_build_object('id', f.id, 'code', f.code)
              ORDER BY (coalesce(c.start_year, 0) <= $2 AND $2 <= coalesce(c.end_year, 9999)) DESC, f.position), '[]')
            FROM framework_items f JOIN contracts c ON c.territory_id = f.territory_id AND c.id = f.contract_id
            WHERE f.territory_id = $1 AND f.code IS NOT NULL) AS "frameworkItems"`,
          [territoryId, year],
        )
      )[0]!,
  };
}
