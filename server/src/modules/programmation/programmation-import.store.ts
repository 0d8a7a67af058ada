import { one, query, type Queryable } from '../../shared/sql.js';
import type { ExistingAction, ExistingOperator, ImportPlan, ImportSummary } from './programmation-import.plan.js';

export interface ImportRow {
  id: string;
  territoryId: string;
  year: number;
  filename: string;
  fileHash: string;
  status: 'PREVIEW' | 'APPLIED' | 'DISCARDED';
  plan: ImportPlan;
  summary: ImportSummary;
  createdAt: Date;
  appliedAt: Date | null;
}

const IMPORT = `id, territory_id, year, filename, file_hash, status, plan, summary, created_at, applied_at`;

/**
 * SQL of the spreadsheet import. Applying is set-based: each statement takes the whole plan as
 * arrays or JSON records, so an import of 150 or 5 000 actions costs the same number of statements.
 */
export function createProgrammationImportStore(db: Queryable) {
  return {
    /** The year's actions with their operator, places and fundings, as the spreadsheet names them. */
    yearActions: (territoryId: string, year: number) =>
      query<ExistingAction>(
        db,
        'programmationImport.yearActions',
        `SELECT a.id, a.version, a.reference, a.title, a.status, a.description,
           to_char(a.start_date, 'YYYY-MM-DD') AS start_date, to_char(a.end_date, 'YYYY-MM-DD') AS end_date,
           a.framework_item_id, a.framework_code, o.name AS operator,
           (SELECT coalesce(json_agg(ac.commune_id), '[]') FROM action_communes ac
             WHERE ac.territory_id = a.territory_id AND ac.action_id = a.id) AS commune_ids,
           (SELECT coalesce(json_agg(aq.quartier_id), '[]') FROM action_quartiers aq
             WHERE aq.territory_id = a.territory_id AND aq.action_id = a.id) AS quartier_ids,
           (SELECT coalesce(json_agg(json_build_object('funder', fd.name, 'amount', fu.amount::text,
              'creditType', fu.credit_type, 'fund', fu.fund,
              'conventionDate', to_char(fu.convention_date, 'YYYY-MM-DD'),
              'decisionReference', fu.decision_reference, 'paymentConditions', fu.payment_conditions,
              'paymentPeriod', fu.payment_period)), '[]')
            FROM fundings fu JOIN funders fd ON fd.territory_id = fu.territory_id AND fd.id = fu.funder_id
            WHERE fu.territory_id = a.territory_id AND fu.action_id = a.id) AS fundings
         FROM actions a LEFT JOIN operators o ON o.territory_id = a.territory_id AND o.id = a.operator_id
         WHERE a.territory_id = $1 AND a.year = $2`,
        [territoryId, year],
      ),

    /** Operators and funders of the territory, to match the file's names. */
    names: async (territoryId: string) =>
      (await one(
        query<{ operators: ExistingOperator[]; funders: string[] }>(
          db,
          'programmationImport.names',
          `SELECT
             (SELECT coalesce(json_agg(json_build_object('name', name, 'siret', siret, 'rna', rna)), '[]')
              FROM operators WHERE territory_id = $1) AS operators,
             (SELECT coalesce(json_agg(name), '[]') FROM funders WHERE territory_id = $1) AS funders`,
          [territoryId],
        ),
      ))!,

    insertImport: async (r: {
      territoryId: string;
      year: number;
      filename: string;
      fileHash: string;
      plan: ImportPlan;
      summary: ImportSummary;
      createdBy: string;
      at: Date;
    }) =>
      (await one(
        query<ImportRow>(
          db,
          'programmationImport.insert',
          `INSERT INTO programmation_imports (territory_id, year, filename, file_hash, plan, summary, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${IMPORT}`,
          [r.territoryId, r.year, r.filename, r.fileHash, r.plan, r.summary, r.createdBy, r.at],
        ),
      ))!,

    importById: (territoryId: string, id: string, { lock = false } = {}) =>
      one(
        query<ImportRow>(
          db,
          lock ? 'programmationImport.byIdForUpdate' : 'programmationImport.byId',
          `SELECT ${IMPORT} FROM programmation_imports WHERE territory_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
          [territoryId, id],
        ),
      ),

    /** Versions of the year's actions, locked until the transaction ends. */
    lockYearVersions: (territoryId: string, year: number) =>
      query<{ id: string; version: number }>(
        db,
        'programmationImport.lockYearVersions',
        'SELECT id, version FROM actions WHERE territory_id = $1 AND year = $2 FOR UPDATE',
        [territoryId, year],
      ),

    /** The year's programmation, created as a draft when the file is the first news of it. */
    ensureProgrammation: async (territoryId: string, year: number) =>
      (await one(
        query<{ id: string }>(
          db,
          'programmationImport.ensureProgrammation',
          `WITH existing AS (SELECT id FROM programmations WHERE territory_id = $1 AND year = $2 ORDER BY id LIMIT 1),
           created AS (INSERT INTO programmations (territory_id, year, status)
             SELECT $1, $2, 'DRAFT' WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)
           SELECT id FROM existing UNION ALL SELECT id FROM created`,
          [territoryId, year],
        ),
      ))!,

    /** New operators, and the SIRET or RNA the file gives to known ones. */
    upsertOperators: (territoryId: string, operators: ExistingOperator[]) =>
      query(
        db,
        'programmationImport.upsertOperators',
        `INSERT INTO operators (territory_id, name, kind, siret, rna)
         SELECT $1, o.name, CASE WHEN o.rna IS NULL THEN 'OTHER' ELSE 'ASSOCIATION' END, o.siret, o.rna
         FROM jsonb_to_recordset($2::jsonb) AS o(name text, siret text, rna text)
         ON CONFLICT (territory_id, name) DO UPDATE SET
           siret = coalesce(excluded.siret, operators.siret), rna = coalesce(excluded.rna, operators.rna),
           version = operators.version + 1`,
        [territoryId, JSON.stringify(operators)],
      ),

    insertFunders: (territoryId: string, names: string[]) =>
      query(
        db,
        'programmationImport.insertFunders',
        `INSERT INTO funders (territory_id, name) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [territoryId, names],
      ),

    /** Creates and updates the planned actions in one statement; each updated one gets a new version. */
    upsertActions: (territoryId: string, programmationId: string, year: number, plan: ImportPlan, at: Date) =>
      query(
        db,
        'programmationImport.upsertActions',
        `INSERT INTO actions (id, territory_id, programmation_id, year, title, operator_id, framework_item_id,
           framework_code, status, reference, description, start_date, end_date, updated_at)
         SELECT a.id, $1, $2, $3, a.title, o.id, a."frameworkItemId", a."frameworkCode", a.status, a.reference,
           a.description, a."startDate", a."endDate", $5
         FROM jsonb_to_recordset($4::jsonb) AS a(id uuid, title text, operator text, "frameworkItemId" uuid,
           "frameworkCode" text, status text, reference text, description text, "startDate" date, "endDate" date)
         LEFT JOIN operators o ON o.territory_id = $1 AND o.name = a.operator
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, operator_id = excluded.operator_id,
           framework_item_id = excluded.framework_item_id, framework_code = excluded.framework_code,
           status = excluded.status, reference = excluded.reference, description = excluded.description,
           start_date = excluded.start_date, end_date = excluded.end_date,
           programmation_id = coalesce(actions.programmation_id, excluded.programmation_id),
           version = actions.version + 1, updated_at = excluded.updated_at`,
        [territoryId, programmationId, year, JSON.stringify(plan.actions), at],
      ),

    /** The planned actions' fundings become the file's: others removed, the file's written. */
    replaceFundings: async (territoryId: string, plan: ImportPlan) => {
      const lines = plan.actions.flatMap((a) => a.fundings.map((f) => ({ ...f, actionId: a.id })));
      const ids = plan.actions.map((a) => a.id);
      await query(
        db,
        'programmationImport.replaceFundings',
        `WITH line AS (
           SELECT l.*, fd.id AS funder_id FROM jsonb_to_recordset($3::jsonb) AS l("actionId" uuid, funder text,
             amount numeric, "creditType" text, fund text, "conventionDate" date, "decisionReference" text,
             "paymentConditions" text, "paymentPeriod" text)
           JOIN funders fd ON fd.territory_id = $1 AND fd.name = l.funder),
         gone AS (DELETE FROM fundings fu WHERE fu.territory_id = $1 AND fu.action_id = ANY($2::uuid[])
           AND NOT EXISTS (SELECT 1 FROM line WHERE line."actionId" = fu.action_id AND line.funder_id = fu.funder_id))
         INSERT INTO fundings (territory_id, action_id, funder_id, amount, credit_type, fund, convention_date,
           decision_reference, payment_conditions, payment_period)
         SELECT $1, "actionId", funder_id, amount, "creditType", fund, "conventionDate", "decisionReference",
           "paymentConditions", "paymentPeriod" FROM line
         ON CONFLICT (territory_id, action_id, funder_id) DO UPDATE SET amount = excluded.amount,
           credit_type = excluded.credit_type, fund = excluded.fund, convention_date = excluded.convention_date,
           decision_reference = excluded.decision_reference, payment_conditions = excluded.payment_conditions,
           payment_period = excluded.payment_period`,
        [territoryId, ids, JSON.stringify(lines)],
      );
    },

    /** The planned actions' communes and quartiers become the file's (pairs removed, pairs added). */
    replacePlaces: async (territoryId: string, plan: ImportPlan) => {
      const ids = plan.actions.map((a) => a.id);
      for (const [table, column, pick] of [
        ['action_communes', 'commune_id', (a: ImportPlan['actions'][number]) => a.communeIds],
        ['action_quartiers', 'quartier_id', (a: ImportPlan['actions'][number]) => a.quartierIds],
      ] as const) {
        const pairs = plan.actions.flatMap((a) => pick(a).map((placeId) => [a.id, placeId] as const));
        await query(
          db,
          `programmationImport.replace:${table}`,
          `WITH pair AS (SELECT * FROM unnest($3::uuid[], $4::uuid[]) AS p(action_id, place_id)),
           gone AS (DELETE FROM ${table} t WHERE t.territory_id = $1 AND t.action_id = ANY($2::uuid[])
             AND NOT EXISTS (SELECT 1 FROM pair WHERE pair.action_id = t.action_id AND pair.place_id = t.${column}))
           INSERT INTO ${table} (territory_id, action_id, ${column})
           SELECT $1, action_id, place_id FROM pair ON CONFLICT DO NOTHING`,
          [territoryId, ids, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
        );
      }
    },

    markApplied: (territoryId: string, id: string, at: Date) =>
      query(
        db,
        'programmationImport.markApplied',
        `UPDATE programmation_imports SET status = 'APPLIED', applied_at = $3 WHERE territory_id = $1 AND id = $2`,
        [territoryId, id, at],
      ),
  };
}

export type ProgrammationImportStore = ReturnType<typeof createProgrammationImportStore>;
