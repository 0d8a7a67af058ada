import type { Env } from '../config/env.js';
import { createDataSource, type Database } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface Connected extends Database {
  close(): Promise<void>;
}

/**
 * DATABASE_URL when given, otherwise an embedded PostgreSQL in the local data folder; then
 * migrations, on a connection of their own without the pool's statement bounds (an index build on
 * a large table may take longer than a request may). If anything fails, the embedded PostgreSQL
 * this started is stopped before the error goes on.
 */
export async function connect(env: Env): Promise<Connected> {
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(env.QUARTIERS_DATA_DIR, env.EMBEDDED_PG_PORT);
  const url = env.DATABASE_URL ?? embedded!.url;
  const db = createDataSource(url, { logSql: env.LOG_SQL });
  try {
    await migrate(url);
    await db.dataSource.initialize();
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  return {
    ...db,
    close: async () => {
      try {
        await db.dataSource.destroy();
      } finally {
        await embedded?.stop();
      }
    },
  };
}

async function migrate(url: string) {
  const { dataSource } = createDataSource(url, { timeouts: false, poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
