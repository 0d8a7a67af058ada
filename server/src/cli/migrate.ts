import { loadEnv } from '../config/env.js';
import { connect } from '../db/connect.js';

/** `pnpm db:migrate`: applies the committed migrations that the database lacks, and says where it stands. */
const db = await connect(loadEnv());
const applied = (await db.dataSource.query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
console.log(`Base à jour : ${applied.length} migrations appliquées (dernière : ${applied.at(-1)?.name ?? 'aucune'}).`);
await db.close();
