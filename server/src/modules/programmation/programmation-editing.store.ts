import { one, query, type Queryable } from '../../shared/sql.js';
import { FUNDER, OPERATOR, PROGRAMMATION } from './programmation.store.js';
import type { FunderInput, OperatorInput } from './programmation-editing.inputs.js';
import type {
  ActionStatus,
  EditableAction,
  FunderRow,
  FundingLine,
  OperatorRow,
  ProgrammationRow,
  ProgrammationStatus,
} from './programmation.types.js';

/** Every edit of an existing row: applied only on the version it started from, and bumps it. */
const BUMP = 'version = version + 1';

/** An action as staff edit it, with its communes, quartiers and funding lines, in one statement. */
const EDITABLE_ACTION = `a.id, a.territory_id, a.programmation_id, a.year, a.title, a.reference, a.operator_id,
  a.framework_item_id, a.status, a.description, to_char(a.start_date, 'YYYY-MM-DD') AS start_date,
  to_char(a.end_date, 'YYYY-MM-DD') AS end_date, a.version,
  ARRAY(SELECT ac.commune_id::text FROM action_communes ac WHERE ac.territory_id = a.territory_id
    AND ac.action_id = a.id ORDER BY 1) AS commune_ids,
  ARRAY(SELECT aq.quartier_id::text FROM action_quartiers aq WHERE aq.territory_id = a.territory_id
    AND aq.action_id = a.id ORDER BY 1) AS quartier_ids,
  (SELECT coalesce(json_agg(json_build_object('funderId', f.funder_id, 'amount', f.amount::text,
     'creditType', f.credit_type, 'fund', f.fund, 'conventionDate', to_char(f.convention_date, 'YYYY-MM-DD'),
     'decisionReference', f.decision_reference, 'paymentConditions', f.payment_conditions,
     'paymentPeriod', f.payment_period) ORDER BY f.funder_id), '[]')
   FROM fundings f WHERE f.territory_id = a.territory_id AND f.action_id = a.id) AS fundings`;

/** The columns of an action that the form sets, in the order of actionValues. */
export interface ActionColumns {
  title: string;
  reference: string | null;
  operatorId: string | null;
  frameworkItemId: string | null;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
  description: string | null;
}
const actionValues = (c: ActionColumns) => [
  c.title,
  c.reference,
  c.operatorId,
  c.frameworkItemId,
  c.status,
  c.startDate,
  c.endDate,
  c.description,
];

export interface ProgrammationFigures {
  totalCost: string | null;
  specificCreditsTotal: string | null;
  projectsSubmitted: number | null;
  notes: string[];
}

/** The programmation module's writes, in the transaction of the edit. Every statement filters on territory_id first. */
export function createProgrammationEditingStore(db: Queryable) {
  const row = <T>(name: string, sql: string, params: unknown[]) => one(query<T>(db, name, sql, params));
  return {
    /** Null when the territory already has that year. */
    insertProgrammation: (territoryId: string, year: number, contractId: string | null, at: Date) =>
      row<ProgrammationRow>(
        'programmationEditing.insertProgrammation',
        `INSERT INTO programmations (territory_id, year, contract_id, status, notes, details, updated_at)
         SELECT $1, $2, $3, 'DRAFT', '{}', '{}', $4
         WHERE NOT EXISTS (SELECT 1 FROM programmations WHERE territory_id = $1 AND year = $2)
         RETURNING ${PROGRAMMATION}`,
        [territoryId, year, contractId, at],
      ),
    lockProgrammation: (territoryId: string, id: string) =>
      row<ProgrammationRow>(
        'programmationEditing.lockProgrammation',
        `SELECT ${PROGRAMMATION} FROM programmations WHERE territory_id = $1 AND id = $2 FOR UPDATE`,
        [territoryId, id],
      ),
    updateProgrammation: (territoryId: string, id: string, version: number, f: ProgrammationFigures, at: Date) =>
      row<ProgrammationRow>(
        'programmationEditing.updateProgrammation',
        `UPDATE programmations SET total_cost = $4, specific_credits_total = $5, projects_submitted = $6,
           notes = $7::text[], ${BUMP}, updated_at = $8
         WHERE territory_id = $1 AND id = $2 AND version = $3 RETURNING ${PROGRAMMATION}`,
        [territoryId, id, version, f.totalCost, f.specificCreditsTotal, f.projectsSubmitted, f.notes, at],
      ),
    /** Publishing stamps the date; back to draft clears it. */
    setProgrammationStatus: (territoryId: string, id: string, version: number, status: ProgrammationStatus, at: Date) =>
      row<ProgrammationRow>(
        'programmationEditing.setProgrammationStatus',
        `UPDATE programmations SET status = $4, published_at = CASE WHEN $4 = 'PUBLISHED' THEN $5::timestamptz END, ${BUMP},
           updated_at = $5
         WHERE territory_id = $1 AND id = $2 AND version = $3 RETURNING ${PROGRAMMATION}`,
        [territoryId, id, version, status, at],
      ),

    lockActions: (territoryId: string, ids: string[]) =>
      query<EditableAction>(
        db,
        'programmationEditing.lockActions',
        `SELECT ${EDITABLE_ACTION} FROM actions a WHERE a.territory_id = $1 AND a.id = ANY($2::uuid[])
         ORDER BY a.id FOR UPDATE OF a`,
        [territoryId, ids],
      ),
    insertAction: (territoryId: string, programmationId: string, year: number, c: ActionColumns, at: Date) =>
      row<{ id: string; version: number }>(
        'programmationEditing.insertAction',
        `INSERT INTO actions (territory_id, programmation_id, year, title, reference, operator_id, framework_item_id,
           status, start_date, end_date, description, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id, version`,
        [territoryId, programmationId, year, ...actionValues(c), at],
      ),
    updateAction: (territoryId: string, id: string, version: number, c: ActionColumns, at: Date) =>
      row<{ id: string; version: number }>(
        'programmationEditing.updateAction',
        `UPDATE actions SET title = $4, reference = $5, operator_id = $6, framework_item_id = $7, status = $8,
           start_date = $9, end_date = $10, description = $11, ${BUMP}, updated_at = $12
         WHERE territory_id = $1 AND id = $2 AND version = $3 RETURNING id, version`,
        [territoryId, id, version, ...actionValues(c), at],
      ),
    /**
     * Communes, quartiers and fundings become exactly the given sets, in one statement: rows left out
     * are deleted, the others inserted or updated (never both on one row, so the CTEs cannot collide).
     */
    replaceActionLinks: (
      territoryId: string,
      actionId: string,
      communeIds: string[],
      quartierIds: string[],
      fundings: FundingLine[],
    ) =>
      query(
        db,
        'programmationEditing.replaceActionLinks',
        `WITH old_communes AS (
           DELETE FROM action_communes WHERE territory_id = $1 AND action_id = $2 AND commune_id <> ALL($3::uuid[])),
         new_communes AS (
           INSERT INTO action_communes (territory_id, action_id, commune_id)
           SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING),
         old_quartiers AS (
           DELETE FROM action_quartiers WHERE territory_id = $1 AND action_id = $2 AND quartier_id <> ALL($4::uuid[])),
         new_quartiers AS (
           INSERT INTO action_quartiers (territory_id, action_id, quartier_id)
           SELECT $1, $2, unnest($4::uuid[]) ON CONFLICT DO NOTHING),
         old_fundings AS (
           DELETE FROM fundings WHERE territory_id = $1 AND action_id = $2 AND funder_id <> ALL($5::uuid[]))
         INSERT INTO fundings (territory_id, action_id, funder_id, amount, credit_type, fund, convention_date,
           decision_reference, payment_conditions, payment_period)
         SELECT $1, $2, f.* FROM unnest($5::uuid[], $6::numeric[], $7::text[], $8::text[], $9::date[], $10::text[],
           $11::text[], $12::text[]) AS f
         ON CONFLICT (territory_id, action_id, funder_id) DO UPDATE SET amount = EXCLUDED.amount,
           credit_type = EXCLUDED.credit_type, fund = EXCLUDED.fund, convention_date = EXCLUDED.convention_date,
           decision_reference = EXCLUDED.decision_reference, payment_conditions = EXCLUDED.payment_conditions,
           payment_period = EXCLUDED.payment_period`,
        [
          territoryId,
          actionId,
          communeIds,
          quartierIds,
          fundings.map((f) => f.funderId),
          fundings.map((f) => f.amount),
          fundings.map((f) => f.creditType),
          fundings.map((f) => f.fund),
          fundings.map((f) => f.conventionDate),
          fundings.map((f) => f.decisionReference),
          fundings.map((f) => f.paymentConditions),
          fundings.map((f) => f.paymentPeriod),
        ],
      ),
    /**
     * One status, or one funder's lines moved to another (added to the target's line where the
     * action has both), for many actions in one statement; the changed ones are bumped and returned.
     */
    bulkUpdateActions: (
      territoryId: string,
      ids: string[],
      status: ActionStatus | null,
      from: string | null,
      to: string | null,
      at: Date,
    ) =>
      query<{ id: string; version: number }>(
        db,
        'programmationEditing.bulkUpdateActions',
        `WITH pairs AS (
           SELECT f.action_id, f.amount FROM fundings f WHERE f.territory_id = $1 AND f.action_id = ANY($2::uuid[])
             AND f.funder_id = $4 AND EXISTS (SELECT 1 FROM fundings g WHERE g.territory_id = $1
               AND g.action_id = f.action_id AND g.funder_id = $5)),
         merged AS (
           UPDATE fundings g SET amount = g.amount + p.amount FROM pairs p
           WHERE g.territory_id = $1 AND g.action_id = p.action_id AND g.funder_id = $5 RETURNING g.action_id),
         dropped AS (
           DELETE FROM fundings f USING pairs p
           WHERE f.territory_id = $1 AND f.action_id = p.action_id AND f.funder_id = $4 RETURNING f.action_id),
         moved AS (
           UPDATE fundings f SET funder_id = $5 WHERE f.territory_id = $1 AND f.action_id = ANY($2::uuid[])
             AND f.funder_id = $4 AND f.action_id NOT IN (SELECT action_id FROM pairs) RETURNING f.action_id)
         UPDATE actions a SET status = coalesce($3, a.status), ${BUMP}, updated_at = $6
         WHERE a.territory_id = $1 AND a.id = ANY($2::uuid[])
           AND (a.status <> coalesce($3, a.status) OR a.id IN (SELECT action_id FROM merged UNION
             SELECT action_id FROM dropped UNION SELECT action_id FROM moved))
         RETURNING a.id, a.version`,
        [territoryId, ids, status, from, to, at],
      ),

    lockOperator: (territoryId: string, id: string) =>
      row<OperatorRow>(
        'programmationEditing.lockOperator',
        `SELECT ${OPERATOR} FROM operators WHERE territory_id = $1 AND id = $2 FOR UPDATE`,
        [territoryId, id],
      ),
    insertOperator: (territoryId: string, o: OperatorInput) =>
      row<OperatorRow>(
        'programmationEditing.insertOperator',
        `INSERT INTO operators (territory_id, name, kind, sub_kind, commune_id, siret, rna, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '{}') RETURNING ${OPERATOR}`,
        [territoryId, o.name, o.kind, o.subKind, o.communeId, o.siret, o.rna],
      ),
    updateOperator: (territoryId: string, id: string, version: number, o: OperatorInput) =>
      row<OperatorRow>(
        'programmationEditing.updateOperator',
        `UPDATE operators SET name = $4, kind = $5, sub_kind = $6, commune_id = $7, siret = $8, rna = $9, ${BUMP}
         WHERE territory_id = $1 AND id = $2 AND version = $3 RETURNING ${OPERATOR}`,
        [territoryId, id, version, o.name, o.kind, o.subKind, o.communeId, o.siret, o.rna],
      ),

    lockFunder: (territoryId: string, id: string) =>
      row<FunderRow>(
        'programmationEditing.lockFunder',
        `SELECT ${FUNDER} FROM funders WHERE territory_id = $1 AND id = $2 FOR UPDATE`,
        [territoryId, id],
      ),
    insertFunder: (territoryId: string, f: FunderInput) =>
      row<FunderRow>(
        'programmationEditing.insertFunder',
        `INSERT INTO funders (territory_id, name, legal_name, siret) VALUES ($1, $2, $3, $4) RETURNING ${FUNDER}`,
        [territoryId, f.name, f.legalName, f.siret],
      ),
    updateFunder: (territoryId: string, id: string, version: number, f: FunderInput) =>
      row<FunderRow>(
        'programmationEditing.updateFunder',
        `UPDATE funders SET name = $4, legal_name = $5, siret = $6, ${BUMP}
         WHERE territory_id = $1 AND id = $2 AND version = $3 RETURNING ${FUNDER}`,
        [territoryId, id, version, f.name, f.legalName, f.siret],
      ),
  };
}
