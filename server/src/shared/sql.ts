import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { camelizeRows } from './rows.js';
import { keyset, toConnection, type Connection, type Page } from './pagination.js';

/** The pool, or the connection of an open transaction: stores run on either. */
export type Queryable = DataSource | EntityManager;

/**
 * Statement texts are fixed (values travel as parameters), so each is hashed once. They are as
 * many as the statements pg prepares on each connection, which it also keeps for good.
 */
const preparedNames = new Map<string, string>();
function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (!name) preparedNames.set(text, (name = createHash('sha1').update(text).digest('base64url')));
  return name;
}

/**
 * Runs a named statement: the leading comment maps logs and pg_stat_statements back to code.
 * Statements are prepared (named after a hash of their text): PostgreSQL parses and plans each
 * once per connection instead of on every request, about a third of its CPU on the portal's pages.
 * They still go through TypeORM's logger, which counts them for the N+1 tests.
 */
export async function query<T>(
  ds: Queryable,
  name: string,
  sql: string,
  params: unknown[] = [],
  { planEachTime = false }: QueryOptions = {},
): Promise<T[]> {
  const text = `/* ${name} */ ${sql}`;
  const source = ds instanceof DataSource ? ds : ds.connection;
  source.logger.logQuery(text, params);
  // An open transaction holds its connection; otherwise the pool lends one.
  const runner = ds instanceof DataSource ? undefined : ds.queryRunner;
  const connection: Pool | PoolClient = runner
    ? ((await runner.connect()) as PoolClient)
    : (source.driver as unknown as { master: Pool }).master;
  const { rows } = await connection.query(
    planEachTime ? { text, values: params } : { name: preparedName(text), text, values: params },
  );
  return camelizeRows<T>(rows as Record<string, unknown>[]);
}

export interface QueryOptions {
  /**
   * Unprepared: planned on every run with the values at hand. For a statement whose best plan
   * depends on them, e.g. a French full-text search: a rare word is best read from the GIN index,
   * a common one by walking the sort's index, and a prepared statement's generic plan picks one for all.
   */
  planEachTime?: boolean;
}

/** The single row a statement returns, or null. */
export const one = async <T>(rows: Promise<T[]>): Promise<T | null> => (await rows)[0] ?? null;

export interface ListQuery {
  /** Statement name, e.g. `territory.listQuartiers`. */
  name: string;
  select: string;
  from: string;
  /** Conditions joined with AND; their placeholders index into `params`. */
  where: string[];
  params: unknown[];
  sortExpr: string;
  idExpr: string;
  direction?: 'ASC' | 'DESC';
  /** How to read the sort key back from a row, for the cursor. */
  sortKeyOf: (row: never) => string | number | null;
  planEachTime?: boolean;
}

/** A keyset-paginated list and its lazily counted total, in the shape of a GraphQL connection. */
export async function listPage<T extends { id: string }>(
  ds: Queryable,
  page: Page,
  q: ListQuery,
): Promise<Connection<T>> {
  const params = [...q.params];
  const ks = keyset(page, q.sortExpr, q.idExpr, params, q.direction);
  const where = [...q.where, ks.where].join(' AND ');
  const rows = await query<T>(
    ds,
    q.name,
    `SELECT ${q.select} FROM ${q.from} WHERE ${where} ORDER BY ${ks.orderBy} LIMIT ${ks.limit}`,
    params,
    { planEachTime: q.planEachTime },
  );
  const sortKeyOf = q.sortKeyOf as (row: T) => string | number | null;
  const count = async () => {
    const [row] = await query<{ n: number }>(
      ds,
      `${q.name}:count`,
      `SELECT count(*)::int AS n FROM ${q.from} WHERE ${q.where.join(' AND ') || 'TRUE'}`,
      q.params,
      { planEachTime: q.planEachTime },
    );
    return row?.n ?? 0;
  };
  return toConnection(rows, page, (row) => [sortKeyOf(row), row.id], count);
}

/**
 * WHERE conditions written with `?` placeholders, numbered as they are added. The first one is the
 * tenant filter every store statement starts with.
 */
export function conditions(first: string, ...firstValues: unknown[]) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    let next = 0;
    where.push(sql.replace(/\?/g, () => `$${params.push(values[next++])}`));
  };
  add(first, ...firstValues);
  return { where, params, add };
}

/** A foreign-key violation: a row still referenced, or a reference to no row. */
export const isForeignKeyViolation = (error: unknown) => (error as { code?: string }).code === '23503';

/** A unique-index violation, on the named index when one is given. */
export const isUniqueViolation = (error: unknown, index?: string) => {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && (index === undefined || e.constraint === index);
};

/**
 * Text searched for with `LIKE`/`ILIKE`, matching only itself: `%`, `_` and the backslash are escaped
 * with a backslash, PostgreSQL's default LIKE escape character (so no ESCAPE clause is needed).
 */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, '\\$&');
