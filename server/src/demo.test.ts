import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.js';
import { graphql } from '../test/__generated__/index.js';
import { seedDemo } from './demo.js';
import { DEMO_PASSWORD, DEMO_RESIDENT } from './modules/identity/index.js';

let h: Harness;
let demoId: string;
const quiet = { log: () => {} };
beforeAll(async () => {
  h = await createHarness();
  await seedDemo(h.dataSource, { NODE_ENV: 'development' }, { ...quiet, clock: h.clock });
  [{ id: demoId }] = await h.dataSource.query(`SELECT id FROM territories WHERE code = 'DEMO'`);
});
afterAll(() => h.close());

/** Rows of the DEMO territory in every table that has a territory_id, and the demo accounts. */
async function rowCounts() {
  const tables = (await h.dataSource.query(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'territory_id' ORDER BY table_name`,
  )) as { table_name: string }[];
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [{ n }] = await h.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE territory_id = $1`, [
      demoId,
    ]);
    counts[table] = n;
  }
  [{ n: counts.users }] = await h.dataSource.query(
    `SELECT count(*)::int AS n FROM users WHERE email LIKE '%@quartiers.localhost'`,
  );
  return counts;
}

const REPORT = graphql(`
  query DemoReport {
    territory(code: "DEMO") {
      report(year: 2025) {
        status
        acceptingOpinions
        transmittedOn
        deadline
        earliestDeadline
        sections {
          kind
          body
        }
        consultedBodies {
          name
          status
          viewerCanSubmit
          opinion {
            position
            remarks {
              text
            }
          }
          draft
        }
        contributions {
          text
          status
        }
      }
    }
  }
`);
const PROGRAMMATIONS = graphql(`
  query DemoDraftProgrammation {
    territory(code: "DEMO") {
      openData {
        title
        url
      }
      programmation(year: 2026) {
        status
        actions(first: 50) {
          edges {
            node {
              status
            }
          }
        }
      }
    }
  }
`);
const SIGN_IN = graphql(`
  mutation DemoSignIn($input: SignInInput!) {
    signIn(input: $input) {
      me {
        id
      }
    }
  }
`);
const demoAccount = (email: string) => ({ input: { email, password: DEMO_PASSWORD } });

describe('seedDemo', () => {
  it('is idempotent: a second run writes no row', async () => {
    const before = await rowCounts();
    expect(before.reports).toBe(1);
    expect(before.memberships).toBeGreaterThanOrEqual(4 + 5 + 1);
    await seedDemo(h.dataSource, { NODE_ENV: 'development' }, { ...quiet, clock: h.clock });
    expect(await rowCounts()).toEqual(before);
  });

  it('seeds no account in production', async () => {
    const [{ n }] = await h.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    await seedDemo(h.dataSource, { NODE_ENV: 'production' }, quiet);
    expect((await h.dataSource.query(`SELECT count(*)::int AS n FROM users`))[0].n).toBe(n);
  });

  it('opens the 2025 report for more than a month, from a few days before the start', async () => {
    const { data } = await h.execute(REPORT);
    const report = data!.territory!.report!;
    const today = new Date().toISOString().slice(0, 10);
    expect(report).toMatchObject({ status: 'IN_CONSULTATION', acceptingOpinions: true });
    expect(report.transmittedOn! < today).toBe(true);
    expect(report.deadline! > report.earliestDeadline!).toBe(true);
    expect(report.sections.map((s) => s.kind)).toEqual([
      'ORIENTATIONS',
      'QPV_SITUATION',
      'ACTIONS',
      'URBAN_RENEWAL',
      'PERSPECTIVES',
    ]);
    // One published comment, and one published then reported once (still shown: the threshold is 3).
    expect(report.contributions.map((c) => c.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
  });

  it('consults each council and each commune, each with someone who can speak for it', async () => {
    const speakers = (await h.dataSource.query(
      `SELECT b.kind, b.name, u.email FROM consulted_bodies b JOIN reports r ON r.id = b.report_id
       LEFT JOIN memberships m ON m.territory_id = b.territory_id AND m.revoked_at IS NULL
         AND ((b.kind = 'CITIZEN_COUNCIL' AND m.role = 'COUNCIL_REFERENT' AND m.citizen_council_id = b.citizen_council_id)
           OR (b.kind = 'COMMUNE' AND m.role = 'COMMUNE_REPRESENTATIVE' AND m.commune_id = b.commune_id))
       LEFT JOIN users u ON u.id = m.user_id
       WHERE b.territory_id = $1 AND r.reference_year = 2025 ORDER BY b.kind, b.name`,
      [demoId],
    )) as { kind: string; name: string; email: string | null }[];
    expect(speakers.filter((s) => s.kind === 'CITIZEN_COUNCIL')).toHaveLength(4);
    expect(speakers.filter((s) => s.kind === 'COMMUNE')).toHaveLength(5);
    // Each was reached, so that silence at the deadline counts as a tacit avis.
    const untransmitted = await h.dataSource.query(
      `SELECT b.name FROM consulted_bodies b JOIN reports r ON r.id = b.report_id
       WHERE b.territory_id = $1 AND r.reference_year = 2025 AND (b.transmitted_on IS NULL OR b.transmission_channel <> 'EMAIL')`,
      [demoId],
    );
    expect(untransmitted).toEqual([]);
    // As the README lists them (the order of body names depends on their elision: « d’Ormenville »).
    expect(speakers.map((s) => s.email!.replace('@quartiers.localhost', '')).sort()).toEqual(
      [
        'referent.cite-des-tisserands',
        'referent.hauts-de-brume',
        'referent.terrasses-du-moulin',
        'referent.clos-lunaire',
        'mairie.brumeval',
        'mairie.mirebois-les-cites',
        'mairie.ormenville',
        'mairie.sainte-aubelune',
        'mairie.val-fictif',
      ].sort(),
    );

    // The référent who filed the avis signs in with the demo password and sees it with its remarks.
    const referent = speakers.find((s) => s.name === 'Conseil citoyen de la Cité des Tisserands')!;
    const client = h.client();
    const signIn = await client.execute(SIGN_IN, demoAccount(referent.email!));
    expect(signIn.errors).toBeUndefined();
    const bodies = (await client.execute(REPORT)).data!.territory!.report!.consultedBodies;
    const own = bodies.find((b) => b.name === referent.name)!;
    expect(own).toMatchObject({ status: 'SUBMITTED', viewerCanSubmit: true });
    expect(own.opinion!.position).toBe('FAVOURABLE_WITH_RESERVATIONS');
    expect(own.opinion!.remarks).toHaveLength(2);
    expect(bodies.filter((b) => b.status === 'SUBMITTED')).toHaveLength(1);
  });

  it('keeps a commune’s draft for its representative, and the resident’s pending contribution for her', async () => {
    const [{ email, name }] = await h.dataSource.query(
      `SELECT u.email, b.name FROM opinion_drafts d JOIN consulted_bodies b ON b.id = d.body_id
       JOIN memberships m ON m.commune_id = b.commune_id AND m.role = 'COMMUNE_REPRESENTATIVE'
       JOIN users u ON u.id = m.user_id WHERE d.territory_id = $1`,
      [demoId],
    );
    const mairie = h.client();
    await mairie.execute(SIGN_IN, demoAccount(email));
    const bodies = (await mairie.execute(REPORT)).data!.territory!.report!.consultedBodies;
    expect(bodies.find((b) => b.name === name)).toMatchObject({ status: 'AWAITING', viewerCanSubmit: true });
    expect(bodies.find((b) => b.name === name)!.draft).toMatchObject({
      text: expect.stringMatching(/conseil municipal/),
    });

    const resident = h.client();
    await resident.execute(SIGN_IN, demoAccount(DEMO_RESIDENT.email));
    const contributions = (await resident.execute(REPORT)).data!.territory!.report!.contributions;
    expect(contributions.map((c) => c.status).sort()).toEqual(['PENDING', 'PUBLISHED', 'PUBLISHED']);
  });

  it('prepares 2026 as a draft only staff see, and gives 2025 what its open-data files need', async () => {
    const years = await h.execute(PROGRAMMATIONS);
    expect(years.data!.territory!.programmation).toBeNull();
    const staff = h.client();
    await staff.execute(SIGN_IN, demoAccount('agent@quartiers.localhost'));
    const draft = (await staff.execute(PROGRAMMATIONS)).data!.territory!.programmation!;
    expect(draft.status).toBe('DRAFT');
    expect(draft.actions.edges.map((e) => e.node.status).sort()).toEqual([
      ...Array<string>(5).fill('FUNDED'),
      ...Array<string>(7).fill('SUBMITTED'),
    ]);
    const [missing] = await h.dataSource.query(
      `SELECT count(*) FILTER (WHERE fu.convention_date IS NULL)::int AS conventions,
              count(*) FILTER (WHERE fd.siret IS NULL)::int AS funders
       FROM fundings fu JOIN actions a ON a.id = fu.action_id JOIN funders fd ON fd.id = fu.funder_id
       WHERE fu.territory_id = $1 AND a.year = 2025`,
      [demoId],
    );
    expect(missing).toEqual({ conventions: 0, funders: 0 });
    // 2025's files are published for the funders whose every beneficiary is identified; 2024's wait for conventions.
    const scdl = years.data!.territory!.openData.filter((f) => f.url.includes('/scdl/'));
    expect(scdl.some((f) => f.url.includes('/scdl/2025/'))).toBe(true);
    expect(scdl.some((f) => f.url.includes('/scdl/2024/'))).toBe(false);
  });
});
