import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnv } from '../config/env.js';
import { connect } from '../db/connect.js';

/**
 * `pnpm db:generate <kebab-name>`: writes the migration that brings the database to the entities.
 * Review the SQL, add it to migrations/index.ts, commit.
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('Usage : pnpm db:generate <nom-en-kebab-case>');
  process.exit(2);
}
const env = loadEnv();
const db = await connect(env);
const sql = await db.dataSource.driver.createSchemaBuilder().log();
await db.close();
if (sql.upQueries.length === 0) {
  console.log('Aucun changement : le schéma correspond aux entités.');
  process.exit(0);
}
const timestamp = Date.now();
const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
  queries
    .map(
      (q) =>
        `    await q.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
    )
    .join('\n');
const file = path.join(env.repoRoot, 'server/src/db/migrations', `${timestamp}-${name}.ts`);
writeFileSync(
  file,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
);
console.log(`Écrit : ${file}`);
