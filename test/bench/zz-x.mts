import { readFileSync } from 'node:fs';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { createDataSource } from '../../server/src/db/data-source.js';
const pg = await startEmbeddedPostgres('/work/benchpg/data', 55432);
const { dataSource: ds } = createDataSource(pg.url, { timeouts: false, poolSize: 2 });
await ds.initialize();
const [{ id: t }] = await ds.query(`SELECT id FROM territories WHERE code = 'BENCH'`);
const script = readFileSync(process.argv[2]!, 'utf8');
for (const block of script.split('\n---\n')) {
  const [head, ...rest] = block.trim().split('\n');
  const sql = rest.join('\n');
  const params = JSON.parse(head!.replace(/^--\s*/, '')).map((p: string) => (p === '$T' ? t : p));
  if (/^(CREATE|DROP|VACUUM|ANALYZE|SET)/i.test(sql)) { console.log(await ds.query(sql, params)); continue; }
  if (process.env.EXPLAIN) {
    const plan = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    console.log(plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
  }
  for (let i = 0; i < 3; i++) await ds.query(sql, params);
  const n = 20, t0 = performance.now();
  for (let i = 0; i < n; i++) await ds.query(sql, params);
  console.log(`==> ${((performance.now() - t0) / n).toFixed(2)} ms  ${head}  ${sql.slice(0, 80).replace(/\s+/g, ' ')}`);
}
await ds.destroy();
await pg.stop();
