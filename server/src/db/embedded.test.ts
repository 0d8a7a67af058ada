import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.js';
import { readPostmaster } from './postmaster.js';
import { freePort } from '../../test/free-port.js';

async function selectOne(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('shares the server already running on a data folder (pnpm run import beside pnpm start)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'quartiers-embedded-'));
    const first = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
    try {
      const second = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
      expect(second.url).toBe(first.url);
      await second.stop(); // does not stop the first process's server
      expect(await selectOne(first.url)).toEqual([{ one: 1 }]);
    } finally {
      await first.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves alone a PostgreSQL whose owner process lives, and stops one whose owner is gone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'quartiers-embedded-'));
    const dataDir = path.join(dir, 'pg');
    const first = await startEmbeddedPostgres(dataDir, await freePort());
    // Another node process (a running server) now owns the folder.
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await writeFile(`${dataDir}.owner`, String(owner.pid));
      const before = (await readPostmaster(dataDir))!.pid;
      const shared = await startEmbeddedPostgres(dataDir, await freePort());
      expect(shared.url).toBe(first.url);
      expect((await readPostmaster(dataDir))!.pid).toBe(before);

      owner.kill('SIGKILL');
      await new Promise((resolve) => owner.once('exit', resolve));
      // Its owner killed, the PostgreSQL is an orphan: stopped, and a fresh one started on the port asked.
      const port = await freePort();
      const fresh = await startEmbeddedPostgres(dataDir, port);
      try {
        expect(fresh.url).toContain(`:${port}/`);
        expect((await readPostmaster(dataDir))!.pid).not.toBe(before);
        expect(await readFile(`${dataDir}.owner`, 'utf8')).toBe(String(process.pid));
        expect(await selectOne(fresh.url)).toEqual([{ one: 1 }]);
      } finally {
        await fresh.stop();
      }
      expect(await readPostmaster(dataDir)).toBeNull(); // stopped cleanly: PostgreSQL removed its pid file
    } finally {
      owner.kill('SIGKILL');
      await first.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says why when PostgreSQL cannot start, here on a port another program holds', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'quartiers-embedded-'));
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startEmbeddedPostgres(path.join(dir, 'pg'), port)).rejects.toThrow(
        new RegExp(`PostgreSQL ne démarre pas sur le port ${port} .*${port}`, 's'),
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
      await rm(dir, { recursive: true, force: true });
    }
  });
});
