import { query, type Queryable } from '../../shared/sql.js';

export interface DemoIdentity {
  name: string;
  legalName?: string;
  siret?: string;
  rna?: string;
}

/** What the demonstration writes directly, outside any request (in a request, the editing service does). */
export function createDemoProgrammationStore(db: Queryable) {
  return {
    /** Official names and numbers of the funders, where none is recorded yet. */
    identifyFunders: (territoryId: string, funders: DemoIdentity[]) =>
      query(
        db,
        'demo.identifyFunders',
        `UPDATE funders f SET legal_name = v."legalName", siret = v.siret
         FROM jsonb_to_recordset($2::jsonb) AS v(name text, "legalName" text, siret text)
         WHERE f.territory_id = $1 AND f.name = v.name AND f.siret IS NULL`,
        [territoryId, JSON.stringify(funders)],
      ),

    identifyOperators: (territoryId: string, operators: DemoIdentity[]) =>
      query(
        db,
        'demo.identifyOperators',
        `UPDATE operators o SET siret = v.siret, rna = v.rna
         FROM jsonb_to_recordset($2::jsonb) AS v(name text, siret text, rna text)
         WHERE o.territory_id = $1 AND o.name = v.name AND o.siret IS NULL AND o.rna IS NULL`,
        [territoryId, JSON.stringify(operators)],
      ),

    /**
     * Staff's dossier numbers for every action, the credit type and fund of every funding, and for
     * the given year the convention terms the SCDL file needs (other years keep theirs missing).
     */
    completeFundings: async (territoryId: string, conventionYear: number) => {
      await query(
        db,
        'demo.referenceActions',
        `UPDATE actions a SET reference = 'VF-' || a.year || '-' || lpad(n.rank::text, 3, '0')
         FROM (SELECT id, row_number() OVER (PARTITION BY year ORDER BY title, id) AS rank FROM actions
               WHERE territory_id = $1) n
         WHERE a.territory_id = $1 AND a.id = n.id AND a.reference IS NULL`,
        [territoryId],
      );
      await query(
        db,
        'demo.completeFundings',
        `UPDATE fundings fu SET
           credit_type = CASE WHEN fd.name ~ '(politique de la ville|crédits spécifiques)' THEN 'SPECIFIC'
                              ELSE 'DROIT_COMMUN' END,
           fund = CASE WHEN fd.name LIKE 'ANCT%' THEN 'BOP 147'
                       WHEN fd.name LIKE 'Val-Fictif Agglo%' THEN 'Fonds de concours politique de la ville'
                       WHEN fd.name LIKE 'Région%' THEN 'Fonds régional politique de la ville' END,
           convention_date = CASE WHEN a.year = $2 THEN make_date(a.year, 3, 14) END,
           decision_reference = CASE WHEN a.year = $2 THEN 'DEL-' || a.year || '-' || a.reference END,
           payment_conditions = CASE WHEN a.year = $2 THEN 'unique' END,
           payment_period = CASE WHEN a.year = $2 THEN a.year || '-04-15' END
         FROM actions a, funders fd
         WHERE fu.territory_id = $1 AND a.territory_id = $1 AND a.id = fu.action_id
           AND fd.territory_id = $1 AND fd.id = fu.funder_id AND fu.credit_type IS NULL`,
        [territoryId, conventionYear],
      );
    },

    hasYear: async (territoryId: string, year: number) =>
      (
        await query<{ id: string }>(
          db,
          'demo.programmationOfYear',
          'SELECT id FROM programmations WHERE territory_id = $1 AND year = $2',
          [territoryId, year],
        )
      ).length > 0,

    /**
     * Next year's programmation being instructed: a draft holding the first `count` actions of the
     * previous year renewed, the first `funded` of them already decided (FUNDED, same fundings), the
     * others SUBMITTED with no funding yet. The public sees none of it until staff publish.
     */
    draftNextYear: (territoryId: string, year: number, count: number, funded: number) =>
      query(
        db,
        'demo.draftNextYear',
        `WITH previous AS (
           SELECT id, contract_id, contract_label FROM programmations WHERE territory_id = $1 AND year = $2 - 1),
         draft AS (
           INSERT INTO programmations (territory_id, contract_id, contract_label, year, status, projects_submitted)
           SELECT $1, contract_id, contract_label, $2, 'DRAFT', $3 FROM previous RETURNING id),
         chosen AS (
           SELECT a.*, row_number() OVER (ORDER BY a.title, a.id) AS rank FROM actions a
           WHERE a.territory_id = $1 AND a.programmation_id = (SELECT id FROM previous) ORDER BY a.title, a.id LIMIT $3),
         renewed AS (
           INSERT INTO actions (territory_id, programmation_id, year, title, operator_id, framework_item_id,
             framework_code, pillar, intercommunal, status, reference, description, start_date, end_date, source)
           SELECT $1, (SELECT id FROM draft), $2, c.title, c.operator_id, c.framework_item_id, c.framework_code,
             c.pillar, c.intercommunal, CASE WHEN c.rank <= $4 THEN 'FUNDED' ELSE 'SUBMITTED' END,
             'VF-' || $2 || '-' || lpad(c.rank::text, 3, '0'), 'Reconduction de l’action ' || c.reference || '.',
             make_date($2, 1, 1), make_date($2, 12, 31), 'Démonstration : dossier déposé pour ' || $2
           FROM chosen c RETURNING id, title, reference),
         pairs AS (
           SELECT r.id AS new_id, c.id AS old_id, c.rank FROM renewed r
           JOIN chosen c ON r.reference = 'VF-' || $2 || '-' || lpad(c.rank::text, 3, '0')),
         linked AS (
           INSERT INTO action_communes (territory_id, action_id, commune_id)
           SELECT $1, p.new_id, ac.commune_id FROM pairs p
           JOIN action_communes ac ON ac.territory_id = $1 AND ac.action_id = p.old_id RETURNING 1)
         INSERT INTO fundings (territory_id, action_id, funder_id, amount, credit_type, fund)
         SELECT $1, p.new_id, fu.funder_id, fu.amount, fu.credit_type, fu.fund FROM pairs p
         JOIN fundings fu ON fu.territory_id = $1 AND fu.action_id = p.old_id
         WHERE p.rank <= $4 AND (SELECT count(*) FROM linked) >= 0`,
        [territoryId, year, count, funded],
      ),
  };
}
