import { conditions, likeEscape, listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { IndicatorRow } from './territory.types.js';

const INDICATOR = `i.id, i.territory_id, i.quartier_id, i.quartier_label, i.name, i.scope, i.value, i.value_text,
  i.unit, i.year, i.source, i.approximate, i.note, i.version`;

/** What staff set on an indicator. */
export type IndicatorFields = Pick<
  IndicatorRow,
  'name' | 'scope' | 'value' | 'valueText' | 'unit' | 'year' | 'source' | 'quartierId' | 'approximate' | 'note'
>;
const fieldValues = (f: IndicatorFields) => [
  f.name,
  f.scope,
  f.value,
  f.valueText,
  f.unit,
  f.year,
  f.source,
  f.quartierId,
  f.approximate,
  f.note,
];

/** The territory module's SQL on indicators, filtered on territory_id first. */
export function createIndicatorStore(ds: Queryable) {
  return {
    listIndicators: (
      territoryId: string,
      page: Page,
      filter: { quartierId?: string | null; scope?: string | null; year?: number | null; search?: string | null },
    ) => {
      const { where, params, add } = conditions('i.territory_id = ?', territoryId);
      if (filter.quartierId) add('i.quartier_id = ?::uuid', filter.quartierId);
      if (filter.scope) add('i.scope = ?', filter.scope);
      if (filter.year != null) add('i.year = ?', filter.year);
      if (filter.search) add(`unaccent(i.name) ILIKE '%' || unaccent(?) || '%'`, likeEscape(filter.search));
      return listPage<IndicatorRow>(ds, page, {
        name: 'territory.listIndicators',
        select: INDICATOR,
        from: 'indicators i',
        where,
        params,
        sortExpr: 'i.name',
        idExpr: 'i.id',
        sortKeyOf: (r: IndicatorRow) => r.name,
      });
    },

    indicatorsByIds: (territoryId: string, ids: string[]) =>
      query<IndicatorRow>(
        ds,
        'territory.indicatorsByIds',
        `SELECT ${INDICATOR} FROM indicators i WHERE i.territory_id = $1 AND i.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    insertIndicator: (territoryId: string, f: IndicatorFields) =>
      one(
        query<IndicatorRow>(
          ds,
          'territory.insertIndicator',
          `INSERT INTO indicators AS i (territory_id, name, scope, value, value_text, unit, year, source, quartier_id,
             approximate, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${INDICATOR}`,
          [territoryId, ...fieldValues(f)],
        ),
      ),

    /** Null when the indicator is gone or was changed since `expectedVersion`. */
    updateIndicator: (territoryId: string, id: string, expectedVersion: number, f: IndicatorFields) =>
      one(
        query<IndicatorRow>(
          ds,
          'territory.updateIndicator',
          `UPDATE indicators i SET name = $4, scope = $5, value = $6, value_text = $7, unit = $8, year = $9,
             source = $10, quartier_id = $11, approximate = $12, note = $13, version = version + 1
           WHERE i.territory_id = $1 AND i.id = $2 AND i.version = $3 RETURNING ${INDICATOR}`,
          [territoryId, id, expectedVersion, ...fieldValues(f)],
        ),
      ),
  };
}
