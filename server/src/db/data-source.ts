import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from './naming.js';
import { SqlCounter } from './sql-counter.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export interface Database {
  dataSource: DataSource;
  sql: SqlCounter;
}

/**
 * Bounds on every connection of the pool, so that a stopped or frozen PostgreSQL costs a request a
 * few seconds, never an unbounded wait. The demo import's longest statement takes well under a
 * second; migrations run without these bounds (an index build may take long), see connect.ts.
 */
export const DB_TIMEOUTS = {
  /** Opening a connection, and waiting for a free one in the pool. */
  connectMs: 5_000,
  /** Enforced by PostgreSQL itself: a statement running longer is cancelled (SQLSTATE 57014). */
  statementMs: 15_000,
  /** A transaction left idle (its request died) is ended and its locks freed. */
  idleInTransactionMs: 30_000,
  /** Enforced here: a server that does not answer at all (frozen) cannot enforce its own timeout. */
  queryMs: 20_000,
} as const;

/**
 * pg's client-side query timeout answers the caller but leaves the statement in flight on the
 * connection: the next statement sent on it (another request's, or a COMMIT) would queue behind
 * it, or run inside a transaction that was given up. Such a connection is closed instead, and the
 * pool opens a fresh one (with no prepared statements) when it needs one.
 */
class TimeoutSafeClient extends pg.Client {
  override query(...args: unknown[]): never {
    const drop = (error: unknown) => {
      if (error instanceof Error && error.message === 'Query read timeout') this.connection.stream.destroy();
    };
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        drop(error);
        (callback as (e: unknown, r: unknown) => void)(error, result);
      };
    }
    const result = (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) result.catch(drop);
    return result as never;
  }
}

/** Migrations only, never synchronize: the schema changes through committed files. */
export function createDataSource(
  url: string,
  options: { logSql?: boolean; poolSize?: number; timeouts?: boolean } = {},
): Database {
  const sql = new SqlCounter(options.logSql);
  const timeouts =
    options.timeouts === false
      ? {}
      : {
          Client: TimeoutSafeClient,
          connectionTimeoutMillis: DB_TIMEOUTS.connectMs,
          statement_timeout: DB_TIMEOUTS.statementMs,
          idle_in_transaction_session_timeout: DB_TIMEOUTS.idleInTransactionMs,
          query_timeout: DB_TIMEOUTS.queryMs,
        };
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: sql,
    logging: ['query', 'error'],
    extra: { max: options.poolSize ?? 20, ...timeouts },
  });
  return { dataSource, sql };
}
