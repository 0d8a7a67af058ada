import './gc-tuning.js';
import { loadEnv } from './config/env.js';
import { connect, type Connected } from './db/connect.js';
import { createApp, type App } from './app.js';
import { seedDemo } from './demo.js';
import { smtpTransport, startOutboxWorker } from './modules/notifications/notifications.module.js';
import { startDeadlineWorker } from './modules/consultation/consultation.module.js';
import { startEventRemindersWorker } from './modules/events/events.module.js';
import { systemClock } from './shared/clock.js';

/** Past this, a shutdown that hangs (a request that never ends) exits anyway, stopping PostgreSQL on the way. */
const SHUTDOWN_LIMIT_MS = 30_000;

const env = loadEnv();
let db: Connected | undefined;
let app: App | undefined;
const stopWorkers: (() => void)[] = [];

/**
 * Once, whatever the signals and errors (`pnpm start` relays a SIGTERM the process may also
 * receive itself): the start-up under way ends (it goes no further than its current step), workers
 * stop, in-flight requests complete (Apollo's drain, 10 s at most), then the database closes and
 * the embedded PostgreSQL this process started stops with it.
 */
let stopping: Promise<void> | undefined;
const shutdown = (exitCode: number) =>
  (stopping ??= (async () => {
    setTimeout(() => process.exit(exitCode || 1), SHUTDOWN_LIMIT_MS).unref();
    await starting.catch(() => undefined);
    try {
      for (const stop of stopWorkers) stop();
      await app?.apollo.stop();
    } catch (e) {
      console.error('Arrêt du serveur HTTP :', e);
    }
    try {
      await db?.close();
    } catch (e) {
      console.error('Arrêt de la base :', e);
      exitCode ||= 1;
    }
    process.exit(exitCode);
  })());
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('uncaughtException', (error) => {
  console.error('Exception non rattrapée, arrêt :', error);
  void shutdown(1);
});
process.on('unhandledRejection', (reason) => {
  console.error('Promesse rejetée sans traitement, arrêt :', reason);
  void shutdown(1);
});

async function start() {
  db = await connect(env);
  if (env.SEED_DEMO && !stopping) await seedDemo(db.dataSource, env);
  if (stopping) return;
  app = await createApp(db.dataSource, env);
  stopWorkers.push(
    env.SMTP_URL
      ? startOutboxWorker(db.dataSource, smtpTransport(env.SMTP_URL), env.MAIL_FROM, systemClock)
      : (console.log('Pas de SMTP_URL : les emails restent dans la boîte d’envoi, lisible dans /admin.'), () => {}),
    startDeadlineWorker(db.dataSource, systemClock, env.PUBLIC_URL),
    startEventRemindersWorker(db.dataSource, systemClock, env.PUBLIC_URL),
  );
  if (stopping) return;
  app.httpServer.listen(env.PORT, () => {
    console.log(`Quartiers : http://localhost:${env.PORT}/ (portail), /admin (console), /graphql (API), /healthz`);
  });
}

const starting = start();
starting.catch((error: unknown) => {
  console.error('Démarrage impossible :', error);
  void shutdown(1);
});
