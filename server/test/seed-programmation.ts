import { randomUUID } from 'node:crypto';
import type { Harness } from './harness.js';

/**
 * Programmation rows written straight into their tables, for tests that edit them (creation goes
 * through the mutations elsewhere). Years are drawn away from the imported ones so that none collides:
 * those given to createProgrammation within its bounds, those of rows written here beyond them.
 */
type Db = Pick<Harness, 'dataSource'>;

let nextYear = 2040;
export const freshYear = () => nextYear++;
let nextRowYear = 3000;

const insert = async (h: Db, sql: string, params: unknown[]) =>
  ((await h.dataSource.query(sql, params)) as { id: string }[])[0]!.id;

export const insertProgrammationRow = (h: Db, territoryId: string, o: { year?: number; status?: string } = {}) =>
  insert(
    h,
    `INSERT INTO programmations (territory_id, year, status, notes, details) VALUES ($1, $2, $3, '{}', '{}') RETURNING id`,
    [territoryId, o.year ?? nextRowYear++, o.status ?? 'DRAFT'],
  );

export const insertActionRow = (h: Db, territoryId: string, programmationId: string, o: { title?: string } = {}) =>
  insert(
    h,
    `INSERT INTO actions (territory_id, programmation_id, year, title, status)
     SELECT $1, id, year, $3, 'SUBMITTED' FROM programmations WHERE id = $2 RETURNING id`,
    [territoryId, programmationId, o.title ?? 'Action de test'],
  );

export const insertOperatorRow = (h: Db, territoryId: string, name = `Association ${randomUUID().slice(0, 8)}`) =>
  insert(
    h,
    `INSERT INTO operators (territory_id, name, kind, details) VALUES ($1, $2, 'ASSOCIATION', '{}') RETURNING id`,
    [territoryId, name],
  );

export const insertFunderRow = (h: Db, territoryId: string, name = `Financeur ${randomUUID().slice(0, 8)}`) =>
  insert(h, `INSERT INTO funders (territory_id, name) VALUES ($1, $2) RETURNING id`, [territoryId, name]);
