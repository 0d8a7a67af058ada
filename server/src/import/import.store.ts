import type { EntityManager } from 'typeorm';
import type { Row } from './import.plan.js';

type Column = [name: string, type: string];
interface Table {
  columns: Column[];
  /** Link tables have a composite key and nothing to update. */
  key?: string[];
  /** The unique key rows are upserted on (default: id). */
  conflict?: string[];
}

const uuid = 'uuid';
const TABLES: Record<string, Table> = {
  territories: {
    columns: [
      ['id', uuid],
      ['code', 'text'],
      ['name', 'text'],
      ['short_name', 'text'],
      ['kind', 'text'],
      ['epci_type', 'text'],
      ['department', 'text'],
      ['region', 'text'],
      ['population', 'int'],
      ['qpv_population', 'int'],
      ['details', 'jsonb'],
    ],
  },
  communes: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['name', 'text'],
      ['alt_names', 'text[]'],
      ['has_qpv', 'boolean'],
      ['in_contract', 'boolean'],
      ['details', 'jsonb'],
    ],
  },
  quartiers: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['name', 'text'],
      ['kind', 'text'],
      ['kind_basis', 'text'],
      ['population', 'int'],
      ['note', 'text'],
      ['external_communes', 'text[]'],
      ['shared_with_epci', 'text[]'],
      ['indicators', 'jsonb'],
      ['details', 'jsonb'],
    ],
  },
  quartier_communes: {
    columns: [
      ['territory_id', uuid],
      ['quartier_id', uuid],
      ['commune_id', uuid],
    ],
    key: ['territory_id', 'quartier_id', 'commune_id'],
  },
  contracts: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['name', 'text'],
      ['local_name', 'text'],
      ['start_year', 'int'],
      ['end_year', 'int'],
      ['signed_on', 'date'],
      ['status', 'text'],
      ['details', 'jsonb'],
    ],
  },
  framework_items: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['contract_id', uuid],
      ['parent_id', uuid],
      ['kind', 'text'],
      ['code', 'text'],
      ['title', 'text'],
      ['title_is_paraphrase', 'boolean'],
      ['depth', 'int'],
      ['position', 'int'],
      ['details', 'jsonb'],
    ],
  },
  operators: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['name', 'text'],
      ['kind', 'text'],
      ['sub_kind', 'text'],
      ['commune_id', uuid],
      ['note', 'text'],
      ['details', 'jsonb'],
    ],
  },
  funders: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['name', 'text'],
    ],
  },
  programmations: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['contract_id', uuid],
      ['contract_label', 'text'],
      ['year', 'int'],
      ['period', 'text'],
      ['total_cost', 'numeric'],
      ['specific_credits_total', 'numeric'],
      ['projects_submitted', 'int'],
      ['actions_funded', 'int'],
      ['associative_projects', 'int'],
      ['notes', 'text[]'],
      ['details', 'jsonb'],
    ],
  },
  programmation_totals: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['programmation_id', uuid],
      ['parent_id', uuid],
      ['framework_item_id', uuid],
      ['code', 'text'],
      ['title', 'text'],
      ['amount', 'numeric'],
      ['amount_droit_commun', 'numeric'],
      ['amount_specific', 'numeric'],
      ['share', 'float8'],
      ['projects', 'int'],
      ['operators', 'int'],
      ['note', 'text'],
      ['position', 'int'],
    ],
  },
  funder_totals: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['programmation_id', uuid],
      ['funder_id', uuid],
      ['amount', 'numeric'],
      ['share', 'float8'],
      ['attribution_certain', 'boolean'],
      ['note', 'text'],
      ['position', 'int'],
    ],
  },
  actions: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['programmation_id', uuid],
      ['year', 'int'],
      ['title', 'text'],
      ['operator_id', uuid],
      ['framework_item_id', uuid],
      ['framework_code', 'text'],
      ['pillar', 'text'],
      ['intercommunal', 'boolean'],
      ['note', 'text'],
      ['source', 'text'],
    ],
  },
  action_communes: {
    columns: [
      ['territory_id', uuid],
      ['action_id', uuid],
      ['commune_id', uuid],
    ],
    key: ['territory_id', 'action_id', 'commune_id'],
  },
  action_quartiers: {
    columns: [
      ['territory_id', uuid],
      ['action_id', uuid],
      ['quartier_id', uuid],
    ],
    key: ['territory_id', 'action_id', 'quartier_id'],
  },
  fundings: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['action_id', uuid],
      ['funder_id', uuid],
      ['amount', 'numeric'],
    ],
  },
  funds: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['program', 'text'],
      ['year', 'int'],
      ['commune_id', uuid],
      ['quartier_id', uuid],
      ['project', 'text'],
      ['amount', 'numeric'],
      ['operation_cost', 'numeric'],
      ['aggregate', 'boolean'],
      ['note', 'text'],
      ['details', 'jsonb'],
    ],
  },
  urban_renewal_operations: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['program', 'text'],
      ['quartier_id', uuid],
      ['commune_id', uuid],
      ['operation', 'text'],
      ['status', 'text'],
      ['year', 'int'],
      ['date', 'date'],
      ['amount', 'numeric'],
      ['contracting_authority', 'text'],
      ['note', 'text'],
      ['details', 'jsonb'],
    ],
  },
  indicators: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['quartier_id', uuid],
      ['quartier_label', 'text'],
      ['name', 'text'],
      ['scope', 'text'],
      ['value', 'float8'],
      ['value_text', 'text'],
      ['unit', 'text'],
      ['year', 'int'],
      ['source', 'text'],
      ['approximate', 'boolean'],
      ['note', 'text'],
      ['details', 'jsonb'],
    ],
  },
  governance_bodies: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['name', 'text'],
      ['role', 'text'],
      ['members', 'text'],
      ['frequency', 'text'],
      ['details', 'jsonb'],
    ],
  },
  citizen_councils: {
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['name', 'text'],
      ['commune_id', uuid],
      ['quartier_id', uuid],
      ['quartier_label', 'text'],
      ['note', 'text'],
      ['details', 'jsonb'],
    ],
  },
  /** Past events of the file (Labo meetings, workshops…), keyed like tenant rows of the events module. */
  participation_events: {
    conflict: ['territory_id', 'id'],
    columns: [
      ['id', uuid],
      ['territory_id', uuid],
      ['kind', 'text'],
      ['title', 'text'],
      ['starts_at', 'timestamptz'],
      ['ends_at', 'timestamptz'],
      ['date_precision', 'text'],
      ['place', 'text'],
      ['commune_id', uuid],
      ['topics', 'text[]'],
      ['organiser', 'text'],
      ['sessions', 'int'],
      ['status', 'text'],
      ['participants_reported', 'int'],
      ['participants_note', 'text'],
      ['import_key', 'text'],
      ['source', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
  },
};

/** Parents before children, so foreign keys hold at every statement. */
export const TABLE_ORDER = Object.keys(TABLES);

export type MergeMode = 'replace' | 'complete';

/**
 * One statement per table: rows travel as one JSON parameter. Values of the file win over stored
 * ones ('replace') or only fill what is missing ('complete'); a null never erases. Rows whose values
 * do not change are not written at all, so a second import of the same file writes nothing.
 */
export async function upsertTable(m: EntityManager, table: string, rows: Row[], mode: MergeMode) {
  const def = TABLES[table];
  if (!def) throw new Error(`unknown import table ${table}`);
  const cols = def.columns.map(([c]) => `"${c}"`).join(', ');
  const recordType = def.columns.map(([c, type]) => `"${c}" ${type}`).join(', ');
  const source = `SELECT ${cols} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})`;
  if (def.key) {
    const result = (await m.query(
      `/* import.${table} */ INSERT INTO ${table} (${cols}) ${source} ON CONFLICT (${def.key.join(', ')}) DO NOTHING RETURNING 1`,
      [JSON.stringify(rows)],
    )) as unknown[];
    return { inserted: result.length, updated: 0 };
  }
  const updatable = def.columns.map(([c]) => c).filter((c) => c !== 'id' && c !== 'territory_id');
  const merged = (c: string) => {
    const [type] = def.columns.filter(([name]) => name === c).map(([, t]) => t);
    if (type === 'jsonb')
      return mode === 'replace' ? `${table}.${c} || EXCLUDED.${c}` : `EXCLUDED.${c} || ${table}.${c}`;
    return mode === 'replace' ? `COALESCE(EXCLUDED.${c}, ${table}.${c})` : `COALESCE(${table}.${c}, EXCLUDED.${c})`;
  };
  const sets = updatable.map((c) => `"${c}" = ${merged(c)}`).join(', ');
  const current = updatable.map((c) => `${table}.${c}`).join(', ');
  const next = updatable.map(merged).join(', ');
  const result = (await m.query(
    `/* import.${table} */ INSERT INTO ${table} (${cols}) ${source}
     ON CONFLICT (${(def.conflict ?? ['id']).join(', ')}) DO UPDATE SET ${sets} WHERE (${current}) IS DISTINCT FROM (${next})
     RETURNING (xmax = 0) AS inserted`,
    [JSON.stringify(rows)],
  )) as { inserted: boolean }[];
  const inserted = result.filter((r) => r.inserted).length;
  return { inserted, updated: result.length - inserted };
}

export async function existingContracts(m: EntityManager, territoryCode: string) {
  return (await m.query(
    `/* import.existingContracts */ SELECT c.id, c.start_year AS "startYear", c.end_year AS "endYear",
       EXISTS (SELECT 1 FROM framework_items f WHERE f.territory_id = c.territory_id AND f.contract_id = c.id) AS "hasFramework"
     FROM contracts c JOIN territories t ON t.id = c.territory_id WHERE t.code = $1`,
    [territoryCode.toUpperCase()],
  )) as { id: string; startYear: number | null; endYear: number | null; hasFramework: boolean }[];
}
