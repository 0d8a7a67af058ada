import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from './naming.js';
import { SqlCounter } from './sql-counter.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export interface Database {
  dataSource: DataSource;
  sql: SqlCounter;
}

/** Migrations only, never synchronize: the schema changes through committed files. */
export function createDataSource(url: string, options: { logSql?: boolean; poolSize?: number } = {}): Database {
  const sql = new SqlCounter(options.logSql);
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
    extra: { max: options.poolSize ?? 20 },
  });
  return { dataSource, sql };
}
