/**
 * Ideas at scale: a territory with 100 000 ideas and 500 000 supports, its list, search and
 * similar-idea suggestion under 16 concurrent clients, and idea submission. The list is compared
 * with a raw-SQL floor of the same page, measured side by side.
 */
import type { createDataSource } from '../../server/src/db/data-source.js';
import type { Load, LoadResult } from './load-generator.js';
import { writeSession } from '../../server/test/session.js';

type DataSource = ReturnType<typeof createDataSource>['dataSource'];

export const IDEA_COUNT = Number(process.env.BENCH_IDEAS ?? 100_000);
export const SUPPORT_COUNT = Number(process.env.BENCH_SUPPORTS ?? 500_000);
const CONCURRENCY = 16;

const WHAT = [
  'Jardin',
  'Aire de jeux',
  'Banc',
  'Éclairage',
  'Piste cyclable',
  'Fresque',
  'Composteur',
  'Marché',
  'Atelier',
  'Fête',
];
const HOW = [
  'partagé',
  'pour les enfants',
  'près de l’école',
  'au square',
  'rue principale',
  'du quartier',
  'pour les aînés',
  'le samedi',
  'solidaire',
  'en bas des immeubles',
];
const sqlArray = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]`;

/** Bulk rows in SQL (seconds, not minutes): ideas spread over quartiers and statuses, skewed supports. */
export async function seedIdeaVolume(dataSource: DataSource, territoryId: string) {
  const t0 = performance.now();
  await dataSource.transaction(async (tx) => {
    await tx.query('SET LOCAL statement_timeout = 0'); // bulk statements, far above the requests' timeout
    await seedIn(tx, territoryId);
  });
  await dataSource.query('ANALYZE ideas; ANALYZE idea_supports; ANALYZE moderation_items');
  const [{ ideas, supports }] = await dataSource.query(
    `SELECT (SELECT count(*) FROM ideas WHERE territory_id = $1)::int AS ideas,
            (SELECT count(*) FROM idea_supports WHERE territory_id = $1)::int AS supports`,
    [territoryId],
  );
  return { ideas, supports, seconds: (performance.now() - t0) / 1000 };
}

async function seedIn(ds: { query: DataSource['query'] }, territoryId: string) {
  const authors = await ds.query(
    `INSERT INTO users (email, display_name, email_verified_at)
     SELECT 'banc-idees-' || i || '@exemple.fr', 'Habitant ' || i, now() FROM generate_series(1, 2000) i
     ON CONFLICT (email) DO NOTHING RETURNING id`,
  );
  await ds.query(
    `INSERT INTO ideas (territory_id, title, body, quartier_id, author_id, publication, status, answer,
       answered_at, first_answered_at, created_at, published_at)
     SELECT $1, w.what || ' ' || w.how || ' n° ' || i,
       'Proposition n° ' || i || ' : ' || w.what || ' ' || w.how || ', pour que le quartier vive mieux.',
       (SELECT q.id FROM quartiers q WHERE q.territory_id = $1 ORDER BY q.id OFFSET i % 2 LIMIT 1),
       ($2::uuid[])[1 + i % array_length($2::uuid[], 1)], 'PUBLISHED',
       (ARRAY['NEW','NEW','UNDER_STUDY','RETAINED','NOT_RETAINED','CARRIED_OUT'])[1 + i % 6],
       CASE WHEN i % 6 >= 2 THEN 'Réponse de la collectivité.' END,
       CASE WHEN i % 6 >= 2 THEN now() - (i % 300) * interval '1 hour' END,
       CASE WHEN i % 6 >= 2 THEN now() - (i % 300) * interval '1 hour' END,
       now() - i * interval '5 minutes', now() - i * interval '5 minutes'
     FROM generate_series(1, $3::int) i,
       LATERAL (SELECT (${sqlArray(WHAT)})[1 + i % 10] AS what, (${sqlArray(HOW)})[1 + (i / 10) % 10] AS how) w`,
    [territoryId, authors.map((a: { id: string }) => a.id), IDEA_COUNT],
  );
  // Supports: a few ideas gather many (a power law), most a handful; people are random uuids.
  await ds.query(
    `WITH ranked AS (SELECT id, row_number() OVER (ORDER BY created_at) AS n FROM ideas WHERE territory_id = $1),
       drawn AS MATERIALIZED (SELECT 1 + floor(power(random(), 3) * $3)::int AS n FROM generate_series(1, $2::int))
     INSERT INTO idea_supports (territory_id, idea_id, origin_idea_id, user_id, created_at)
     SELECT $1, r.id, r.id, gen_random_uuid(), now() FROM drawn d JOIN ranked r ON r.n = d.n`,
    [territoryId, SUPPORT_COUNT, IDEA_COUNT],
  );
  await ds.query(
    `UPDATE ideas i SET support_count = s.n FROM (
       SELECT idea_id, count(*)::int AS n FROM idea_supports WHERE territory_id = $1 GROUP BY idea_id) s
     WHERE i.territory_id = $1 AND i.id = s.idea_id`,
    [territoryId],
  );
  await ds.query(
    `INSERT INTO moderation_items (territory_id, kind, subject_id, author_id, excerpt, context, status, created_at)
     SELECT territory_id, 'IDEA', id, author_id, left(title, 500), 'Idées', 'PUBLISHED', created_at
     FROM ideas WHERE territory_id = $1`,
    [territoryId],
  );
}

const LIST_FIELDS = 'id title status supportCount commentCount quartier { name }';

/** The GraphQL pages measured, and the list's floor: the same page in one hand-written statement. */
export const IDEA_QUERIES = (code: string) => ({
  ideasList: `query { territory(code: "${code}") { ideas(first: 20, sort: MOST_SUPPORTED) {
    edges { node { ${LIST_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
  ideasSearch: `query { territory(code: "${code}") { ideas(first: 20, filter: { search: "jardin partagé" }) {
    edges { node { ${LIST_FIELDS} } } } } }`,
  similarIdeas: `query { territory(code: "${code}") { similarIdeas(title: "Jardin partage pour les enfant") { id title supportCount } } }`,
});

export const IDEAS_FLOOR_SQL = `SELECT json_build_object('ideas', (
    SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT i.id, i.title, i.status, i.support_count AS "supportCount", i.comment_count AS "commentCount",
        (SELECT json_build_object('name', q.name) FROM quartiers q WHERE q.id = i.quartier_id) AS quartier
      FROM ideas i WHERE i.territory_id = t.id AND i.publication = 'PUBLISHED' AND NOT i.hidden AND i.merged_into_id IS NULL
      ORDER BY i.support_count DESC, i.id DESC LIMIT 21) x)) AS page
  FROM territories t WHERE t.code = $1`;

type Loader = (request: Omit<Load, 'durationMs'>) => Promise<LoadResult>;

/**
 * Submissions: 16 people at once, each with their own session and address (the limits count per
 * person and IP), sending from the clients' process as the reads do.
 */
export async function benchSubmissions(
  ds: DataSource,
  scripted: (load: Omit<Load, 'durationMs'>) => Promise<number[]>,
  graphqlUrl: string,
  territoryId: string,
  perClient = 30,
) {
  const people = await ds.query(
    `INSERT INTO users (email, display_name, email_verified_at)
     SELECT 'banc-soumission-' || i || '-' || floor(random() * 1e9)::int || '@exemple.fr', 'Soumission ' || i, now()
     FROM generate_series(1, $1::int) i RETURNING id`,
    [CONCURRENCY],
  );
  const scripts = await Promise.all(
    people.map(async ({ id }: { id: string }, n: number) => ({
      headers: {
        'content-type': 'application/json',
        cookie: (await writeSession(ds, id)).cookie,
        'x-forwarded-for': `10.0.${n}.1`,
      },
      // One more than counted: the first warms the connection and the plans up, as the reads' warm-up does.
      bodies: Array.from({ length: perClient + 1 }, (_, k) =>
        JSON.stringify({
          query: 'mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { idea { id } } }',
          variables: {
            i: { territoryId, title: `Un composteur partagé ${n}-${k}`, text: 'Pour réduire les déchets du quartier.' },
          },
        }),
      ),
    })),
  );
  const latencies = await scripted({ url: graphqlUrl, concurrency: CONCURRENCY, scripts });
  return {
    count: latencies.length,
    p50: latencies[Math.floor(latencies.length / 2)]!,
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!,
  };
}

/**
 * Reads at 16 clients: p99 of each page, with the goal printed beside it. Search and suggestion are
 * measured side by side on the server as deployed (which keeps what a search found for a few
 * seconds) and on a second server of the same process that keeps nothing: every request then
 * searches the 100 000 ideas again.
 */
export async function benchIdeaReads(load: Loader, graphqlUrl: string, uncachedUrl: string, code: string) {
  const lines: string[] = [];
  const side = (url: string, query: string) => () =>
    load({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: JSON.stringify({ query }),
      concurrency: CONCURRENCY,
    });
  // The median of three runs of 3 s, every run's p99 in brackets: one garbage collection can make a p99.
  const figures = (runs: LoadResult[]) => {
    const byP99 = [...runs].sort((a, b) => a.p99 - b.p99);
    const m = byP99[Math.floor(runs.length / 2)]!;
    return `${m.rps.toFixed(0).padStart(6)} req/s p99 ${m.p99.toFixed(1).padStart(6)} ms [${runs.map((r) => r.p99.toFixed(0)).join(' ')}]`;
  };
  for (const [name, query] of Object.entries(IDEA_QUERIES(code))) {
    const deployed = side(graphqlUrl, query);
    const uncached = name === 'ideasList' ? null : side(uncachedUrl, query);
    await deployed(); // warm-up: plans, JIT
    await uncached?.();
    const d: LoadResult[] = [];
    const u: LoadResult[] = [];
    for (let round = 0; round < 3; round++) {
      d.push(await deployed());
      if (uncached) u.push(await uncached());
    }
    lines.push(
      `${name.padEnd(14)} ${figures(d)} (${CONCURRENCY} clients, objectif p99 ≤ 100 ms)` +
        (uncached ? ` | sans cache de recherche : ${figures(u)}` : ''),
    );
  }
  return lines;
}
