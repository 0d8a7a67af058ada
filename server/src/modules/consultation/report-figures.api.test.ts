import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { graphql } from '../../../test/__generated__/index.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const FIGURES = graphql(`
  query ReportFiguresOfYear($code: String!, $year: Int!) {
    territory(code: $code) {
      report(year: $year) {
        status
        programmation {
          status
        }
        programmationFigures {
          frozen
          year
          actionTotal
          actionCount
          totalCost {
            printed
            computed
            gap
          }
          byFunder {
            label
            amount
          }
          byFrameworkItem {
            code
            label
            amount
            actionCount
          }
        }
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ApproveWithFigures($i: ApproveReportInput!) {
    approveReport(input: $i) {
      report {
        status
        programmationFigures {
          frozen
          actionTotal
        }
      }
    }
  }
`);

const sql = <T>(text: string, params: unknown[]) => h.dataSource.query(text, params) as Promise<T[]>;

/** A territory whose 2024 report is in `status`; its programmation has 3 funded actions. */
async function reportOf(status: 'DRAFT' | 'CLOSED') {
  const territory = await seedTerritory(h, { actions: 3 });
  const report = await seedReport(h, territory, status);
  await sql(`UPDATE reports SET reference_year = 2024 WHERE id = $1`, [report.id]);
  const staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
  return { territory, report, staff };
}

/** Staff edit a funding line (here in SQL): +100.10 € on one action. */
const editFunding = (t: SeededTerritory) =>
  sql(
    `UPDATE fundings SET amount = amount + 100.10
     WHERE id = (SELECT id FROM fundings WHERE territory_id = $1 ORDER BY id LIMIT 1)`,
    [t.id],
  );

const actionTotalOf = async (client: Client, code: string) =>
  (await client.execute(FIGURES, { code, year: 2024 })).data!.territory!.report!.programmationFigures!;

describe('the programmation figures of a report', () => {
  it('follow the data while the report is a draft', async () => {
    const { territory, staff } = await reportOf('DRAFT');
    const before = await actionTotalOf(staff, territory.code);
    // 3 actions: 1000 + i from one funder and 500 from the next.
    expect(before).toMatchObject({ frozen: false, year: 2024, actionTotal: '4503.00', actionCount: 3 });
    expect(before.totalCost).toEqual({ printed: '1000.00', computed: '1000.00', gap: '0.00' });
    expect(before.byFrameworkItem).toEqual([
      { code: 'AXE1', label: 'Des quartiers attentifs', amount: '4503.00', actionCount: 3 },
    ]);
    await editFunding(territory);
    expect(await actionTotalOf(staff, territory.code)).toMatchObject({ frozen: false, actionTotal: '4603.10' });
  });

  it('are frozen with the approved version: a later edit does not change them', async () => {
    const { territory, report, staff } = await reportOf('CLOSED');
    const approved = await staff.execute(APPROVE, {
      i: { territoryId: territory.id, reportId: report.id, approvedOn: '2025-12-15' },
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveReport.report).toEqual({
      status: 'APPROVED',
      programmationFigures: { frozen: true, actionTotal: '4503.00' },
    });
    await editFunding(territory);
    const after = await actionTotalOf(staff, territory.code);
    expect(after).toMatchObject({ frozen: true, actionTotal: '4503.00', actionCount: 3 });
    expect(after.byFunder.map((f) => f.amount)).toEqual(['1502.00', '1501.00', '1500.00']);
    const stored = await sql<{ figures: { actionTotal: string } }>(
      `SELECT programmation_figures AS figures FROM report_versions WHERE report_id = $1`,
      [report.id],
    );
    expect(stored.map((v) => v.figures.actionTotal)).toEqual(['4503.00']);
  });

  it('come from the published programmation, for staff too', async () => {
    const { territory, staff } = await reportOf('DRAFT');
    await sql(`UPDATE programmations SET status = 'DRAFT' WHERE territory_id = $1`, [territory.id]);
    const { data } = await staff.execute(FIGURES, { code: territory.code, year: 2024 });
    expect(data!.territory!.report).toMatchObject({ status: 'DRAFT', programmation: null, programmationFigures: null });
  });
});
