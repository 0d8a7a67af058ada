import type { Env } from '../config/env.js';
import { createDataSource, type Database } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface Connected extends Database {
  close(): Promise<void>;
}

/** DATABASE_URL when given, otherwise an embedded PostgreSQL in the local data folder; then migrations. */
export async function connect(env: Env): Promise<Connected> {
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(env.QUARTIERS_DATA_DIR, env.EMBEDDED_PG_PORT);
  const db = createDataSource(env.DATABASE_URL ?? embedded!.url, { logSql: env.LOG_SQL });
  await db.dataSource.initialize();
  await db.dataSource.runMigrations({ transaction: 'each' });
  return {
    ...db,
    close: async () => {
      await db.dataSource.destroy();
      await embedded?.stop();
    },
  };
}
