import type { DataSource } from 'typeorm';
import { conditions, likeEscape, listPage, query } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import { createProgrammationTotalsStore } from './programmation-totals.store.js';
import type {
  FundCheckRow,
  ActionOrder,
  ActionListFilter,
  ActionListedRow,
  FunderRow,
  FunderTotalRow,
  FundRow,
  OperatorRow,
  ProgrammationRow,
  ProgrammationTotalRow,
  UrbanRenewalOperationRow,
} from './programmation.types.js';

// Amounts stay exact: numeric columns arrive as text ("1250.50"), inside JSON too (cast ::text there).
export const PROGRAMMATION = `id, territory_id, contract_id, contract_label, year, period, total_cost,
  specific_credits_total, projects_submitted, actions_funded, associative_projects, to_json(notes) AS notes, details,
  status, published_at, version, updated_at`;
/** What the public may see: published programmations, funded actions of published ones. */
const PUBLISHED_PROGRAMMATION = "status = 'PUBLISHED'";
const PUBLIC_ACTION = `a.status = 'FUNDED' AND (a.programmation_id IS NULL OR EXISTS (SELECT 1 FROM programmations p
  WHERE p.territory_id = a.territory_id AND p.id = a.programmation_id AND p.status = 'PUBLISHED'))`;
// Aliased in camelCase: a page of actions is used as PostgreSQL sends it, without a copy per row.
const ACTION = `a.id, a.territory_id AS "territoryId", a.programmation_id AS "programmationId", a.year, a.title,
  a.operator_id AS "operatorId", a.framework_item_id AS "frameworkItemId", a.framework_code AS "frameworkCode",
  a.pillar, a.intercommunal, a.note, a.status, a.reference, a.description,
  to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.end_date, 'YYYY-MM-DD') AS "endDate", a.version,
  a.updated_at AS "updatedAt"`;
/**
 * An action with what a list of actions nearly always shows and only it holds (operator, commune
 * ids, fundings with their funder): one statement instead of one per field, at the cost of a few
 * small subqueries per row. Nested JSON keys are camelCase already. Communes and framework items,
 * shared by many actions, are read once each afterwards (see withLinks).
 */
const ACTION_WITH_LINKS = `${ACTION},
  (SELECT json_build_object('id', o.id, 'territoryId', o.territory_id, 'name', o.name, 'kind', o.kind,
     'subKind', o.sub_kind, 'communeId', o.commune_id, 'note', o.note, 'siret', o.siret, 'rna', o.rna,
     'version', o.version)
   FROM operators o WHERE o.territory_id = a.territory_id AND o.id = a.operator_id) AS operator,
  (SELECT coalesce(json_agg(ac.commune_id), '[]') FROM action_communes ac
    WHERE ac.territory_id = a.territory_id AND ac.action_id = a.id) AS "communeIds",
  (SELECT coalesce(json_agg(json_build_object('id', fu.id, 'amount', fu.amount::text, 'creditType', fu.credit_type,
     'fund', fu.fund, 'conventionDate', to_char(fu.convention_date, 'YYYY-MM-DD'),
     'decisionReference', fu.decision_reference, 'paymentConditions', fu.payment_conditions,
     'paymentPeriod', fu.payment_period, 'funder', json_build_object('id', fd.id, 'territoryId', fd.territory_id,
     'name', fd.name, 'legalName', fd.legal_name, 'siret', fd.siret, 'version', fd.version))
     ORDER BY fu.amount DESC, fd.name), '[]')
   FROM fundings fu JOIN funders fd ON fd.territory_id = fu.territory_id AND fd.id = fu.funder_id
   WHERE fu.territory_id = a.territory_id AND fu.action_id = a.id) AS fundings`;
export const OPERATOR = 'id, territory_id, name, kind, sub_kind, commune_id, note, siret, rna, version';
export const FUNDER = 'id, territory_id, name, legal_name, siret, version';
const FUND = `id, territory_id, program, year, commune_id, quartier_id, project, amount,
  operation_cost, aggregate, note`;
const URBAN = `id, territory_id, program, quartier_id, commune_id, operation, status, year,
  to_char(date, 'YYYY-MM-DD') AS date, amount, contracting_authority, note`;

/** The orders of a programmation's actions, each served by an index led by territory and programmation. */
const ACTION_ORDERS: Record<ActionOrder['field'], { expr: string; keyOf: (r: ActionListedRow) => string }> = {
  TITLE: { expr: 'a.title', keyOf: (r) => r.title },
  REFERENCE: { expr: "coalesce(a.reference, '')", keyOf: (r) => r.reference ?? '' },
  STATUS: { expr: 'a.status', keyOf: (r) => r.status },
};

/** Conditions of the action list, shared by the page and its count. */
function actionConditions(territoryId: string, f: ActionListFilter) {
  const { where, params, add } = conditions('a.territory_id = ?', territoryId);
  if (f.publicOnly) where.push(PUBLIC_ACTION);
  if (f.status) add('a.status = ?', f.status);
  if (f.programmationId) add('a.programmation_id = ?::uuid', f.programmationId);
  if (f.year != null) add('a.year = ?', f.year);
  if (f.operatorId) add('a.operator_id = ?::uuid', f.operatorId);
  if (f.frameworkItemIds) add('a.framework_item_id = ANY(?::uuid[])', f.frameworkItemIds);
  if (f.communeId)
    add(
      `EXISTS (SELECT 1 FROM action_communes ac WHERE ac.territory_id = a.territory_id AND ac.action_id = a.id
        AND ac.commune_id = ?::uuid)`,
      f.communeId,
    );
  if (f.quartier)
    add(
      `(EXISTS (SELECT 1 FROM action_quartiers aq WHERE aq.territory_id = a.territory_id AND aq.action_id = a.id
         AND aq.quartier_id = ?::uuid)
        OR EXISTS (SELECT 1 FROM action_communes ac WHERE ac.territory_id = a.territory_id AND ac.action_id = a.id
         AND ac.commune_id = ANY(?::uuid[])))`,
      f.quartier.id,
      f.quartier.communeIds,
    );
  if (f.funderId)
    add(
      `EXISTS (SELECT 1 FROM fundings fu WHERE fu.territory_id = a.territory_id AND fu.action_id = a.id
        AND fu.funder_id = ?::uuid)`,
      f.funderId,
    );
  if (f.search) add(`a.search_vector @@ websearch_to_tsquery('public.fr_unaccent', ?)`, f.search);
  return { where, params };
}

/** All SQL of the programmation module. Every statement filters on territory_id first. */
export function createProgrammationStore(ds: DataSource) {
  return {
    ...createProgrammationTotalsStore(ds),
    listProgrammations: (territoryId: string, page: Page, publicOnly: boolean) =>
      listPage<ProgrammationRow>(ds, page, {
        name: 'programmation.listProgrammations',
        select: PROGRAMMATION,
        from: 'programmations',
        where: publicOnly ? ['territory_id = $1', PUBLISHED_PROGRAMMATION] : ['territory_id = $1'],
        params: [territoryId],
        sortExpr: 'coalesce(year, 0)',
        idExpr: 'id',
        direction: 'DESC',
        sortKeyOf: (r: ProgrammationRow) => r.year ?? 0,
      }),

    programmationByYear: async (territoryId: string, year: number, publicOnly: boolean) =>
      (
        await query<ProgrammationRow>(
          ds,
          'programmation.byYear',
          `SELECT ${PROGRAMMATION} FROM programmations WHERE territory_id = $1 AND year = $2
           ${publicOnly ? `AND ${PUBLISHED_PROGRAMMATION}` : ''} LIMIT 1`,
          [territoryId, year],
        )
      )[0] ?? null,

    programmationsByIds: (territoryId: string, ids: string[], publicOnly: boolean) =>
      query<ProgrammationRow>(
        ds,
        'programmation.byIds',
        `SELECT ${PROGRAMMATION} FROM programmations WHERE territory_id = $1 AND id = ANY($2::uuid[])
         ${publicOnly ? `AND ${PUBLISHED_PROGRAMMATION}` : ''}`,
        [territoryId, ids],
      ),

    totalsByProgrammationIds: (territoryId: string, ids: string[]) =>
      query<ProgrammationTotalRow>(
        ds,
        'programmation.totalsByProgrammationIds',
        `SELECT id, territory_id, programmation_id, parent_id, framework_item_id, code, title, amount,
           amount_droit_commun, amount_specific, share, projects, operators, note, position
         FROM programmation_totals WHERE territory_id = $1 AND programmation_id = ANY($2::uuid[]) ORDER BY position`,
        [territoryId, ids],
      ),

    funderTotalsByProgrammationIds: (territoryId: string, ids: string[]) =>
      query<FunderTotalRow>(
        ds,
        'programmation.funderTotalsByProgrammationIds',
        `SELECT id, territory_id, programmation_id, funder_id, amount, share, attribution_certain, note
         FROM funder_totals WHERE territory_id = $1 AND programmation_id = ANY($2::uuid[]) ORDER BY position`,
        [territoryId, ids],
      ),

    actionCountsByProgrammationIds: (territoryId: string, ids: string[], publicOnly: boolean) =>
      query<{ territoryId: string; programmationId: string; n: number }>(
        ds,
        'programmation.actionCountsByProgrammationIds',
        `SELECT territory_id, programmation_id, count(*)::int AS n FROM actions
         WHERE territory_id = $1 AND programmation_id = ANY($2::uuid[]) ${publicOnly ? "AND status = 'FUNDED'" : ''}
         GROUP BY territory_id, programmation_id`,
        [territoryId, ids],
      ),

    listActions: (territoryId: string, page: Page, filter: ActionListFilter, order?: ActionOrder) => {
      const { where, params } = actionConditions(territoryId, filter);
      const sort = ACTION_ORDERS[order?.field ?? 'TITLE'];
      return listPage<ActionListedRow>(ds, page, {
        name: 'programmation.listActions',
        select: ACTION_WITH_LINKS,
        from: 'actions a',
        where,
        params,
        sortExpr: sort.expr,
        idExpr: 'a.id',
        direction: order?.descending ? 'DESC' : 'ASC',
        sortKeyOf: sort.keyOf,
      });
    },

    actionsByIds: (territoryId: string, ids: string[], publicOnly: boolean) =>
      query<ActionListedRow>(
        ds,
        'programmation.actionsByIds',
        `SELECT ${ACTION_WITH_LINKS} FROM actions a WHERE a.territory_id = $1 AND a.id = ANY($2::uuid[])
         ${publicOnly ? `AND ${PUBLIC_ACTION}` : ''}`,
        [territoryId, ids],
      ),

    listOperators: (territoryId: string, page: Page, filter: { kind?: string | null; search?: string | null }) => {
      const { where, params, add } = conditions('territory_id = ?', territoryId);
      if (filter.kind) add('kind = ?', filter.kind);
      if (filter.search) add(`unaccent(name) ILIKE '%' || unaccent(?) || '%'`, likeEscape(filter.search));
      return listPage<OperatorRow>(ds, page, {
        name: 'programmation.listOperators',
        select: OPERATOR,
        from: 'operators',
        where,
        params,
        sortExpr: 'name',
        idExpr: 'id',
        sortKeyOf: (r: OperatorRow) => r.name,
      });
    },

    operatorsByIds: (territoryId: string, ids: string[]) =>
      query<OperatorRow>(
        ds,
        'programmation.operatorsByIds',
        `SELECT ${OPERATOR} FROM operators WHERE territory_id = $1 AND id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    listFunders: (territoryId: string, page: Page) =>
      listPage<FunderRow>(ds, page, {
        name: 'programmation.listFunders',
        select: FUNDER,
        from: 'funders',
        where: ['territory_id = $1'],
        params: [territoryId],
        sortExpr: 'name',
        idExpr: 'id',
        sortKeyOf: (r: FunderRow) => r.name,
      }),

    quartierIdsByActionIds: (territoryId: string, ids: string[]) =>
      query<{ territoryId: string; actionId: string; quartierId: string }>(
        ds,
        'programmation.quartierIdsByActionIds',
        `SELECT territory_id, action_id, quartier_id FROM action_quartiers
         WHERE territory_id = $1 AND action_id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    fundersByIds: (territoryId: string, ids: string[]) =>
      query<FunderRow>(
        ds,
        'programmation.fundersByIds',
        `SELECT ${FUNDER} FROM funders WHERE territory_id = $1 AND id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /** Per program and year: the declared envelope (aggregate lines) and the sum of the other lines. */
    fundChecksByYears: (territoryId: string, years: string[]) =>
      query<FundCheckRow>(
        ds,
        'programmation.fundChecksByYears',
        `SELECT territory_id, year::text AS year, program,
           sum(amount) FILTER (WHERE aggregate)::text AS printed,
           sum(amount) FILTER (WHERE NOT aggregate)::text AS computed,
           count(*) FILTER (WHERE NOT aggregate)::int AS line_count
         FROM funds WHERE territory_id = $1 AND year = ANY($2::int[])
         GROUP BY territory_id, year, program ORDER BY program`,
        [territoryId, years],
      ),

    listFunds: (territoryId: string, page: Page, filter: { year?: number | null; program?: string | null }) => {
      const { where, params, add } = conditions('territory_id = ?', territoryId);
      if (filter.year != null) add('year = ?', filter.year);
      if (filter.program) add('program = ?', filter.program);
      return listPage<FundRow>(ds, page, {
        name: 'programmation.listFunds',
        select: FUND,
        from: 'funds',
        where,
        params,
        sortExpr: 'coalesce(year, 0)',
        idExpr: 'id',
        direction: 'DESC',
        sortKeyOf: (r: FundRow) => r.year ?? 0,
      });
    },

    listUrbanRenewal: (
      territoryId: string,
      page: Page,
      filter: { quartierId?: string | null; year?: number | null },
    ) => {
      const { where, params, add } = conditions('territory_id = ?', territoryId);
      if (filter.quartierId) add('quartier_id = ?::uuid', filter.quartierId);
      if (filter.year != null) add('year = ?', filter.year);
      return listPage<UrbanRenewalOperationRow>(ds, page, {
        name: 'programmation.listUrbanRenewal',
        select: URBAN,
        from: 'urban_renewal_operations',
        where,
        params,
        sortExpr: 'coalesce(year, 0)',
        idExpr: 'id',
        direction: 'DESC',
        sortKeyOf: (r: UrbanRenewalOperationRow) => r.year ?? 0,
      });
    },
  };
}

export type ProgrammationStore = ReturnType<typeof createProgrammationStore>;
