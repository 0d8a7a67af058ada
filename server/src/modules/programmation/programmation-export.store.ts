import type { DataSource } from 'typeorm';
import { query } from '../../shared/sql.js';
import type { SnapshotAction } from './programmation-export.js';
import type { ScdlGrant } from './scdl.js';

/** An action of the snapshot and its id (its key in gaps). */
export type SnapshotActionRow = SnapshotAction & { id: string };

/**
 * An action as this store reads it: communes, quartiers and the framework item by id, named from the
 * territory module's loaders by the service (this module's SQL names only its own tables).
 */
export type StoredSnapshotAction = Omit<SnapshotActionRow, 'communes' | 'quartiers' | 'axis'> & {
  frameworkItemId: string | null;
  communeIds: string[];
  quartierIds: string[];
};

/** A funding line of a funded action as the SCDL file needs it, with its programmation and funder. */
export type ScdlGrantRow = ScdlGrant & {
  funderId: string;
  programmationId: string;
  year: number;
  /** The funder's usual name (nomAttribuant is its legal name when there is one). */
  funderUsualName: string;
  updatedAt: Date;
};

export interface PublishedProgrammationRow {
  id: string;
  year: number;
  updatedAt: Date;
}

/**
 * Each action of one programmation with all the export shows (operator, fundings, the ids of its
 * communes, quartiers and framework item), in one statement whatever the number of actions.
 * Aliased in camelCase, nested keys too: rows are the snapshot's actions as PostgreSQL sends them.
 */
const SNAPSHOT = `SELECT a.id, a.reference, a.title, a.status, a.framework_code AS "frameworkCode", a.description,
    to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.end_date, 'YYYY-MM-DD') AS "endDate",
    a.framework_item_id AS "frameworkItemId",
    (SELECT json_build_object('name', o.name, 'siret', o.siret, 'rna', o.rna) FROM operators o
      WHERE o.territory_id = a.territory_id AND o.id = a.operator_id) AS operator,
    ARRAY(SELECT ac.commune_id FROM action_communes ac
      WHERE ac.territory_id = a.territory_id AND ac.action_id = a.id) AS "communeIds",
    ARRAY(SELECT aq.quartier_id FROM action_quartiers aq
      WHERE aq.territory_id = a.territory_id AND aq.action_id = a.id) AS "quartierIds",
    (SELECT coalesce(json_agg(json_build_object('funderName', fd.name, 'amount', fu.amount::text,
       'creditType', fu.credit_type, 'fund', fu.fund, 'conventionDate', to_char(fu.convention_date, 'YYYY-MM-DD'),
       'decisionReference', fu.decision_reference, 'paymentConditions', fu.payment_conditions,
       'paymentPeriod', fu.payment_period) ORDER BY fu.amount DESC, fd.name), '[]')
     FROM fundings fu JOIN funders fd ON fd.territory_id = fu.territory_id AND fd.id = fu.funder_id
     WHERE fu.territory_id = a.territory_id AND fu.action_id = a.id) AS fundings
  FROM actions a
  WHERE a.territory_id = $1 AND a.programmation_id = $2 AND (NOT $3 OR a.status = 'FUNDED')
  ORDER BY a.reference NULLS LAST, a.title, a.id`;

/** The funding lines of funded actions: one SCDL grant each, its beneficiary the action's operator. */
const GRANTS = `SELECT fd.id AS "funderId", p.id AS "programmationId", p.year, fd.name AS "funderUsualName",
    coalesce(fd.legal_name, fd.name) AS "funderName", fd.siret AS "funderSiret", a.id AS "actionId",
    to_char(fu.convention_date, 'YYYY-MM-DD') AS "conventionDate", fu.decision_reference AS "decisionReference",
    coalesce(o.name, '') AS "beneficiaryName", o.siret AS "beneficiarySiret", o.rna AS "beneficiaryRna",
    a.title AS object, fu.amount::text AS amount, fu.payment_conditions AS "paymentConditions",
    fu.payment_period AS "paymentPeriod", greatest(p.updated_at, a.updated_at) AS "updatedAt"
  FROM fundings fu
  JOIN actions a ON a.territory_id = fu.territory_id AND a.id = fu.action_id
  JOIN programmations p ON p.territory_id = a.territory_id AND p.id = a.programmation_id
  JOIN funders fd ON fd.territory_id = fu.territory_id AND fd.id = fu.funder_id
  LEFT JOIN operators o ON o.territory_id = a.territory_id AND o.id = a.operator_id
  WHERE fu.territory_id = $1 AND a.programmation_id = ANY($2::uuid[]) AND a.status = 'FUNDED'
    AND ($3::uuid IS NULL OR fu.funder_id = $3::uuid)
  ORDER BY p.year, fd.name, o.name, a.title, a.id`;

/** The SQL of the programmation exports and open data. Every statement filters on territory_id first. */
export function createProgrammationExportStore(ds: DataSource) {
  return {
    /** The actions of one programmation (funded ones only when `fundedOnly`). */
    snapshotActions: (territoryId: string, programmationId: string, fundedOnly: boolean) =>
      query<StoredSnapshotAction>(ds, 'programmationExport.snapshotActions', SNAPSHOT, [
        territoryId,
        programmationId,
        fundedOnly,
      ]),

    /** The SCDL grants of these programmations, of one funder when given. */
    scdlGrants: (territoryId: string, programmationIds: string[], funderId: string | null = null) =>
      query<ScdlGrantRow>(ds, 'programmationExport.scdlGrants', GRANTS, [territoryId, programmationIds, funderId]),

    /** Published yearly programmations with a funded action, and their last change: the ones open data lists. */
    publishedProgrammations: (territoryId: string) =>
      query<PublishedProgrammationRow>(
        ds,
        'programmationExport.publishedProgrammations',
        `SELECT p.id, p.year, greatest(p.updated_at, (SELECT max(a.updated_at) FROM actions a
           WHERE a.territory_id = p.territory_id AND a.programmation_id = p.id)) AS updated_at
         FROM programmations p
         WHERE p.territory_id = $1 AND p.status = 'PUBLISHED' AND p.year IS NOT NULL
           AND EXISTS (SELECT 1 FROM actions a WHERE a.territory_id = p.territory_id AND a.programmation_id = p.id
             AND a.status = 'FUNDED')
         ORDER BY p.year DESC`,
        [territoryId],
      ),
  };
}

export type ProgrammationExportStore = ReturnType<typeof createProgrammationExportStore>;
