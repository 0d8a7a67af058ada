import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandLineOf,
  eventually,
  freePort,
  postgresProcessesOf,
  postmasterPid,
  restartPostgres,
  spawnServer,
  type ServerProcess,
} from '../support/server-process.js';
import { createDataSource } from '../../server/src/db/data-source.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';

/**
 * Faults of the database and of the server process itself, on the real server (`main.ts`) with its
 * own embedded PostgreSQL in a temporary folder; the steps run in order on that folder. SMTP down
 * is covered by server/src/modules/notifications/outbox-worker.test.ts.
 */
const TERRITORIES = graphql(`
  query FaultsTerritories {
    territories(first: 5) {
      edges {
        node {
          code
        }
      }
    }
  }
`);
/** Bounds the server promises (db/data-source.ts DB_TIMEOUTS, db/health.ts), with a margin for a loaded machine. */
const REFUSED_MS = 6_000;
const FROZEN_QUERY_MS = 25_000;
const HEALTH_MS = 3_500;

/** A typed request, timed, with the code of its first error. */
async function timed<T, V extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
) {
  const started = performance.now();
  const { status, body } = await postGraphQL(url, document, variables, {
    headers,
    signal: AbortSignal.timeout(60_000),
  });
  return { status, body, ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code };
}

async function health(url: string) {
  const started = performance.now();
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(60_000) });
  return { status: response.status, ms: performance.now() - started };
}

/** Sends `head` at once, then `drip` one byte every `everyMs`; resolves with the ms until the server closes. */
function drip(url: string, head: string, drip: string, everyMs: number): Promise<number> {
  const { port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connectTcp(Number(port), '127.0.0.1', () => socket.write(head));
    let sent = 0;
    const timer = setInterval(() => socket.writable && socket.write(drip[sent++ % drip.length]!), everyMs);
    const done = () => {
      clearInterval(timer);
      resolve(performance.now() - started);
    };
    socket
      .on('data', () => undefined)
      .once('close', done)
      .once('error', () => undefined);
  });
}

const signals = (pids: number[], signal: NodeJS.Signals) => pids.forEach((pid) => process.kill(pid, signal));

let dir: string;
let dataDir: string;
let pgPort: number;
let server: ServerProcess | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'quartiers-faults-'));
  dataDir = path.join(dir, 'pg');
  pgPort = await freePort();
});

afterAll(async () => {
  server?.child.kill('SIGKILL');
  const left = postgresProcessesOf(dataDir);
  if (left.length) signals(left, 'SIGCONT');
  if (left[0]) process.kill(left[0], 'SIGQUIT');
  await rm(dir, { recursive: true, force: true });
});

describe('faults', { timeout: 150_000 }, () => {
  let bodyDrip: Promise<number>;
  let headerDrip: Promise<number>;

  it('starts, and clients that send slowly are cut meanwhile (checked below)', async () => {
    server = await spawnServer({ dataDir, pgPort, seed: true });
    const body = '{"query":"{ __typename }"}'.padEnd(100);
    bodyDrip = drip(
      server.url,
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
      5_000,
    );
    headerDrip = drip(
      server.url,
      'GET /healthz HTTP/1.1\r\nHost: x\r\n',
      'X-Lent: abcdefghijklmnopqrstuvwxyz\r\n',
      1_000,
    );
    expect((await timed(server.url, TERRITORIES)).status).toBe(200);
  });

  it('answers 503 within its bounds while PostgreSQL is frozen, then normally again', async () => {
    const url = server!.url;
    // Idle connections in the pool: their statements are sent, and never answered (the client-side timeout).
    await Promise.all(Array.from({ length: 4 }, () => timed(url, TERRITORIES)));
    const frozen = postgresProcessesOf(dataDir);
    expect(frozen.length).toBeGreaterThan(1);
    signals(frozen, 'SIGSTOP');
    try {
      const [probe, ...queries] = await Promise.all([
        health(url),
        ...Array.from({ length: 6 }, () => timed(url, TERRITORIES)),
      ]);
      expect(probe.status).toBe(503);
      expect(probe.ms).toBeLessThan(HEALTH_MS);
      for (const query of queries) {
        expect([query.status, query.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
        expect(query.ms).toBeLessThan(FROZEN_QUERY_MS);
      }
    } finally {
      signals(frozen, 'SIGCONT');
    }
    expect(await eventually(async () => (await timed(url, TERRITORIES)).status === 200, 10_000)).toBe(true);
  });

  it('answers 503 quickly while PostgreSQL is down under load, never 500, and recovers when it is back', async () => {
    const url = server!.url;
    const postmaster = postmasterPid(dataDir)!;
    const argv = commandLineOf(postmaster);
    const answers: { status: number; code?: string; ms: number; at: number }[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const at = performance.now();
        const r = await timed(url, TERRITORIES).catch(() => ({ status: 0, code: 'NETWORK', ms: 0 }));
        answers.push({ status: r.status, code: r.code, ms: r.ms, at });
        await sleep(20);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, client));
    await sleep(500);
    process.kill(postmaster, 'SIGINT'); // fast shutdown: sessions ended, new connections refused
    expect(await eventually(() => postgresProcessesOf(dataDir).length === 0, 20_000)).toBe(true);
    await sleep(1_000);
    expect((await health(url)).status).toBe(503);
    const file = await fetch(`${url}/exports/CALL/rapports/2024/annexe.csv`);
    expect([file.status, await file.json()]).toEqual([
      503,
      { error: 'Service momentanément indisponible, réessayez dans un instant.' },
    ]);
    await sleep(1_000);
    const outage = answers.length;
    restartPostgres(argv, dataDir);
    const back = await eventually(() => answers.slice(outage).some((a) => a.status === 200), 20_000);
    running = false;
    await load;

    expect(back).toBe(true);
    const failures = answers.filter((a) => a.status !== 200);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.filter((a) => a.status !== 503 || a.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(Math.max(...failures.map((a) => a.ms))).toBeLessThan(REFUSED_MS);
    expect(server!.child.exitCode).toBeNull(); // the same server process all along
    expect((await health(url)).status).toBe(200);
  });

  it('cut a body dripped one byte every 5 s after 30 s, and headers dripped after 10 s', async () => {
    const [bodyMs, headerMs] = await Promise.all([bodyDrip, headerDrip]);
    expect(bodyMs).toBeGreaterThan(29_000);
    expect(bodyMs).toBeLessThan(37_000);
    expect(headerMs).toBeGreaterThan(9_000);
    expect(headerMs).toBeLessThan(14_000);
  });

  it('on SIGTERM, completes the requests in flight, exits 0 and stops its PostgreSQL', async () => {
    const { url, exited } = server!;
    const postgres = postgresProcessesOf(dataDir);
    signals(postgres, 'SIGSTOP'); // holds the requests inside their resolvers
    const inFlight = Promise.all(Array.from({ length: 4 }, () => timed(url, TERRITORIES)));
    await sleep(500);
    server!.child.kill('SIGTERM');
    await sleep(500);
    signals(postgres, 'SIGCONT');
    expect((await inFlight).map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(await exited).toBe(0);
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  });

  const signUp = graphql(`
    mutation FaultsSignUp($input: SignUpInput!) {
      signUp(input: $input) {
        ok
      }
    }
  `);

  it('killed (SIGKILL) during sign-ups, restarts over the PostgreSQL it left behind; each account is whole or absent', async () => {
    server = await spawnServer({ dataDir, pgPort, env: { TRUST_PROXY: 'true' } });
    const { url } = server;
    const accepted: string[] = [];
    let next = 0;
    const client = async () => {
      for (let i = next++; i < 40; i = next++) {
        const email = `panne-${i}@exemple.fr`;
        const input = {
          territoryCode: 'CALL',
          email,
          displayName: `Panne ${i}`,
          password: 'une phrase de passe solide',
        };
        const r = await timed(url, signUp, { input }, { 'x-forwarded-for': `10.9.0.${i}` }).catch(() => null);
        if (r?.status === 200 && !r.body.errors) accepted.push(email);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, client));
    expect(await eventually(() => accepted.length >= 3, 30_000)).toBe(true);
    server.child.kill('SIGKILL');
    await server.exited;
    await load;
    const orphan = postmasterPid(dataDir)!;
    expect(postgresProcessesOf(dataDir)[0]).toBe(orphan); // left running, with nobody to stop it

    server = await spawnServer({ dataDir, pgPort });
    expect(server.output()).toContain(`(PID ${orphan}) sans processus propriétaire : arrêt.`);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    const { dataSource } = createDataSource(`postgres://postgres:quartiers-local@127.0.0.1:${pgPort}/quartiers`);
    await dataSource.initialize();
    try {
      const rows = (await dataSource.query(
        `SELECT u.email,
                (SELECT count(*)::int FROM memberships m WHERE m.user_id = u.id) AS memberships,
                (SELECT count(*)::int FROM account_tokens t WHERE t.user_id = u.id) AS tokens,
                (SELECT count(*)::int FROM email_outbox o WHERE o.user_id = u.id) AS emails
           FROM users u WHERE u.email LIKE 'panne-%'`,
      )) as { email: string; memberships: number; tokens: number; emails: number }[];
      expect(rows.map((r) => r.email)).toEqual(expect.arrayContaining(accepted));
      expect(rows.filter((r) => r.memberships !== 1 || r.tokens !== 1 || r.emails !== 1)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('starts over a stale postmaster.pid naming a live process that is not PostgreSQL', async () => {
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    expect(postgresProcessesOf(dataDir)).toEqual([]); // nothing runs on the folder: only the file is stale
    const unrelated = spawn('sleep', ['300'], { stdio: 'ignore' });
    try {
      const stale = [
        unrelated.pid,
        dataDir,
        Math.floor(Date.now() / 1000),
        pgPort,
        '/tmp',
        '127.0.0.1',
        '  1 2',
        'ready   ',
      ];
      await writeFile(path.join(dataDir, 'postmaster.pid'), `${stale.join('\n')}\n`);
      server = await spawnServer({ dataDir, pgPort });
      expect((await timed(server.url, TERRITORIES)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(postgresProcessesOf(dataDir)).toEqual([]);
      expect(unrelated.exitCode).toBeNull(); // left alone
    } finally {
      unrelated.kill();
      server = undefined;
    }
  });
});
