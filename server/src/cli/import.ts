import path from 'node:path';
import { loadEnv } from '../config/env.js';
import { connect } from '../db/connect.js';
import { importTerritoryFile, ImportError } from '../import/index.js';

/** `pnpm run import <file.json> [--complete]` (`pnpm import` alone is pnpm’s own lockfile command). */
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('Usage : pnpm run import <fichier.json> [--complete]');
  process.exit(2);
}
const env = loadEnv();
const db = await connect(env);
let failed = false;
for (const file of files) {
  const started = performance.now();
  try {
    const report = await importTerritoryFile(
      db.dataSource,
      path.resolve(env.INIT_CWD ?? process.cwd(), file),
      args.includes('--complete') ? 'complete' : 'replace',
    );
    console.log(`${file} : ${report.summary} (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    failed = true;
    console.error(`${file} : import refusé, base inchangée — ${e instanceof ImportError ? e.message : String(e)}`);
  }
}
await db.close();
process.exit(failed ? 1 : 0);
