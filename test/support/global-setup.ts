import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { createDataSource } from '../../server/src/db/data-source.js';
import { loadEnv } from '../../server/src/config/env.js';
import { freePort } from '../../server/test/free-port.js';

/**
 * One real PostgreSQL for the whole run (DATABASE_URL, or an embedded one in a temporary folder),
 * migrated once. Tests isolate themselves by creating their own territory, so they run in parallel.
 */
export default async function setup(project: TestProject) {
  const env = loadEnv();
  let stop = async () => {};
  let url = env.DATABASE_URL;
  if (!url) {
    const dir = await mkdtemp(path.join(tmpdir(), 'quartiers-test-'));
    const pg = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
    url = pg.url;
    stop = async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const { dataSource } = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  project.provide('databaseUrl', url);
  return stop;
}
