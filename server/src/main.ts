import { loadEnv } from './config/env.js';
import { connect } from './db/connect.js';
import { createApp } from './app.js';
import { importDemoData } from './modules/import/index.js';

const env = loadEnv();
const db = await connect(env);
if (env.SEED_DEMO) {
  const started = performance.now();
  const reports = await importDemoData(db.dataSource);
  console.log(
    `Données de démonstration : ${reports.map((r) => r.summary).join(' ; ')} (${Math.round(performance.now() - started)} ms)`,
  );
}
const { httpServer } = await createApp(db.dataSource, env);
httpServer.listen(env.PORT, () => {
  console.log(`Quartiers : http://localhost:${env.PORT}/ (portail), /admin (console), /graphql (API), /healthz`);
});

const shutdown = async () => {
  httpServer.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
