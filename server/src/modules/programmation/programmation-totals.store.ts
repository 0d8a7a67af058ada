import type { DataSource } from 'typeorm';
import { query } from '../../shared/sql.js';
import type { ActionTotalsRow } from './action-totals.types.js';

/**
 * Which actions count in the totals: the public sees funded actions of published programmations;
 * staff see the programmation in the making, funded and submitted actions. Refused and abandoned
 * actions never count: they get no money.
 */
const PUBLIC_COUNTED = `a.status = 'FUNDED' AND EXISTS (SELECT 1 FROM programmations p
  WHERE p.territory_id = a.territory_id AND p.id = a.programmation_id AND p.status = 'PUBLISHED')`;
const STAFF_COUNTED = `a.status IN ('FUNDED', 'SUBMITTED')`;

/**
 * One statement for the totals of several programmations, each by framework item, funder and credit
 * type: GROUPING SETS over the fundings of the counted actions. Sums stay numeric (exact) and are
 * sent as text with two decimals. An action without funding counts in the total and its item, with 0 €.
 * A funder's line brings the funder (as the action rows do): no later batch of its own.
 */
const totalsStatement = (counted: string) => `SELECT a.territory_id, a.programmation_id,
    CASE GROUPING(a.framework_item_id, fu.funder_id, fu.credit_type)
      WHEN 7 THEN 'total' WHEN 3 THEN 'item' WHEN 5 THEN 'funder' ELSE 'creditType' END AS dimension,
    a.framework_item_id, fu.funder_id, fu.credit_type,
    CASE WHEN fu.funder_id IS NOT NULL THEN (SELECT json_build_object('id', fd.id, 'territoryId', fd.territory_id,
        'name', fd.name, 'legalName', fd.legal_name, 'siret', fd.siret, 'version', fd.version)
      FROM funders fd WHERE fd.territory_id = a.territory_id AND fd.id = fu.funder_id) END AS funder,
    round(coalesce(sum(fu.amount), 0), 2)::text AS amount,
    count(DISTINCT a.id)::int AS action_count, count(fu.id)::int AS funding_count
  FROM actions a
  LEFT JOIN fundings fu ON fu.territory_id = a.territory_id AND fu.action_id = a.id
  WHERE a.territory_id = $1 AND a.programmation_id = ANY($2::uuid[]) AND ${counted}
  GROUP BY GROUPING SETS ((a.territory_id, a.programmation_id),
    (a.territory_id, a.programmation_id, a.framework_item_id),
    (a.territory_id, a.programmation_id, fu.funder_id),
    (a.territory_id, a.programmation_id, fu.credit_type))`;
const PUBLIC_TOTALS = totalsStatement(PUBLIC_COUNTED);
const STAFF_TOTALS = totalsStatement(STAFF_COUNTED);

/** Totals computed from the actions (the programmation store spreads these in). */
export function createProgrammationTotalsStore(ds: DataSource) {
  return {
    actionTotalsByProgrammationIds: (territoryId: string, ids: string[], publicOnly: boolean) =>
      query<ActionTotalsRow>(
        ds,
        publicOnly ? 'programmation.publicActionTotals' : 'programmation.staffActionTotals',
        publicOnly ? PUBLIC_TOTALS : STAFF_TOTALS,
        [territoryId, ids],
      ),
  };
}
