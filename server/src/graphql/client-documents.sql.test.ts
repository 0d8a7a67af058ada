import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createHarness, type Client, type Harness } from '../../test/harness.js';
import { seed } from '../../test/builder.js';
import { seedUser } from '../../test/seed.js';
import { seedReport } from '../../test/seed-consultation.js';
import type { Role } from '../authz/index.js';
import {
  ProgrammationPageDocument,
  QuartierPageDocument,
  TerritoryHomeDocument,
} from '../../../portal/src/__generated__/graphql.js';
import {
  AdminMembersDocument,
  AdminReportDocument,
  AdminReportsDocument,
} from '../../../admin/src/__generated__/graphql.js';

/*
 * The portal's and the console's own documents (their generated .graphql files, not copies), each run
 * on a small and on a large territory: the same SQL statements for both, so no page grows a query per
 * row.
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** The names of the statements one request sends, after checking it answered without error. */
async function statementsOf<V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<unknown, V>,
  variables: V,
) {
  let errors: unknown;
  const names = await h.sqlNames(async () => ({ errors } = await client.execute(document, variables)));
  expect(errors).toBeUndefined();
  return names.sort();
}

/** How many actions the portal's programmation page shows (its first page). */
const actionsShown = async (code: string) =>
  (await h.execute(ProgrammationPageDocument, { code, year: 2024 })).data!.territory!.programmation!.actions.edges
    .length;

const quartierId = async (territoryId: string) =>
  (
    (await h.dataSource.query(`SELECT id FROM quartiers WHERE territory_id = $1 AND name = 'Mont-Liébaut'`, [
      territoryId,
    ])) as { id: string }[]
  )[0]!.id;

describe('the portal’s documents', () => {
  it('send the same statements for a territory of 5 actions and one of 120', async () => {
    const [small, large] = await Promise.all([seed(h).territory({ actions: 5 }), seed(h).territory({ actions: 120 })]);
    const pages = async ({ territory }: typeof small) => {
      const code = territory.code;
      return {
        home: await statementsOf(h, TerritoryHomeDocument, { code }),
        programmation: await statementsOf(h, ProgrammationPageDocument, { code, year: 2024 }),
        quartier: await statementsOf(h, QuartierPageDocument, { code, id: await quartierId(territory.id) }),
      };
    };
    expect([await actionsShown(small.territory.code), await actionsShown(large.territory.code)]).toEqual([5, 20]);
    const few = await pages(small);
    expect(await pages(large)).toEqual(few);
    // A bound, so a page that loads everything in one statement per row of a small list still shows
    // (13: the year's funds next to their envelopes came as one more statement).
    expect(few.programmation.length).toBeLessThanOrEqual(13);
  });
});

describe('the console’s documents', () => {
  it('send the same statements for 7 members and 1 report as for 19 members and 4 reports', async () => {
    const [small, large] = await Promise.all([seed(h).territory().staff(), seed(h).territory().staff()]);
    const smallReport = await seedReport(h, small.territory, 'IN_CONSULTATION');
    const roles: Role[] = [
      'STAFF',
      'ADMIN',
      'COUNCIL_REFERENT',
      'COUNCIL_MEMBER',
      'COMMUNE_REPRESENTATIVE',
      'RESIDENT',
    ];
    // One holder of each role in the small territory (so every batched loader runs), three in the large.
    for (const [territory, holders] of [
      [small.territory, 1],
      [large.territory, 3],
    ] as const)
      for (const role of roles) for (let i = 0; i < holders; i++) await seedUser(h, { territory, role });
    const reports = [];
    for (const status of ['DRAFT', 'IN_CONSULTATION', 'IN_CONSULTATION', 'DRAFT'] as const)
      reports.push(await seedReport(h, large.territory, status));

    const screens = async ({ territory, staff }: typeof small, year: number) => ({
      members: await statementsOf(staff.client, AdminMembersDocument, { code: territory.code }),
      reports: await statementsOf(staff.client, AdminReportsDocument, { code: territory.code }),
      report: await statementsOf(staff.client, AdminReportDocument, { code: territory.code, year }),
    });
    const few = await screens(small, smallReport.referenceYear);
    expect(await screens(large, reports[1]!.referenceYear)).toEqual(few);
  });
});
