import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.js';

describe('embedded PostgreSQL', () => {
  it('shares the server already running on a data folder (pnpm run import beside pnpm start)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'quartiers-embedded-'));
    const port = 57000 + Math.floor(Math.random() * 1000);
    const first = await startEmbeddedPostgres(path.join(dir, 'pg'), port);
    try {
      const second = await startEmbeddedPostgres(path.join(dir, 'pg'), port + 1);
      expect(second.url).toBe(first.url);
      await second.stop(); // does not stop the first process's server
      const client = new pg.Client(first.url);
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await first.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
