import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createDataSource } from '../../server/src/db/data-source.js';
import { createApp } from '../../server/src/app.js';
import { loadEnv } from '../../server/src/config/env.js';
import { importDemoData } from '../../server/src/import/index.js';
import type { Clock } from '../../server/src/shared/clock.js';

/** The whole platform (API, portal, admin) on a free port, over the run's database with the demo data. */
export async function startTestServer(options: { production?: boolean; clock?: Clock } = {}) {
  const db = createDataSource(inject('databaseUrl'));
  await db.dataSource.initialize();
  await importDemoData(db.dataSource);
  const env = loadEnv();
  const { httpServer, apollo } = await createApp(
    db.dataSource,
    {
      ...env,
      NODE_ENV: options.production ? 'production' : env.NODE_ENV,
    },
    { clock: options.clock },
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async close() {
      await apollo.stop();
      await db.dataSource.destroy();
    },
  };
}
