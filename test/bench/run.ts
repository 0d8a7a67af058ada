/**
 * `pnpm bench`: the portal's main queries through GraphQL, side by side with the same data served by a
 * minimal raw-SQL HTTP handler (the floor), in one run; then the portal's initial JavaScript, gzipped.
 * Prints ratios; asserts nothing (not a timed test).
 */
import '../../server/src/gc-tuning.js';
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../../server/src/config/env.js';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { createDataSource } from '../../server/src/db/data-source.js';
import { createApp } from '../../server/src/app.js';
import { importDemoData, importTerritory } from '../../server/src/import/index.js';
import { buildTerritoryFile } from '../../server/test/factories.js';
import { freePort } from '../../server/test/free-port.js';
import type { Load, LoadResult } from './load-generator.js';
import { IDEAS_FLOOR_SQL, IDEA_QUERIES, benchIdeaReads, benchSubmissions, seedIdeaVolume } from './ideas.js';
import { ARGON2_PARAMS } from '../../server/src/modules/identity/index.js';
import { createIdentityStore } from '../../server/src/modules/identity/identity.store.js';
import { hashPassword } from '../../server/src/modules/identity/passwords.js';

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 3) * 1000;
/** Rounds per query, alternating which side goes first: the machine's speed drifts during a run. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 8;

const env = loadEnv();
const dir = await mkdtemp(path.join(tmpdir(), 'quartiers-bench-'));
const pg = env.DATABASE_URL ? null : await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
const { dataSource } = createDataSource(env.DATABASE_URL ?? pg!.url, { poolSize: 20 });
await dataSource.initialize();
await dataSource.runMigrations({ transaction: 'each' });
await importDemoData(dataSource);
await importTerritory(dataSource, buildTerritoryFile({ code: 'BENCH', actions: 100 }));
const [{ id: benchTerritoryId }] = await dataSource.query(`SELECT id FROM territories WHERE code = 'BENCH'`);
// Bulk statements run for seconds: their own connection, without the requests' timeouts.
const { dataSource: bulk } = createDataSource(env.DATABASE_URL ?? pg!.url, { timeouts: false, poolSize: 1 });
await bulk.initialize();
const volume = await seedIdeaVolume(bulk, benchTerritoryId);
await bulk.destroy();
console.log(
  `Idées du territoire BENCH : ${volume.ideas} idées, ${volume.supports} soutiens (créés en ${volume.seconds.toFixed(0)} s)`,
);

// Behind a trusted proxy, as in production: the submission bench gives each client its own address.
const { httpServer } = await createApp(dataSource, { ...env, NODE_ENV: 'production', TRUST_PROXY: true });
await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
const graphqlUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
// The same server keeping no search results, for the side-by-side figures of search and suggestion.
const uncached = await createApp(dataSource, { ...env, NODE_ENV: 'production', IDEA_SEARCH_CACHE_SECONDS: 0 });
await new Promise<void>((r) => uncached.httpServer.listen(0, '127.0.0.1', r));
const uncachedUrl = `http://127.0.0.1:${(uncached.httpServer.address() as AddressInfo).port}/graphql`;

/**
 * The floor: one hand-written statement per page, JSON built by PostgreSQL. Measured twice: sent as
 * is, as a minimal handler does, and prepared, as the platform's stores send theirs.
 */
interface Pool {
  query(statement: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
const pool = (dataSource.driver as unknown as { master: Pool }).master;
const rawQuery = async (q: URLSearchParams, name: string, text: string, values: unknown[]) =>
  q.has('prepared') ? (await pool.query({ name, text, values })).rows : dataSource.query(text, values);
const RAW: Record<string, (q: URLSearchParams) => Promise<unknown>> = {
  programmation: async (q) =>
    (
      await rawQuery(
        q,
        'floor-programmation',
        `SELECT json_build_object('year', p.year, 'totalCost', p.total_cost, 'actions', (
           SELECT coalesce(json_agg(a ORDER BY a.title), '[]') FROM (
             SELECT a.id, a.title, a.year,
               (SELECT json_build_object('name', o.name, 'kind', o.kind) FROM operators o WHERE o.territory_id = a.territory_id AND o.id = a.operator_id) AS operator,
               (SELECT coalesce(json_agg(json_build_object('name', c.name)), '[]') FROM action_communes ac JOIN communes c ON c.id = ac.commune_id WHERE ac.territory_id = a.territory_id AND ac.action_id = a.id) AS communes,
               (SELECT json_build_object('code', f.code, 'title', f.title) FROM framework_items f WHERE f.territory_id = a.territory_id AND f.id = a.framework_item_id) AS "frameworkItem",
               (SELECT coalesce(json_agg(json_build_object('amount', fu.amount, 'funder', json_build_object('name', fd.name))), '[]') FROM fundings fu JOIN funders fd ON fd.id = fu.funder_id WHERE fu.territory_id = a.territory_id AND fu.action_id = a.id) AS fundings
             FROM actions a WHERE a.territory_id = p.territory_id AND a.programmation_id = p.id ORDER BY a.title LIMIT 50) a)) AS page
         FROM programmations p JOIN territories t ON t.id = p.territory_id WHERE t.code = $1 AND p.year = $2`,
        [q.get('code'), Number(q.get('year'))],
      )
    )[0],
  quartiers: async (q) =>
    (
      await rawQuery(
        q,
        'floor-quartiers',
        `SELECT json_build_object('name', t.name, 'quartiers', (
           SELECT coalesce(json_agg(x ORDER BY x.name), '[]') FROM (
             SELECT qu.id, qu.name, qu.kind, (SELECT coalesce(json_agg(json_build_object('name', c.name)), '[]')
               FROM quartier_communes qc JOIN communes c ON c.id = qc.commune_id WHERE qc.territory_id = qu.territory_id AND qc.quartier_id = qu.id) AS communes
             FROM quartiers qu WHERE qu.territory_id = t.id ORDER BY qu.name LIMIT 100) x)) AS page
         FROM territories t WHERE t.code = $1`,
        [q.get('code')],
      )
    )[0],
  ideas: async (q) => (await rawQuery(q, 'floor-ideas', IDEAS_FLOOR_SQL, [q.get('code')]))[0],
};
const raw = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const handler = RAW[url.pathname.slice(1)];
  if (!handler) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await handler(url.searchParams)));
});
await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;

const QUERIES: Record<string, { graphql: string; raw: string; concurrency?: number }> = {
  programmation: {
    graphql: `query { territory(code: "BENCH") { programmation(year: 2024) { year totalCost { printed } actions(first: 50) { edges { node {
      id title year operator { name kind } communes { name } frameworkItem { code title } fundings { amount funder { name } } } } } } } }`,
    raw: `${rawUrl}/programmation?code=BENCH&year=2024`,
  },
  quartiers: {
    graphql: `query { territory(code: "CALL") { name quartiers(first: 100) { edges { node { id name kind communes { name } } } } } }`,
    raw: `${rawUrl}/quartiers?code=CALL`,
  },
  ideas: {
    graphql: IDEA_QUERIES('BENCH').ideasList,
    raw: `${rawUrl}/ideas?code=BENCH`,
    concurrency: 16,
  },
};

const clients = fork(fileURLToPath(new URL('./load-generator.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
function load(request: Omit<Load, 'durationMs' | 'concurrency'> & { concurrency?: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    clients.once('message', (m: { result?: LoadResult; error?: string }) =>
      m.result ? resolve(m.result) : reject(new Error(m.error)),
    );
    clients.send({ concurrency: CONCURRENCY, ...request, durationMs: DURATION_MS } satisfies Load);
  });
}
/** Clients that each send their own requests in order (Load.scripts): their latencies, sorted. */
function scripted(request: Omit<Load, 'durationMs'>): Promise<number[]> {
  return new Promise((resolve, reject) => {
    clients.once('message', (m: { latencies?: number[]; error?: string }) =>
      m.latencies ? resolve(m.latencies) : reject(new Error(m.error)),
    );
    clients.send({ ...request, durationMs: 0 } satisfies Load);
  });
}

/** CPU seconds spent so far by the machine's PostgreSQL processes (Linux /proc), or null elsewhere. */
async function postgresCpu(): Promise<number | null> {
  try {
    let ticks = 0;
    for (const pid of (await readdir('/proc')).filter((d) => /^\d+$/.test(d))) {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat) ?? [];
      if (comm !== 'postgres' || !rest) continue;
      const fields = rest.split(' ');
      // utime, stime, and cutime, cstime: the postmaster collects the time of backends that exited.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

/** A load, with what it cost per request: this process (the server under test), PostgreSQL, the clients. */
async function measured(run: () => Promise<LoadResult>) {
  const [cpu, pg0] = [process.cpuUsage(), await postgresCpu()];
  const result = await run();
  const { user, system } = process.cpuUsage(cpu);
  const pg1 = await postgresCpu();
  const per = (ms: number) => (ms / result.requests).toFixed(1);
  const cost = {
    server: per((user + system) / 1000),
    postgres: pg0 === null || pg1 === null ? '?' : per((pg1 - pg0) * 1000),
    clients: per(result.clientCpuMs),
  };
  return { ...result, cost };
}

console.log(
  `Débit et latence, ${CONCURRENCY} clients (processus à part), ${ROUNDS} manches de ${DURATION_MS / 1000} s ` +
    `par mesure et par côté (ordre tournant), même base ; débits de la manche médiane, ratio médian et ` +
    `ratios de chaque manche entre crochets`,
);
for (const [name, q] of Object.entries(QUERIES)) {
  const body = JSON.stringify({ query: q.graphql });
  // Same bytes on the wire for both: compression, which only the platform does, is left to a proxy here.
  const identity = { 'accept-encoding': 'identity' };
  const concurrency = q.concurrency ?? CONCURRENCY;
  const viaGraphql = () =>
    load({
      url: graphqlUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...identity },
      body,
      concurrency,
    });
  const viaRaw = () => load({ url: q.raw, headers: identity, concurrency });
  const viaPrepared = () => load({ url: `${q.raw}&prepared`, headers: identity, concurrency });
  for (const warmUp of [viaGraphql, viaRaw, viaPrepared]) await warmUp(); // JIT, plans, pool
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    const sides = [viaGraphql, viaRaw, viaPrepared];
    const order = [...sides.slice(i % 3), ...sides.slice(0, i % 3)];
    const results = new Map<() => Promise<LoadResult>, Awaited<ReturnType<typeof measured>>>();
    for (const side of order) results.set(side, await measured(side));
    const [g, r, p] = sides.map((side) => results.get(side)!);
    rounds.push({ g: g!, r: r!, p: p!, ratio: g!.rps / r!.rps, ratioPrepared: g!.rps / p!.rps });
  }
  const middle = <T>(xs: T[], by: (x: T) => number) =>
    [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)]!;
  const median = (xs: number[]) => middle(xs, (x) => x);
  const all = (xs: number[]) => `[${xs.map((x) => x.toFixed(2)).join(' ')}]`;
  const { g, r, p } = middle(rounds, (x) => x.ratio);
  const side = (label: string, m: LoadResult) =>
    `${label} ${m.rps.toFixed(0).padStart(6)} req/s p99 ${m.p99.toFixed(1).padStart(6)} ms`;
  const pad = ''.padEnd(14);
  console.log(
    `${name.padEnd(14)} (${concurrency} clients) ${side('GraphQL', g)} | ${side('SQL brut', r)} | ${side('SQL brut préparé', p)}\n` +
      `${pad} ratio débit contre SQL brut ${median(rounds.map((x) => x.ratio)).toFixed(2)} ` +
      `${all(rounds.map((x) => x.ratio))}, contre SQL brut préparé ` +
      `${median(rounds.map((x) => x.ratioPrepared)).toFixed(2)} ${all(rounds.map((x) => x.ratioPrepared))} ` +
      `(objectif ≥ 0.50)\n` +
      `${pad} CPU par requête (GraphQL / SQL brut / préparé) : serveur ${g.cost.server} / ${r.cost.server} / ` +
      `${p.cost.server} ms, PostgreSQL ${g.cost.postgres} / ${r.cost.postgres} / ${p.cost.postgres} ms, ` +
      `clients ${g.cost.clients} / ${r.cost.clients} / ${p.cost.clients} ms`,
  );
}

// The other idea pages at 16 clients, then submissions.
for (const line of await benchIdeaReads(load, graphqlUrl, uncachedUrl, 'BENCH')) console.log(line);
// Three rounds, the median one printed with every round's p99: one garbage collection can make a p99.
const rounds = [];
for (let round = 0; round < 3; round++)
  rounds.push(await benchSubmissions(dataSource, scripted, graphqlUrl, benchTerritoryId));
const submissions = [...rounds].sort((a, b) => a.p99 - b.p99)[1]!;
console.log(
  `Soumission d’idées (16 personnes à la fois, 3 manches de ${submissions.count} idées) : p50 ${submissions.p50.toFixed(1)} ms, ` +
    `p99 ${submissions.p99.toFixed(1)} ms [${rounds.map((r) => r.p99.toFixed(0)).join(' ')}] (objectif p99 ≤ 200 ms)`,
);

// Sign-in latency with the argon2id parameters in force, while 8 clients load the programmation page.
const PASSWORD = 'une phrase de passe pour le banc';
const account = await createIdentityStore(dataSource).insertUser({
  email: `banc-${Date.now()}@exemple.fr`,
  displayName: 'Banc',
  passwordHash: await hashPassword(PASSWORD),
  verifiedAt: new Date(),
});
const signIn = JSON.stringify({
  query: 'mutation($i: SignInInput!) { signIn(input: $i) { me { id } } }',
  variables: { i: { email: account!.email, password: PASSWORD } },
});
const background = load({
  url: graphqlUrl,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: QUERIES.programmation!.graphql }),
});
const signIns: number[] = [];
const until = performance.now() + DURATION_MS - 500;
while (performance.now() < until) {
  const t0 = performance.now();
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: signIn,
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`connexion refusée : ${JSON.stringify(body.errors)}`);
  signIns.push(performance.now() - t0);
}
const portalUnderSignIns = await background;
signIns.sort((a, b) => a - b);
const pct = (p: number) => signIns[Math.min(signIns.length - 1, Math.floor(signIns.length * p))]!.toFixed(1);
console.log(
  `Connexion (argon2id m=${ARGON2_PARAMS.memoryCost} Kio, t=${ARGON2_PARAMS.timeCost}, p=${ARGON2_PARAMS.parallelism}) ` +
    `pendant ${portalUnderSignIns.rps.toFixed(0)} req/s sur la programmation : p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms ` +
    `(${signIns.length} connexions)`,
);

// Initial JavaScript of the portal: the entry scripts and their preloaded chunks, gzipped.
const dist = path.join(env.repoRoot, 'portal', 'dist');
const html = await readFile(path.join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
let gz = 0;
for (const a of assets) gz += gzipSync(await readFile(path.join(dist, a)), { level: 9 }).length;
console.log(
  `JavaScript initial du portail : ${(gz / 1024).toFixed(1)} Ko gzip (${assets.length} fichier(s), objectif ≤ 150 Ko)`,
);

clients.kill();
httpServer.close();
uncached.httpServer.close();
raw.close();
await dataSource.destroy();
await pg?.stop();
await rm(dir, { recursive: true, force: true });
process.exit(0);
