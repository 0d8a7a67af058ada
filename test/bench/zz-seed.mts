import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { createDataSource } from '../../server/src/db/data-source.js';
import { importDemoData, importTerritory } from '../../server/src/import/index.js';
import { buildTerritoryFile } from '../../server/test/factories.js';
import { seedIdeaVolume } from './ideas.js';
const pg = await startEmbeddedPostgres('/work/benchpg/data', 55432);
console.log(pg.url);
const { dataSource } = createDataSource(pg.url, { timeouts: false, poolSize: 2 });
await dataSource.initialize();
await dataSource.runMigrations({ transaction: 'each' });
const have = await dataSource.query(`SELECT id FROM territories WHERE code = 'BENCH'`);
if (!have.length) {
  await importDemoData(dataSource);
  await importTerritory(dataSource, buildTerritoryFile({ code: 'BENCH', actions: 100 }));
  const [{ id }] = await dataSource.query(`SELECT id FROM territories WHERE code = 'BENCH'`);
  console.log(await seedIdeaVolume(dataSource, id));
}
await dataSource.destroy();
await pg.stop();
