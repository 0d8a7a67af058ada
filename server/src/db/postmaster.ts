import { readFile, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What a data folder's postmaster.pid says about the PostgreSQL serving it, and who started that
 * PostgreSQL. A killed server (kill -9) leaves its PostgreSQL running with nobody to stop it; a
 * stale postmaster.pid may name a PID that now belongs to another program, which PostgreSQL takes
 * for a live server and so refuses to start. Linux's /proc tells them apart; elsewhere a live PID
 * is taken at its word (the former behaviour).
 */

export interface Postmaster {
  pid: number;
  port: number;
}

const pidFile = (dataDir: string) => path.join(dataDir, 'postmaster.pid');

/**
 * Who started the PostgreSQL of a data folder: the node process's PID, in a file beside the folder
 * (not in it: initdb wants an empty folder, and a copy of the folder must not carry it).
 */
const ownerFile = (dataDir: string) => `${path.resolve(dataDir)}.owner`;

/** postmaster.pid's first lines: PID, data folder, start time, port. */
export async function readPostmaster(dataDir: string): Promise<Postmaster | null> {
  const text = await readFile(pidFile(dataDir), 'utf8').catch(() => null);
  return text === null ? null : parsePidFile(text);
}

/** The same, for an 'exit' handler, where only synchronous work is done. */
export function readPostmasterSync(dataDir: string): Postmaster | null {
  try {
    return parsePidFile(readFileSync(pidFile(dataDir), 'utf8'));
  } catch {
    return null;
  }
}

function parsePidFile(text: string): Postmaster {
  const [pid, , , port] = text.split('\n');
  return { pid: Number(pid), port: Number(port) };
}

const hasProc = () => existsSync('/proc/self/cmdline');

/** Whether `pid` is a live postgres server process whose data folder (its -D argument) is `dataDir`. */
export async function servesDataDir(pid: number, dataDir: string): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (!hasProc()) return isAlive(pid);
  const argv = await readFile(`/proc/${pid}/cmdline`, 'utf8').then(
    (text) => text.split('\0'),
    () => null,
  );
  if (!argv || path.basename(argv[0] ?? '') !== 'postgres') return false;
  const folder = argv[argv.indexOf('-D') + 1];
  return folder !== undefined && (await sameFolder(folder, dataDir));
}

async function sameFolder(a: string, b: string) {
  const [ra, rb] = await Promise.all([
    realpath(a).catch(() => path.resolve(a)),
    realpath(b).catch(() => path.resolve(b)),
  ]);
  return ra === rb;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The node process that started the folder's PostgreSQL, if it still runs (the same program as this one). */
export async function liveOwner(dataDir: string): Promise<number | null> {
  const pid = Number(await readFile(ownerFile(dataDir), 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  if (pid === process.pid || !hasProc()) return pid;
  // A PID reused by another program after the owner was killed does not own the folder.
  const [exe, ours] = await Promise.all([readlink(`/proc/${pid}/exe`).catch(() => null), realpath(process.execPath)]);
  return exe === ours ? pid : null;
}

export const claimOwnership = (dataDir: string) => writeFile(ownerFile(dataDir), String(process.pid));

export async function releaseOwnership(dataDir: string) {
  const owner = await readFile(ownerFile(dataDir), 'utf8').catch(() => null);
  if (owner === String(process.pid)) await rm(ownerFile(dataDir), { force: true });
}

/** A postmaster.pid naming no PostgreSQL of this folder: PostgreSQL would refuse to start over it. */
export const removeStalePidFile = (dataDir: string) => rm(pidFile(dataDir), { force: true });

/**
 * Stops the PostgreSQL `pid` serving `dataDir`: SIGINT is its « fast » shutdown (sessions ended,
 * a checkpoint, then exit); SIGQUIT, its immediate one, if that takes too long. Done once the
 * process no longer serves the folder (gone, or a zombie awaiting its parent).
 */
export async function stopPostmaster(pid: number, dataDir: string) {
  for (const [signal, waitMs] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    for (let waited = 0; waited < waitMs; waited += 100) {
      if (!(await servesDataDir(pid, dataDir))) return;
      await sleep(100);
    }
  }
  throw new Error(`Le PostgreSQL resté actif sur ${dataDir} (PID ${pid}) ne s’arrête pas.`);
}
