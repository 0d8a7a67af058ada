import './gc-tuning.js';
import { loadEnv } from './config/env.js';
import { connect } from './db/connect.js';
import { createApp } from './app.js';
import { seedDemo } from './demo.js';
import { smtpTransport, startOutboxWorker } from './modules/notifications/index.js';
import { startDeadlineWorker } from './modules/consultation/index.js';
import { systemClock } from './shared/clock.js';

const env = loadEnv();
const db = await connect(env);
if (env.SEED_DEMO) await seedDemo(db.dataSource, env);
const { httpServer } = await createApp(db.dataSource, env);
const stopOutbox = env.SMTP_URL
  ? startOutboxWorker(db.dataSource, smtpTransport(env.SMTP_URL), env.MAIL_FROM, systemClock)
  : (console.log('Pas de SMTP_URL : les emails restent dans la boîte d’envoi, lisible dans /admin.'), () => {});
const stopDeadlines = startDeadlineWorker(db.dataSource, systemClock, env.PUBLIC_URL);
httpServer.listen(env.PORT, () => {
  console.log(`Quartiers : http://localhost:${env.PORT}/ (portail), /admin (console), /graphql (API), /healthz`);
});

// Once, whatever the signals: `pnpm start` relays a SIGTERM the process may also receive itself.
let stopping: Promise<void> | undefined;
const shutdown = () =>
  (stopping ??= (async () => {
    stopOutbox();
    stopDeadlines();
    httpServer.close();
    await db.close();
    process.exit(0);
  })());
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
