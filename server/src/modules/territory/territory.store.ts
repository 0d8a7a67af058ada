import { conditions, likeEscape, listPage, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { CitizenCouncilRow, CommuneRow, GovernanceBodyRow, QuartierRow, TerritoryRow } from './territory.types.js';
import { createLogoStore } from './logo.store.js';
import { createContractStore } from './contract.store.js';
import { createIndicatorStore } from './indicator.store.js';

const TERRITORY = `id, id AS territory_id, code, name, short_name, kind, epci_type, department, region, population,
  qpv_population, primary_color, accent_color`;
const COMMUNE = 'c.id, c.territory_id, c.name, to_json(c.alt_names) AS alt_names, c.has_qpv, c.in_contract';

/** A commune as one camelCase JSON object, in the shape of this store's commune rows. */
const communeJson = (c: string) =>
  `json_build_object('id', ${c}.id, 'territoryId', ${c}.territory_id, 'name', ${c}.name, 'altNames', ${c}.alt_names,
    'hasQpv', ${c}.has_qpv, 'inContract', ${c}.in_contract)`;
/**
 * A quartier with its communes: every page that shows a quartier names them. Aliased in camelCase,
 * so that lists of quartiers are used as PostgreSQL sends them. Text arrays are sent as JSON, which
 * node parses natively: pg's array parser made a tenth of a quartier list's allocations.
 */
const QUARTIER = `q.id, q.territory_id AS "territoryId", q.name, q.kind, q.kind_basis AS "kindBasis", q.population,
  q.note, to_json(q.external_communes) AS "externalCommunes", to_json(q.shared_with_epci) AS "sharedWithEpci", q.indicators,
  (SELECT coalesce(json_agg(${communeJson('qcc')} ORDER BY qcc.name), '[]')
   FROM quartier_communes qcl JOIN communes qcc ON qcc.territory_id = qcl.territory_id AND qcc.id = qcl.commune_id
   WHERE qcl.territory_id = q.territory_id AND qcl.quartier_id = q.id) AS communes`;
const COUNCIL = 'id, territory_id, name, commune_id, quartier_id, quartier_label, active, note';
/** A council sits in the commune of its quartier (the first one, for a quartier straddling two). */
const COMMUNE_OF_QUARTIER = (param: string) =>
  `(SELECT qc.commune_id FROM quartier_communes qc JOIN communes c ON c.id = qc.commune_id
    WHERE qc.territory_id = $1 AND qc.quartier_id = ${param} ORDER BY c.name LIMIT 1)`;

/** All SQL of the territory module. Every statement filters on territory_id first. */
export function createTerritoryStore(ds: Queryable) {
  return {
    ...createLogoStore(ds),
    ...createContractStore(ds),
    ...createIndicatorStore(ds),
    listTerritories: (page: Page) =>
      listPage<TerritoryRow>(ds, page, {
        name: 'territory.listTerritories',
        select: TERRITORY,
        from: 'territories',
        where: [],
        params: [],
        sortExpr: 'name',
        idExpr: 'id',
        sortKeyOf: (r: TerritoryRow) => r.name,
      }),

    territoryByCode: async (code: string) =>
      (
        await query<TerritoryRow>(ds, 'territory.byCode', `SELECT ${TERRITORY} FROM territories WHERE code = $1`, [
          code,
        ])
      )[0] ?? null,

    territoriesByIds: (ids: readonly string[]) =>
      query<TerritoryRow>(ds, 'territory.byIds', `SELECT ${TERRITORY} FROM territories WHERE id = ANY($1::uuid[])`, [
        ids,
      ]),

    updateTheme: (t: Pick<TerritoryRow, 'territoryId' | 'primaryColor' | 'accentColor'>) =>
      query<TerritoryRow>(
        ds,
        'territory.updateTheme',
        `UPDATE territories SET primary_color = $2, accent_color = $3 WHERE id = $1 RETURNING ${TERRITORY}`,
        [t.territoryId, t.primaryColor, t.accentColor],
      ),

    /** Kept apart: the unmodelled keys of a source file weigh ~14 KB, too much to parse on every request. */
    extraDataByIds: (ids: readonly string[]) =>
      query<{ id: string; details: Record<string, unknown> }>(
        ds,
        'territory.extraDataByIds',
        `SELECT id, details FROM territories WHERE id = ANY($1::uuid[])`,
        [ids],
      ),

    listCommunes: (territoryId: string, page: Page, filter: { search?: string | null; hasQpv?: boolean | null }) => {
      const { where, params, add } = conditions('c.territory_id = ?', territoryId);
      if (filter.search) add(`unaccent(c.name) ILIKE '%' || unaccent(?) || '%'`, likeEscape(filter.search));
      if (filter.hasQpv != null) add('c.has_qpv = ?', filter.hasQpv);
      return listPage<CommuneRow>(ds, page, {
        name: 'territory.listCommunes',
        select: COMMUNE,
        from: 'communes c',
        where,
        params,
        sortExpr: 'c.name',
        idExpr: 'c.id',
        sortKeyOf: (r: CommuneRow) => r.name,
      });
    },

    communesByIds: (territoryId: string, ids: string[]) =>
      query<CommuneRow>(
        ds,
        'territory.communesByIds',
        `SELECT ${COMMUNE} FROM communes c WHERE c.territory_id = $1 AND c.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    quartiersByCommuneIds: (territoryId: string, communeIds: string[]) =>
      query<QuartierRow & { communeId: string }>(
        ds,
        'territory.quartiersByCommuneIds',
        `SELECT ${QUARTIER}, qc.commune_id FROM quartier_communes qc
         JOIN quartiers q ON q.territory_id = qc.territory_id AND q.id = qc.quartier_id
         WHERE qc.territory_id = $1 AND qc.commune_id = ANY($2::uuid[]) ORDER BY q.name`,
        [territoryId, communeIds],
      ),

    listQuartiers: (
      territoryId: string,
      page: Page,
      filter: { kind?: string | null; communeId?: string | null; search?: string | null },
    ) => {
      const { where, params, add } = conditions('q.territory_id = ?', territoryId);
      if (filter.kind) add('q.kind = ?', filter.kind);
      if (filter.communeId)
        add(
          `EXISTS (SELECT 1 FROM quartier_communes qc WHERE qc.territory_id = q.territory_id
            AND qc.quartier_id = q.id AND qc.commune_id = ?::uuid)`,
          filter.communeId,
        );
      if (filter.search) add(`unaccent(q.name) ILIKE '%' || unaccent(?) || '%'`, likeEscape(filter.search));
      return listPage<QuartierRow>(ds, page, {
        name: 'territory.listQuartiers',
        select: QUARTIER,
        from: 'quartiers q',
        where,
        params,
        sortExpr: 'q.name',
        idExpr: 'q.id',
        sortKeyOf: (r: QuartierRow) => r.name,
      });
    },

    quartiersByIds: (territoryId: string, ids: string[]) =>
      query<QuartierRow>(
        ds,
        'territory.quartiersByIds',
        `SELECT ${QUARTIER} FROM quartiers q WHERE q.territory_id = $1 AND q.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    listGovernanceBodies: (territoryId: string, page: Page) =>
      listPage<GovernanceBodyRow>(ds, page, {
        name: 'territory.listGovernanceBodies',
        select: 'id, territory_id, name, role, members, frequency, details',
        from: 'governance_bodies',
        where: ['territory_id = $1'],
        params: [territoryId],
        sortExpr: 'name',
        idExpr: 'id',
        sortKeyOf: (r: GovernanceBodyRow) => r.name,
      }),

    listCitizenCouncils: (territoryId: string, page: Page) =>
      listPage<CitizenCouncilRow>(ds, page, {
        name: 'territory.listCitizenCouncils',
        select: COUNCIL,
        from: 'citizen_councils',
        where: ['territory_id = $1'],
        params: [territoryId],
        sortExpr: 'name',
        idExpr: 'id',
        sortKeyOf: (r: CitizenCouncilRow) => r.name,
      }),

    citizenCouncilsByIds: (territoryId: string, ids: string[]) =>
      query<CitizenCouncilRow>(
        ds,
        'territory.citizenCouncilsByIds',
        `SELECT ${COUNCIL} FROM citizen_councils WHERE territory_id = $1 AND id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /** The communes with a QPV, by name. */
    qpvCommunes: (territoryId: string) =>
      query<CommuneRow>(
        ds,
        'territory.qpvCommunes',
        `SELECT ${COMMUNE} FROM communes c WHERE c.territory_id = $1 AND c.has_qpv IS TRUE ORDER BY c.name`,
        [territoryId],
      ),

    /** The active councils of a QPV, or whose quartier the sources do not give, by name. */
    activeQpvCouncils: (territoryId: string) =>
      query<CitizenCouncilRow>(
        ds,
        'territory.activeQpvCouncils',
        `SELECT ${COUNCIL} FROM citizen_councils cc WHERE cc.territory_id = $1 AND cc.active
           AND (cc.quartier_id IS NULL OR EXISTS (SELECT 1 FROM quartiers q
                  WHERE q.territory_id = cc.territory_id AND q.id = cc.quartier_id AND q.kind = 'QPV'))
         ORDER BY cc.name`,
        [territoryId],
      ),

    insertCitizenCouncil: (c: Omit<CitizenCouncilRow, 'id' | 'communeId' | 'quartierLabel' | 'note'>) =>
      query<CitizenCouncilRow>(
        ds,
        'territory.insertCitizenCouncil',
        `INSERT INTO citizen_councils (territory_id, name, quartier_id, commune_id, active)
         VALUES ($1, $2, $3, ${COMMUNE_OF_QUARTIER('$3')}, $4)
         RETURNING ${COUNCIL}`,
        [c.territoryId, c.name, c.quartierId, c.active],
      ),

    updateCitizenCouncil: (c: Pick<CitizenCouncilRow, 'territoryId' | 'id' | 'name' | 'quartierId' | 'active'>) =>
      query<CitizenCouncilRow>(
        ds,
        'territory.updateCitizenCouncil',
        `UPDATE citizen_councils SET name = $3, quartier_id = $4, active = $5,
           commune_id = CASE WHEN quartier_id IS NOT DISTINCT FROM $4 THEN commune_id ELSE ${COMMUNE_OF_QUARTIER('$4')} END
         WHERE territory_id = $1 AND id = $2 RETURNING ${COUNCIL}`,
        [c.territoryId, c.id, c.name, c.quartierId, c.active],
      ),

    citizenCouncilsByQuartierIds: (territoryId: string, quartierIds: string[]) =>
      query<CitizenCouncilRow>(
        ds,
        'territory.citizenCouncilsByQuartierIds',
        `SELECT ${COUNCIL} FROM citizen_councils WHERE territory_id = $1 AND quartier_id = ANY($2::uuid[]) ORDER BY name`,
        [territoryId, quartierIds],
      ),
  };
}

export type TerritoryStore = ReturnType<typeof createTerritoryStore>;
