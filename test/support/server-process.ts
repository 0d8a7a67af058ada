import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../server/test/free-port.js';

export { freePort };

const serverDir = path.resolve(import.meta.dirname, '../../server');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process wrote so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * The real server (`server/src/main.ts`, as `pnpm start` runs it) in its own process, on its own
 * embedded PostgreSQL in `dataDir`; resolves once /healthz answers 200.
 */
export async function spawnServer(options: {
  dataDir: string;
  pgPort: number;
  seed?: boolean;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    QUARTIERS_DATA_DIR: options.dataDir,
    EMBEDDED_PG_PORT: String(options.pgPort),
    SEED_DEMO: String(options.seed ?? false),
    ...options.env,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'inconnu')),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté au démarrage :\n${output}`);
    const status = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3_000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Le serveur ne répond pas après 120 s :\n${output}`);
    }
    await sleep(200);
  }
  return { url, child, output: () => output, exited };
}

/** PIDs of the live postgres processes (postmaster first) whose -D argument is `dataDir`. */
export function postgresProcessesOf(dataDir: string): number[] {
  const postmaster = postmasterPid(dataDir);
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const isPostmaster = path.basename(argv[0] ?? '') === 'postgres' && argv[argv.indexOf('-D') + 1] === dataDir;
      // Backends bear the postmaster's name in their title only: they are found as its children.
      if (isPostmaster || (postmaster && ppid === postmaster)) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found.sort((a, b) => (a === postmaster ? -1 : b === postmaster ? 1 : a - b));
}

/** The postmaster PID recorded in `dataDir`, if its file exists. */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

/** The command line of a process, to start it again the same way. */
export const commandLineOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);

/** Starts a postgres again by its former command line, as the owner of its data folder (not root). */
export function restartPostgres(argv: string[], dataDir: string) {
  const { uid, gid } = statSync(dataDir);
  const child = spawn(argv[0]!, argv.slice(1), { uid, gid, stdio: 'ignore', detached: true });
  child.unref();
}

/** Waits until `check` holds, polling; false if it still does not after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) if (await check()) return true;
  return check();
}
